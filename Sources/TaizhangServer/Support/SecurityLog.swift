import Fluent
import Foundation
import TaizhangDomain
import Vapor

/// Security events in the chained audit log (kind `security`): logins that worked and
/// that failed, logouts, refused requests (403), token creation and revocation.
enum SecurityLog {
    /// The actor of a security event: the signed-in caller, or the name that was tried.
    static func actor(_ req: Request, username: String? = nil, userID: Int? = nil) async -> Actor {
        let tree = (try? await req.application.unitDirectory.tree(on: req.db)) ?? UnitTree([])
        if let c = req.auth.get(AuthContext.self) {
            return Actor(userID: c.userID, username: c.username, displayName: c.displayName,
                         scope: AccessScope(grants: c.grants, tree: tree), ip: req.clientIP, viaBrowser: c.viaCookie)
        }
        var a = Actor.system(username ?? "anonymous", tree: tree)
        a.userID = userID; a.ip = req.clientIP
        return a
    }

    static func record(_ req: Request, _ action: String, username: String? = nil, userID: Int? = nil,
                       changes: [FieldChange] = []) async throws {
        let actor = await actor(req, username: username, userID: userID)
        try await req.writes.run(actor) { tx in
            try await tx.audit(action, entity: "security", id: nil, unit: nil, changes: changes, kind: "security")
        }
    }

    // Sign-in attempts go through `LoginGate` (throttled, equal work for unknown names), which
    // records login, login_failed, login_throttled and login_locked here.
}
