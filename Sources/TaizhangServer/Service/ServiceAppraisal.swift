import Fluent
import Foundation
import TaizhangDomain
import TaizhangService
import Vapor

/// The window appraisal from the records: each month's facts per staff member (cases and
/// ratings from the records, the typed facts), scored by the rules; the quarter's election.
enum ServiceAppraisal {
    static func scores(_ req: Request, centre: Int, months: [Period]) async throws -> [MonthlyScore] {
        guard let first = months.first, let last = months.last else { return [] }
        let (cases, evaluations, rules) = try await req.evaluatedCases(centre)
        let store = req.serviceStore
        let records = ServiceRecords(
            cases: cases, evaluations: evaluations,
            ratings: try await store.ratings(centre, from: first.start.startInstant(), through: last.end.adding(days: 1).startInstant()),
            staff: try await store.staff(centre), typed: try await store.appraisalRecords(centre, from: first.start, through: last.end))
        return records.scores(months: months, asOf: req.today, rules: rules)
    }

    static func stars(_ req: Request, centre: Int, period: Period) async throws -> ServiceAppraisalController.StarsView {
        let rules = try await req.serviceStore.rules()
        guard period.kind == rules.appraisal.stars.periodKind else {
            throw AppError.badRequest("invalid_period", zh: "服务明星按\(rules.appraisal.stars.periodKind == .quarter ? "季度" : "期")评选（如2026Q2）。",
                                      en: "Stars are elected per \(rules.appraisal.stars.periodKind.rawValue).", field: "period")
        }
        let names = Dictionary(try await req.serviceStore.staff(centre).map { (String($0.id), $0.name) }, uniquingKeysWith: { a, _ in a })
        if let stored = try await req.serviceStore.election(centre, period), let election = stored.domain {
            return .init(election: election, names: names, published: true, publishedAt: stored.publishedAt)
        }
        let months = Period.range(.containing(period.start, kind: .month), through: .containing(period.end, kind: .month))
        let scores = try await scores(req, centre: centre, months: months)
        return .init(election: StarElector.elect(period: period, scores: scores, rules: rules.appraisal.stars), names: names,
                     published: false, publishedAt: nil)
    }

    /// Stores the election and its ledger entry in one transaction.
    static func publish(_ req: Request, centre: Int, election: StarElection, names: [String: String]) async throws {
        let user = try req.caller().userID, now = req.now
        let byID = Dictionary(uniqueKeysWithValues: names.compactMap { k, v in Int(k).map { ($0, v) } })
        let entry = ServiceLedger.stars(election, names: byID)
        try await req.serviceWrite { db in
            let m = ServiceStarElectionModel()
            m.centreID = centre; m.periodCode = election.period.code; m.definition = JSON.string(election)
            m.publishedAt = now; m.publishedBy = user
            try await m.create(on: db)
            try await req.audit(on: db, "publish", "service_star_election", id: m.id, unit: centre, after: election)
            _ = try await ServiceLedgerSync.upsert(LedgerEntry(unitID: centre, category: .other, title: entry.title, narrative: entry.narrative,
                                                           date: election.period.end, values: entry.values, source: .api),
                                               by: user, at: now, on: db, engine: req.application.appConfig.database.engine)
        }
    }
}
