import Fluent
import Foundation
import TaizhangDomain
import TaizhangSummary

/// Reads the reporting plans and submission times a summary needs; the rules (late,
/// missing, due) are `ReportingFacts`, the same as the matrix's.
struct ReportingLoader {
    var db: any Database
    var now: Date
    var plans: [ReportingPlan]

    init(db: any Database, now: Date) async throws {
        self.db = db; self.now = now
        plans = try await PlanModel.active(on: db)
    }

    /// Every report of `units` whose period lies inside `period` and that came late or not at
    /// all. `naming`: prefix the unit's name (a roll-up lists its units' reports).
    /// `treeCount`: units in the whole tree, to read only `units`' submissions when they
    /// are a small part of it (`MatrixStore.unitFilter`).
    func issues(units: [DomainUnit], period: Period, naming: Bool, treeCount: Int) async throws -> [ReportIssue] {
        var first: ReportingFacts.FirstSubmitted = [:]
        let filter = MatrixStore.unitFilter(units.map(\.id), treeCount: treeCount)
        for plan in plans {
            let periods = ReportingFacts.periods(of: plan, within: period)
            guard !periods.isEmpty, units.contains(where: plan.applies(to:)) else { continue }
            first[plan.id] = try await MatrixStore.firstSubmitted(planID: plan.id, periods: periods, units: filter, on: db)
        }
        return ReportingFacts.issues(plans: plans, units: units, period: period, firstSubmitted: first, now: now, naming: naming)
    }

    /// The codes of the periods inside `period`: its months, quarters, halves and itself.
    static func codes(within period: Period) -> [String] {
        let y = period.year
        let all = (1...12).map { Period.month(y, $0) } + (1...4).map { Period.quarter(y, $0) } + [Period.half(y, 1), .half(y, 2), .year(y)]
        return all.filter { period.contains($0) }.map(\.code)
    }

    /// Reports of `units` for periods inside `period` that a leader or supervisor returned
    /// (退回), with the comment, as of now.
    func returns(units: [Int], period: Period, naming: Bool, tree: UnitTree) async throws -> [ReturnedReport] {
        guard !units.isEmpty else { return [] }
        // Only the periods inside `period`: a county's villages have 65,000 reports a year.
        let submissions = try await SubmissionModel.query(on: db).filter(\.$unitID ~~ units)
            .filter(\.$periodCode ~~ Self.codes(within: period)).all()
            .filter { Period(code: $0.periodCode).map(period.contains) == true }
        let ids = submissions.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        let events = try await SubmissionEventModel.query(on: db).filter(\.$submissionID ~~ ids)
            .filter(\.$action == SubmissionAction.return.rawValue).filter(\.$at <= now).sort(\.$id).all()
        let byID = Dictionary(submissions.map { ($0.id!, $0) }, uniquingKeysWith: { a, _ in a })
        let names = Dictionary(plans.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        return events.compactMap { e in
            guard let s = byID[e.submissionID], let p = Period(code: s.periodCode) else { return nil }
            let who = naming ? tree[s.unitID]?.name ?? "" : ""
            return ReturnedReport(name: who + p.chineseLabel + (names[s.planID] ?? ""), comment: e.comment ?? "", submissionID: e.submissionID)
        }
    }
}
