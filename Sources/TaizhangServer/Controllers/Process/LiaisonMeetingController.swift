import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess
import Vapor

/// SPEC §4.2 liaison meetings over HTTP: recorded through `Liaisons.recordMeeting`; the
/// rotation's standings and proposal of the next host are read here.
enum LiaisonMeetingController {
    struct StandingRow: Content { var unitId: Int; var unitName: String; var timesHosted: Int; var lastHosted: String? }
    struct ProposalView: Content { var kind: CreationKind; var standings: [StandingRow]; var proposal: StandingRow?; var missingPeriods: [String] }

    /// The meetings a unit hosted or attended.
    static func list(req: Request) async throws -> [LiaisonMeeting] {
        let unit = try req.queryInt("unit")
        try await req.authorize(.read, unit: unit)
        return try await Liaisons.meetings(req.db).filter { $0.hostUnitID == unit || $0.attendingUnitIDs.contains(unit) }
    }

    /// Records a meeting (supervisors of the host and every attending unit).
    static func record(req: Request) async throws -> Response {
        let input = try req.decodeJSON(Liaisons.MeetingInput.self)
        return try Response.created(try await Liaisons.recordMeeting(input, in: try await req.processContext()))
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
        let meetings = try await Liaisons.meetings(req.db, kind: kind)
        func row(_ s: LiaisonRotation.Standing) -> StandingRow {
            StandingRow(unitId: s.unitID, unitName: scope.tree[s.unitID]?.name ?? "", timesHosted: s.timesHosted, lastHosted: s.lastHosted?.code)
        }
        let missing = LiaisonMeetings.missing(kind: kind, year: req.today.year, meetings: meetings, rules: try await store.rules(), asOf: req.today)
        return ProposalView(kind: kind, standings: LiaisonRotation.standings(candidates: candidates, kind: kind, meetings: meetings).map(row),
                            proposal: LiaisonRotation.propose(candidates: candidates, kind: kind, meetings: meetings).map(row),
                            missingPeriods: missing.map(\.code))
    }
}
