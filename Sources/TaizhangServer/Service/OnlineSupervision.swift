import Fluent
import Foundation
import SQLKit
import TaizhangDomain
import Vapor

/// SPEC §7 online supervision figures, from the audit log: a supervisor's first look at a
/// centre's board on a day counts as one login to the electronic supervision system
/// (登录系统在线监察), and each case a supervisor opens as one case viewed (查看办件).
enum OnlineSupervision {
    static let login = "supervise_login"
    static let view = "view_case"

    /// Records a look; a login at most once per user, centre and day.
    static func record(_ req: Request, _ action: String, centre: Int, entityID: Int? = nil) async throws {
        let user = try req.caller().userID, now = req.now
        if action == login {
            let since = CivilDate(now).startInstant()
            let seen = try await AuditModel.query(on: req.db).filter(\.$userID == user).filter(\.$unitID == centre)
                .filter(\.$action == login).filter(\.$at >= since).count()
            if seen > 0 { return }
        }
        let entity = action == login ? "service_centre" : "service_case"
        try await Audit.record(on: req.db, userID: user, action: action, entity: entity, entityID: entityID ?? centre,
                               unitID: centre, before: Audit.None?.none, after: Audit.None?.none, at: now)
    }

    /// Logins and cases viewed in a period.
    static func counts(centre: Int, period: Period, on db: any Database) async throws -> (logins: Int, views: Int) {
        let (from, until) = period.instants
        let rows = try await (db as! any SQLDatabase).select().column("action").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(AuditModel.schema).where("unit_id", .equal, centre).where("action", .in, [login, view])
            .where("at", .greaterThanOrEqual, from).where("at", .lessThan, until).groupBy("action").all()
        var out = (logins: 0, views: 0)
        for r in rows {
            let n = try r.decode(column: "n", as: Int.self)
            if try r.decode(column: "action", as: String.self) == login { out.logins = n } else { out.views = n }
        }
        return out
    }
}
