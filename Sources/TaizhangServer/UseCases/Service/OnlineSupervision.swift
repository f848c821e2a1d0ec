import Fluent
import Foundation
import SQLKit
import TaizhangDomain

/// SPEC §7 online supervision figures, from the audit log: a supervision-side user's first
/// look at a centre's board on a day counts as one login to the electronic supervision
/// system (登录系统在线监察), and each case a supervisor opens as one case viewed (查看办件).
/// Both are chained audit events of kind `access`.
enum OnlineSupervision {
    static let login = "supervise_login"
    static let view = "view_case"
    static let kind = "access"

    /// Records a look; a login at most once per user, centre and day (Beijing time).
    static func record(_ action: String, centre: Int, entityID: Int? = nil, in ctx: ServiceContext) async throws {
        let user = try ctx.actor.requireUser
        let since = AuditChain.timestamp(ctx.today.startInstant())
        try await ctx.writes.run(ctx.actor) { tx in
            if action == login {
                let seen = try await AuditEventModel.query(on: tx.db).filter(\.$userID == user).filter(\.$unitID == centre)
                    .filter(\.$action == login).filter(\.$at >= since).count()
                if seen > 0 { return }
            }
            try await tx.audit(action, entity: action == login ? "service_centre" : "service_case", id: entityID ?? centre,
                               unit: centre, kind: kind)
        }
    }

    /// Logins and cases viewed in a period.
    static func counts(centre: Int, period: Period, on db: any Database) async throws -> (logins: Int, views: Int) {
        let (from, until) = period.instants
        let rows = try await (db as! any SQLDatabase).select().column("action").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(AuditEventModel.schema).where("unit_id", .equal, centre).where("action", .in, [login, view])
            .where("at", .greaterThanOrEqual, AuditChain.timestamp(from)).where("at", .lessThan, AuditChain.timestamp(until))
            .groupBy("action").all()
        var out = (logins: 0, views: 0)
        for r in rows {
            let n = try r.decode(column: "n", as: Int.self)
            if try r.decode(column: "action", as: String.self) == login { out.logins = n } else { out.views = n }
        }
        return out
    }
}
