import Fluent
import Foundation
import TaizhangDomain
import TaizhangService
import Vapor

/// SPEC §7: a completed case with no rating and no invitation by the rule's days after
/// completion gets an automatic invitation on the rule's channel. Idempotent (each case
/// once); run by the reminder job for every centre, and on demand.
enum ServiceInvitations {
    static func run(_ app: Application, centre: Int, now: Date, userID: Int?) async throws -> Int {
        let db = app.db, store = ServiceStore(db: db)
        let rules = try await store.rules()
        let since = now.addingTimeInterval(-120 * 86_400)
        let recent = try await app.serviceCases.cases(centre, on: db).filter { ($0.completedAt ?? .distantPast) > since }
        guard !recent.isEmpty else { return 0 }
        let rated = Set(try await store.ratings(centre, from: since).map(\.caseID))
        let invited = Set(try await ServiceInvitationModel.query(on: db).filter(\.$centreID == centre)
            .filter(\.$sentAt >= since).all().map(\.caseID))
        let due = AutoInvitations.due(recent, rated: rated, invited: invited, asOf: CivilDate(now), rule: rules.ratings.autoInvitation)
        guard !due.isEmpty else { return 0 }
        let channel = rules.ratings.autoInvitation.channel
        let tree = try await app.unitDirectory.tree(on: db)
        try await app.writes.run(Actor.system("rating-invitations", tree: tree)) { tx in
            for c in due { try await ServiceInvitationModel(Invitation(id: 0, caseID: c.id, channel: channel, sentAt: now, automatic: true), centre: centre).create(on: tx.db) }
            try await tx.audit("auto_invite", entity: "service_centre", id: centre, unit: centre,
                               changes: [FieldChange(field: "cases", old: nil, new: String(due.count))])
        }
        return due.count
    }

    /// Every centre's invitations due (the reminder job's turn).
    static func runAll(_ app: Application, now: Date) async throws -> Int {
        let centres = try await UnitModel.query(on: app.db).filter(\.$kind == UnitKind.serviceCenter.rawValue).all().compactMap(\.id)
        var total = 0
        for c in centres { total += try await run(app, centre: c, now: now, userID: nil) }
        return total
    }
}
