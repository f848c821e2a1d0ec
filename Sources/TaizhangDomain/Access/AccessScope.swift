/// What a user may see and do, derived from their role grants and the unit tree.
/// Rule (SPEC §1): everything is limited to the user's units, and for supervisors the
/// subtree below; nobody edits another unit's ledger.
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

    public enum Action: String, Sendable, CaseIterable {
        case read, writeLedger, draftSubmission, submit, approve, review, manage, administer
    }
}
