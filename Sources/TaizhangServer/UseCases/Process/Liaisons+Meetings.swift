import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess

/// SPEC §4.2: the national office's liaison meetings (quarterly for zones, half-yearly for
/// projects), hosted in rotation. Supervisors record them; the rotation proposes the next host.
extension Liaisons {
    struct MeetingInput: Codable, Sendable {
        var kind: CreationKind; var period: String; var date: CivilDate
        var hostUnitId: Int?; var hostName: String?; var attendingUnitIds: [Int]
    }

    /// Every recorded meeting (of `kind`), in date order.
    static func meetings(_ db: any Database, kind: CreationKind? = nil) async throws -> [LiaisonMeeting] {
        let q = LiaisonMeetingModel.query(on: db)
        if let kind { q.filter(\.$kind == kind.rawValue) }
        return try await q.sort(\.$date).sort(\.$id).all().compactMap(\.domain)
    }

    /// Records a meeting: the actor must supervise the host (when it is a unit here) and
    /// every attending unit, each a creation of the meeting's kind. One meeting per period.
    static func recordMeeting(_ input: MeetingInput, in ctx: ProcessContext) async throws -> LiaisonMeeting {
        let scope = ctx.scope()
        let units = input.attendingUnitIds + (input.hostUnitId.map { [$0] } ?? [])
        for u in units { try ctx.authorize(.manage, unit: u) }
        let period = try Period.parse(input.period)
        return try await ctx.writeTransaction { store in
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
            if try await meetings(store.db, kind: input.kind).contains(where: { $0.period == period }) {
                throw AppError(.conflict, "meeting_exists", zh: "\(period.chineseLabel)的\(input.kind.chinese)联络员会议已登记。",
                               en: "The \(period) meeting is already recorded.")
            }
            let m = LiaisonMeetingModel(LiaisonMeeting(id: 0, kind: input.kind, period: period, date: input.date, hostUnitID: input.hostUnitId,
                                                       hostName: host, attendingUnitIDs: input.attendingUnitIds))
            try await m.create(on: store.db)
            try await ctx.audit(on: store.db, "create", "liaison_meeting", id: m.id, unit: input.hostUnitId, after: m.domain)
            return m.domain!
        }
    }
}
