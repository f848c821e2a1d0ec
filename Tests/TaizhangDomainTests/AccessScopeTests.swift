import Testing
@testable import TaizhangDomain

@Suite("Access scope")
struct AccessScopeTests {
    enum Target: String, CaseIterable, Sendable { case own, child, sibling, parent }

    /// The user's grant is on street 2; targets: 2 itself, its community 4, street 3, bureau 1.
    static func unitID(_ target: Target) -> Int {
        switch target { case .own: 2; case .child: 4; case .sibling: 3; case .parent: 1 }
    }

    /// What each role on street 2 may do, per target unit (anything not listed is denied).
    static let allowed: [Role: [Target: Set<AccessScope.Action>]] = [
        .staff: [.own: [.read, .writeLedger, .draftSubmission, .submit]],
        .liaison: [.own: [.read, .writeLedger, .draftSubmission, .submit]],
        .leader: [.own: [.read, .writeLedger, .approve]],
        // A supervisor manages their subtree and reviews the units below, not their own reports.
        .supervisor: [.own: [.read, .manage], .child: [.read, .review, .manage]],
        // A confirmer (e.g. the village head) reads the unit whose entries she confirms, nothing more.
        .confirmer: [.own: [.read]],
        // An admin administers everything but edits nobody's ledger or reports.
        .admin: Dictionary(uniqueKeysWithValues: Target.allCases.map { ($0, [.read, .review, .manage, .administer]) }),
    ]

    static let cases: [(Role, Target)] = Role.allCases.flatMap { role in Target.allCases.map { (role, $0) } }

    @Test(arguments: cases)
    func permissionMatrix(role: Role, target: Target) {
        let scope = AccessScope(grants: [RoleGrant(unitID: 2, role: role)], tree: UnitTree(Fixture.units))
        let expected = Self.allowed[role]?[target] ?? []

        let granted = Set(AccessScope.Action.allCases.filter { scope.can($0, on: Self.unitID(target)) })

        #expect(granted == expected, "\(role) on \(target)")
    }

    @Test func unknownUnitsAreDenied() {
        let scope = AccessScope(grants: [RoleGrant(unitID: 1, role: .admin)], tree: UnitTree(Fixture.units))

        let any = AccessScope.Action.allCases.contains { scope.can($0, on: 99) }

        #expect(!any)
    }

    @Test func rolesCombineAcrossGrants() {
        let scope = AccessScope(grants: [RoleGrant(unitID: 2, role: .staff), RoleGrant(unitID: 2, role: .leader),
                                         RoleGrant(unitID: 3, role: .liaison)], tree: UnitTree(Fixture.units))

        #expect(scope.roles(on: 2) == [.staff, .leader])
        #expect(scope.can(.approve, on: 2) && scope.can(.submit, on: 2))
        #expect(scope.can(.submit, on: 3) && !scope.can(.approve, on: 3))
    }

    @Test func supervisorRolesAreInheritedDownTheTree() {
        let scope = AccessScope(grants: [RoleGrant(unitID: 1, role: .supervisor)], tree: UnitTree(Fixture.units))

        #expect(scope.roles(on: 4) == [.supervisor])
        #expect(scope.can(.review, on: 4) && scope.can(.review, on: 2))
        #expect(!scope.can(.review, on: 1))
    }

    @Test func readableUnitsFollowTheGrants() {
        let tree = UnitTree(Fixture.units)
        let supervisor = AccessScope(grants: [RoleGrant(unitID: 2, role: .supervisor), RoleGrant(unitID: 3, role: .staff)], tree: tree)
        let admin = AccessScope(grants: [RoleGrant(unitID: 4, role: .admin)], tree: tree)

        #expect(supervisor.readableUnits.map(\.id) == [2, 4, 3])
        #expect(admin.readableUnits.map(\.id) == [1, 2, 4, 3])
        #expect(!supervisor.isAdmin && admin.isAdmin)
    }
}
