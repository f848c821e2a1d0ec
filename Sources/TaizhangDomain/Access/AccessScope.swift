/// What a user may see and do, derived from their role grants and the unit tree. Every
/// authorization decision of the server is one of the functions below (the server only asks;
/// `RoutePolicy` says which question each route asks), so this file is the one to audit.
///
/// Rules (SPEC §1): everything is limited to the user's units, and for supervisors the
/// subtree below; nobody edits another unit's ledger. Settings that every unit shares
/// (plans, validation rules, the indicator catalog, process rule sets, the holiday calendar)
/// belong to the system administrator (系统管理员: "users, units, catalogs, plans, rules,
/// holiday calendar"); a supervisor (上级管理员) manages only her subtree and never moves its root.
public struct AccessScope: Sendable {
    public let grants: [RoleGrant]
    public let tree: UnitTree

    public init(grants: [RoleGrant], tree: UnitTree) { self.grants = grants; self.tree = tree }

    public var isAdmin: Bool { grants.contains { $0.role == .admin } }

    /// Roles that apply to `unitID`: direct grants on it, plus supervisor/admin inherited from ancestors.
    public func roles(on unitID: Int) -> Set<Role> {
        var roles = Set(grants.filter { $0.unitID == unitID }.map(\.role))
        let above = Set(tree.ancestors(of: unitID).map(\.id))
        for g in grants where above.contains(g.unitID) && (g.role == .supervisor || g.role == .admin) {
            roles.insert(g.role)
        }
        if isAdmin { roles.insert(.admin) }
        return roles
    }

    public func can(_ action: Action, on unitID: Int) -> Bool {
        guard tree[unitID] != nil else { return false }
        let r = roles(on: unitID)
        switch action {
        case .read: return !r.isEmpty
        case .writeLedger: return !r.isDisjoint(with: [.staff, .liaison, .leader])
        case .draftSubmission, .submit: return !r.isDisjoint(with: [.staff, .liaison])
        case .approve: return r.contains(.leader)
        // A supervisor reviews the units below them, not their own unit's reports:
        // those go up to the next level.
        case .review: return isAdmin || supervisesFromAbove(unitID)
        case .manage: return r.contains(.supervisor) || r.contains(.admin)
        case .administer: return r.contains(.admin)
        }
    }

    /// Actions that are not about one unit.
    public func can(_ action: GlobalAction) -> Bool {
        switch action {
        // Shared by every unit: one supervisor's change would bind streets she does not supervise.
        case .manageGlobalSettings, .readSecurityEvents: return isAdmin
        // Reminders go only to units due and not yet submitted; running the job early is harmless.
        case .runReminders: return isAdmin || grants.contains { $0.role == .supervisor }
        }
    }

    /// True when one of the caller's grants covers `unitID` from a strict ancestor: the unit is
    /// inside a subtree she manages but is not its root.
    private func supervisesFromAbove(_ unitID: Int) -> Bool {
        let above = Set(tree.ancestors(of: unitID).map(\.id))
        return grants.contains { $0.role == .supervisor && above.contains($0.unitID) }
    }

    /// Every unit the user can read, in tree order.
    public var readableUnits: [Unit] {
        if isAdmin { return tree.roots.flatMap { tree.subtree(of: $0) } }
        var seen = Set<Int>(), out: [Unit] = []
        for g in grants {
            let units = g.role == .supervisor ? tree.subtree(of: g.unitID) : [tree[g.unitID]].compactMap { $0 }
            for u in units where seen.insert(u.id).inserted { out.append(u) }
        }
        return out
    }

    /// Taking `action` on a unit's report in `status`: the role `SubmissionAction.requiredAction`
    /// names, except that the unit's leader may also return a report waiting for her approval
    /// (with a comment) instead of approving it. Who did the earlier steps: `SegregationOfDuties`.
    public func may(_ action: SubmissionAction, from status: SubmissionStatus, on unitID: Int) -> Bool {
        if action == .return, status == .submitted, can(.approve, on: unitID) { return true }
        return can(action.requiredAction, on: unitID)
    }

