import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess
import Vapor

/// SPEC §4.2: the national office's liaison meetings (quarterly for zones, half-yearly for
/// projects), hosted in rotation. Supervisors record them; the rotation proposes the next host.
enum LiaisonMeetingController {
    struct MeetingInput: Content {
        var kind: CreationKind; var period: String; var date: CivilDate
        var hostUnitId: Int?; var hostName: String?; var attendingUnitIds: [Int]
    }
    struct StandingRow: Content { var unitId: Int; var unitName: String; var timesHosted: Int; var lastHosted: String? }
    struct ProposalView: Content { var kind: CreationKind; var standings: [StandingRow]; var proposal: StandingRow?; var missingPeriods: [String] }

    /// The meetings a unit hosted or attended.
    static func list(req: Request) async throws -> [LiaisonMeeting] {
        let unit = try req.queryInt("unit")
        try await req.authorize(.read, unit: unit)
        return try await all(req.db).filter { $0.hostUnitID == unit || $0.attendingUnitIDs.contains(unit) }
    }

    static func all(_ db: any Database, kind: CreationKind? = nil) async throws -> [LiaisonMeeting] {
        let q = LiaisonMeetingModel.query(on: db)
        if let kind { q.filter(\.$kind == kind.rawValue) }
        return try await q.sort(\.$date).sort(\.$id).all().compactMap(\.domain)
    }

    /// Records a meeting: the caller must supervise the host (when it is a unit here) and
    /// every attending unit, each a creation of the meeting's kind. One meeting per period.
    static func record(req: Request) async throws -> Response {
        try Response.created(try await record(req, try req.decodeJSON(MeetingInput.self)))
    }

    /// The write behind POST (and the page's form), authorization included.
    static func record(_ req: Request, _ input: MeetingInput) async throws -> LiaisonMeeting {
        let scope = try await req.scope()
        let units = input.attendingUnitIds + (input.hostUnitId.map { [$0] } ?? [])
        for u in units { try await req.authorize(.manage, unit: u) }
        let period = try Period.parse(input.period)
        return try await req.writeTransaction { store in
            let rules = try await store.rules()
            let every = rules.kind(input.kind).liaisonMeetingEvery
            var problems: [DomainError] = []
            if period.kind != every {
                problems.append(DomainError("period_kind", zh: "\(input.kind.chinese)联络员会议按\(every == .quarter ? "季度" : "半年")召开，期间应为如2024Q1或2024H1。",
                                            en: "\(input.kind.rawValue) liaison meetings are per \(every.rawValue).", field: "period"))
            }
            let creations = Set(try await store.creations(units).filter { $0.kind == input.kind }.map(\.unitID))
            for u in Set(units) where !creations.contains(u) {
                problems.append(DomainError("not_a_creation", zh: "\(scope.tree[u]?.name ?? "\(u)")不是\(input.kind.chinese)创建单位。",
                                            en: "Unit \(u) is not a \(input.kind.rawValue) creation.", field: "attending_unit_ids"))
            }
            let host = input.hostName ?? input.hostUnitId.flatMap { scope.tree[$0]?.name } ?? ""
            problems += [AppError.required(host, field: "host_name", zh: "承办地")].compactMap { $0 }
            try AppError.check(problems)
            if try await all(store.db, kind: input.kind).contains(where: { $0.period == period }) {
                throw AppError(.conflict, "meeting_exists", zh: "\(period.chineseLabel)的\(input.kind.chinese)联络员会议已登记。",
                               en: "The \(period) meeting is already recorded.")
            }
            let m = LiaisonMeetingModel(LiaisonMeeting(id: 0, kind: input.kind, period: period, date: input.date, hostUnitID: input.hostUnitId,
                                                       hostName: host, attendingUnitIDs: input.attendingUnitIds))
            try await m.create(on: store.db)
            try await req.audit(on: store.db, "create", "liaison_meeting", id: m.id, unit: input.hostUnitId, after: m.domain)
            return m.domain!
        }
    }

    /// Who hosted how often, and who should host next, among the creations of `kind` in
    /// the readable part of `unit`'s subtree; also this year's periods still without a meeting.
    static func proposal(req: Request) async throws -> ProposalView {
        let root = try req.queryInt("unit")
        let scope = try await req.authorize(.read, unit: root)
        guard let kind = req.query[String.self, at: "kind"].flatMap(CreationKind.init(rawValue:)) else {
            throw AppError.badRequest("invalid_kind", zh: "参数kind须为zone或project。", en: "kind must be zone or project.", field: "kind")
        }
        let store = req.processStore
        let candidates = try await store.creations(scope.readableIDs(root: root, subtree: true))
            .filter { $0.kind == kind }.map(\.unitID)
        let meetings = try await all(req.db, kind: kind)
        func row(_ s: LiaisonRotation.Standing) -> StandingRow {
            StandingRow(unitId: s.unitID, unitName: scope.tree[s.unitID]?.name ?? "", timesHosted: s.timesHosted, lastHosted: s.lastHosted?.code)
        }
        let missing = LiaisonMeetings.missing(kind: kind, year: req.today.year, meetings: meetings, rules: try await store.rules(), asOf: req.today)
        return ProposalView(kind: kind, standings: LiaisonRotation.standings(candidates: candidates, kind: kind, meetings: meetings).map(row),
                            proposal: LiaisonRotation.propose(candidates: candidates, kind: kind, meetings: meetings).map(row),
                            missingPeriods: missing.map(\.code))
    }
}
