import Foundation
import TaizhangDomain

/// Who performs a use case: the user, their grants over the unit tree, and where the
/// request came from. Adapters (API, pages, CLI, jobs) build it; use cases never see a
/// request.
struct Actor: Sendable {
    /// nil for the system itself (demo load, scheduled jobs, the CLI).
    var userID: Int?
    var username: String
    var displayName: String
    var scope: AccessScope
    /// The client address, for the audit log.
    var ip: String?
    /// Entries typed in the browser are `typed`; posted by a script, `api`.
    var viaBrowser: Bool

    var grants: [RoleGrant] { scope.grants }

    /// The signed-in user's id (a use case that needs a person refuses the system actor).
    var requireUser: Int {
        get throws {
            guard let id = userID else { throw AppError.unauthenticated }
            return id
        }
    }

    /// Throws 404 when the unit does not exist, 403 when `action` is not the actor's.
    func authorize(_ action: AccessScope.Action, unit unitID: Int) throws {
        guard scope.tree[unitID] != nil else { throw AppError.notFound("Unit", zh: "该单位") }
        guard scope.can(action, on: unitID) else { throw AppError.forbidden }
    }

    /// A job or the command line: no user; `grants` when it acts with a role (the CLI reads a
    /// service centre as its supervisor).
    static func system(_ name: String, tree: UnitTree, grants: [RoleGrant] = []) -> Actor {
        Actor(userID: nil, username: name, displayName: name, scope: AccessScope(grants: grants, tree: tree), ip: nil, viaBrowser: false)
    }
}