    // MARK: Units and users (nil = allowed; else why not)

    /// Creating a unit: a root only by an admin; below `parent` by whoever manages `parent`.
    public func refusalToCreateUnit(under parent: Int?) -> DomainError? {
        guard let parent else { return isAdmin ? nil : Self.denied("unit_root_admin_only", zh: "只有系统管理员可以新建顶级单位。", en: "Only an admin creates top-level units.") }
        return can(.manage, on: parent) ? nil : Self.forbidden
    }

    /// Changing a unit (`currentParent` → `newParent`). A supervisor may rename anything in her
    /// subtree and move units within it, but never its root: moving or detaching the root would
    /// take the subtree away from the supervisors above (the district would lose the street).
    public func refusalToUpdateUnit(_ id: Int, currentParent: Int?, newParent: Int?) -> DomainError? {
        guard can(.manage, on: id) else { return Self.forbidden }
        guard currentParent != newParent, !isAdmin else { return nil }
        guard supervisesFromAbove(id) else {
            return Self.denied("unit_root_fixed", zh: "不能移动您所管理范围的顶级单位。", en: "You cannot move the top unit of the subtree you manage.")
        }
        guard let newParent, can(.manage, on: newParent) else {
            return Self.denied("unit_parent_outside", zh: "只能把单位移到您管理的单位之下。", en: "Units can only move below units you manage.")
        }
        return nil
    }

    /// Creating a user or changing a user's grants: an admin, or a supervisor for grants inside
    /// her subtree with roles no higher than hers. A user without grants sees nothing and belongs
    /// to no subtree, so only an admin creates one (an empty list is not a way around the rule).
    public func refusalToGrant(_ wanted: [RoleGrant]) -> DomainError? {
        if isAdmin { return nil }
        if wanted.isEmpty {
            return Self.denied("user_needs_role", zh: "请至少为新用户指定一个单位角色。", en: "Give the user at least one role in a unit.")
        }
        for g in wanted {
            guard can(.manage, on: g.unitID), g.role.rank <= Role.supervisor.rank else {
                return Self.denied("grant_outside_scope", zh: "只能在您管理的单位内授予不高于您的角色。",
                                   en: "You can only grant roles no higher than yours in units you manage.")
            }
        }
        return nil
    }

    /// Managing an existing user (reset password, change grants): the same rule as granting
    /// all the roles the user holds now. A user with roles elsewhere is an admin's business.
    public func refusalToManageUser(holding current: [RoleGrant]) -> DomainError? {
        if isAdmin { return nil }
        if current.isEmpty || current.contains(where: { $0.role == .admin }) { return Self.forbidden }
        return refusalToGrant(current)
    }

    public enum Action: String, Sendable, CaseIterable {
        case read, writeLedger, draftSubmission, submit, approve, review, manage, administer
    }

    public enum GlobalAction: String, Sendable, CaseIterable {
        /// Plans used by all units, validation rules, the indicator catalog, process rule sets,
        /// the holiday calendar, top-level units, users outside any subtree.
        case manageGlobalSettings
        case runReminders
        /// Failed logins, locks, the audit log of every unit.
        case readSecurityEvents
    }

    public static let forbidden = DomainError("forbidden", zh: "您没有权限执行此操作。", en: "You are not allowed to do this.")

    static func denied(_ code: String, zh: String, en: String) -> DomainError { DomainError(code, zh: zh, en: en) }
}

extension Role {
    /// Order for "no higher than hers": the unit's own roles, then the supervisor, then the admin.
    public var rank: Int {
        switch self { case .confirmer, .staff: 0; case .liaison: 1; case .leader: 2; case .supervisor: 3; case .admin: 4 }
    }
}
