import Foundation
import Testing
@testable import TaizhangDomain

@Suite("Security rules")
struct SecurityRuleTests {
    // MARK: Units and users (the escalations of issue #12)

    static let tree = UnitTree(Fixture.units)
    static func scope(_ grants: RoleGrant...) -> AccessScope { AccessScope(grants: grants, tree: tree) }

    @Test func aSupervisorCannotMoveOrDetachTheRootOfHerSubtree() {
        let street = Self.scope(RoleGrant(unitID: 2, role: .supervisor))

        let detach = street.refusalToUpdateUnit(2, currentParent: 1, newParent: nil)
        let move = street.refusalToUpdateUnit(2, currentParent: 1, newParent: 3)
        let rename = street.refusalToUpdateUnit(2, currentParent: 1, newParent: 1)

        #expect(detach?.code == "unit_root_fixed")
        #expect(move?.code == "unit_root_fixed")
        #expect(rename == nil)
    }

    @Test func aSupervisorMovesUnitsOnlyWithinHerSubtree() {
        let district = Self.scope(RoleGrant(unitID: 1, role: .supervisor))

        let inside = district.refusalToUpdateUnit(4, currentParent: 2, newParent: 3)
        let detach = district.refusalToUpdateUnit(4, currentParent: 2, newParent: nil)
        let admin = Self.scope(RoleGrant(unitID: 1, role: .admin)).refusalToUpdateUnit(1, currentParent: nil, newParent: nil)

        #expect(inside == nil)
        #expect(detach?.code == "unit_parent_outside")
        #expect(admin == nil)
    }

    @Test func topLevelUnitsAreForAdminsOnly() {
        #expect(Self.scope(RoleGrant(unitID: 1, role: .supervisor)).refusalToCreateUnit(under: nil) != nil)
        #expect(Self.scope(RoleGrant(unitID: 2, role: .supervisor)).refusalToCreateUnit(under: 4) == nil)
        #expect(Self.scope(RoleGrant(unitID: 2, role: .supervisor)).refusalToCreateUnit(under: 3) != nil)
        #expect(Self.scope(RoleGrant(unitID: 2, role: .admin)).refusalToCreateUnit(under: nil) == nil)
    }

    static let grantCases: [(String, [RoleGrant], [RoleGrant], Bool)] = [
        ("staff, no roles", [RoleGrant(unitID: 2, role: .staff)], [], false),
        ("staff, own unit", [RoleGrant(unitID: 2, role: .staff)], [RoleGrant(unitID: 2, role: .staff)], false),
        ("supervisor, no roles", [RoleGrant(unitID: 2, role: .supervisor)], [], false),
        ("supervisor, leader below", [RoleGrant(unitID: 2, role: .supervisor)], [RoleGrant(unitID: 4, role: .leader)], true),
        ("supervisor, supervisor below", [RoleGrant(unitID: 2, role: .supervisor)], [RoleGrant(unitID: 4, role: .supervisor)], true),
        ("supervisor, admin", [RoleGrant(unitID: 2, role: .supervisor)], [RoleGrant(unitID: 2, role: .admin)], false),
        ("supervisor, sibling", [RoleGrant(unitID: 2, role: .supervisor)], [RoleGrant(unitID: 3, role: .staff)], false),
        ("supervisor, parent", [RoleGrant(unitID: 2, role: .supervisor)], [RoleGrant(unitID: 1, role: .staff)], false),
        ("admin, no roles", [RoleGrant(unitID: 1, role: .admin)], [], true),
    ]

    @Test(arguments: grantCases)
    func grantingRolesStaysInsideTheSubtreeAndBelowOnesOwnRole(_ c: (String, [RoleGrant], [RoleGrant], Bool)) {
        let scope = AccessScope(grants: c.1, tree: Self.tree)

        let refusal = scope.refusalToGrant(c.2)

        #expect((refusal == nil) == c.3, "\(c.0)")
    }

    @Test func usersWithRolesElsewhereAreManagedByAdminsOnly() {
        let street = Self.scope(RoleGrant(unitID: 2, role: .supervisor))

        #expect(street.refusalToManageUser(holding: [RoleGrant(unitID: 4, role: .staff)]) == nil)
        #expect(street.refusalToManageUser(holding: [RoleGrant(unitID: 4, role: .staff), RoleGrant(unitID: 3, role: .staff)]) != nil)
        #expect(street.refusalToManageUser(holding: []) != nil)
    }

    @Test func globalSettingsBelongToAdmins() {
        let supervisor = Self.scope(RoleGrant(unitID: 1, role: .supervisor))
        let admin = Self.scope(RoleGrant(unitID: 1, role: .admin))

        #expect(!supervisor.can(.manageGlobalSettings) && admin.can(.manageGlobalSettings))
        #expect(supervisor.can(.runReminders) && !Self.scope(RoleGrant(unitID: 2, role: .staff)).can(.runReminders))
        #expect(!supervisor.can(.readSecurityEvents) && admin.can(.readSecurityEvents))
    }

    @Test func aLeaderMayReturnWhatWaitsForHerApprovalButNotLater() {
        let leader = Self.scope(RoleGrant(unitID: 2, role: .leader))

        #expect(leader.may(.return, from: .submitted, on: 2))
        #expect(!leader.may(.return, from: .leaderApproved, on: 2))
        #expect(leader.may(.approve, from: .submitted, on: 2))
        #expect(!leader.may(.accept, from: .leaderApproved, on: 2))
    }

    // MARK: Segregation of duties

    @Test func theSubmitterCannotApproveAndTheApproverCannotAccept() {
        let sod = SegregationOfDuties()
        let submitted = [SegregationOfDuties.Step(.submit, by: 7)]
        let approved = submitted + [.init(.approve, by: 8)]

        #expect(sod.refusal(.approve, by: 7, history: submitted)?.code == "own_submission")
        #expect(sod.refusal(.approve, by: 8, history: submitted) == nil)
        #expect(sod.refusal(.accept, by: 8, history: approved)?.code == "own_approval")
        #expect(sod.refusal(.accept, by: 9, history: approved) == nil)
        #expect(sod.refusal(.return, by: 7, history: submitted) == nil)
        #expect(SegregationOfDuties(enabled: false).refusal(.approve, by: 7, history: submitted) == nil)
    }

    @Test func onlyTheCurrentRoundCounts() {
        let history: [SegregationOfDuties.Step] = [.init(.submit, by: 8), .init(.return, by: 9), .init(.submit, by: 7)]

        #expect(SegregationOfDuties().refusal(.approve, by: 8, history: history) == nil)
        #expect(SegregationOfDuties().refusal(.approve, by: 7, history: history) != nil)
    }

    // MARK: Passwords and throttling

    @Test(arguments: ["12345678", "        ", "          ", "1234567890", "password123", "taizhang2024!", "qwertyuiop",
                      "aaaaaaaaaaaa", "abababababab", "zhangsan-secret"])
    func weakPasswordsAreRefused(_ password: String) {
        let problems = PasswordPolicy.standard.problems(password, username: "zhangsan")

        #expect(!problems.isEmpty, "\(password)")
    }

    @Test(arguments: ["城关街道文化站2024", "correct horse battery", "Tz-9fK2mQ4xL"])
    func reasonablePasswordsAreAccepted(_ password: String) {
        #expect(PasswordPolicy.standard.problems(password, username: "zhangsan").isEmpty)
    }

    @Test func theShippedListIsLoaded() {
        #expect(PasswordPolicy.standard.common.count > 150)
        #expect(PasswordPolicy.standard.common.contains("12345678"))
    }

    @Test func delaysGrowAfterFiveFailuresAndTenLock() {
        let t = LoginThrottle()
        let start = Date(timeIntervalSince1970: 1_000_000)
        var s = LoginThrottle.State()
        for i in 0..<5 { s = t.afterFailure(s, now: start.addingTimeInterval(Double(i))) }
        let afterFive = start.addingTimeInterval(4)

        #expect(t.verdict(s, now: afterFive) == .wait(until: afterFive.addingTimeInterval(1), locked: false))
        #expect(t.verdict(s, now: afterFive.addingTimeInterval(1)) == .allowed)

        for i in 5..<10 { s = t.afterFailure(s, now: start.addingTimeInterval(Double(i) * 100)) }
        let last = start.addingTimeInterval(900)
        #expect(t.verdict(s, now: last.addingTimeInterval(60)) == .wait(until: last.addingTimeInterval(900), locked: true))
        #expect(t.verdict(s, now: last.addingTimeInterval(901)) == .allowed)
    }

    @Test func oldFailuresAreForgotten() {
        let t = LoginThrottle()
        let start = Date(timeIntervalSince1970: 0)
        var s = LoginThrottle.State()
        for _ in 0..<7 { s = t.afterFailure(s, now: start) }

        let later = t.afterFailure(s, now: start.addingTimeInterval(3600))

        #expect(later.failures == 1)
    }

    // MARK: Redirects, CSV, text

    @Test(arguments: ["//evil.example", "/\t/evil.example", "/\\evil.example", "/\n/evil", "https://evil.example",
                      "evil", "/ /evil", "/\u{200B}/evil", "/%09/x\\y"])
    func foreignRedirectTargetsAreRefused(_ raw: String) {
        #expect(LocalPath.validated(raw) == nil, "\(raw.debugDescription)")
    }

    @Test func localPathsPass() {
        #expect(LocalPath.validated("/ledger?period=2024H1&page=2") == "/ledger?period=2024H1&page=2")
        #expect(LocalPath.validated("/") == "/")
    }

    @Test(arguments: [("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
                      ("+1+1", "'+1+1"), ("@SUM(A1)", "'@SUM(A1)"), ("-2", "'-2"), ("\tx", "'\tx"),
                      ("送戏下乡", "送戏下乡"), ("a,b", "\"a,b\"")])
    func formulaCellsAreNeutralised(_ c: (String, String)) {
        #expect(SpreadsheetCell.csvField(c.0) == c.1)
    }

    @Test func controlCharactersAndLengthsAreChecked() {
        #expect(TextRules.problem("a\u{0}b", field: "title", max: 200)?.code == "control_characters")
        #expect(TextRules.problem("第一行\n第二行", field: "narrative", max: 200, multiline: true) == nil)
        #expect(TextRules.problem("第一行\n第二行", field: "title", max: 200)?.code == "control_characters")
        #expect(TextRules.problem(String(repeating: "字", count: 201), field: "title", max: 200)?.code == "text_too_long")
    }

    @Test func completedEntriesCannotLieInTheFuture() throws {
        let validator = EntryValidator(catalog: try Catalog.publicCulture(), today: CivilDate(2024, 7, 3))
        let done = LedgerEntry(unitID: 2, category: .other, title: "x", date: CivilDate(2099, 1, 1), values: [])
        let tomorrow = LedgerEntry(unitID: 2, category: .other, title: "x", date: CivilDate(2024, 7, 4), values: [])
        var planned = tomorrow; planned.planned = true
        let ancient = LedgerEntry(unitID: 2, category: .other, title: "x", date: CivilDate(1, 1, 1), values: [])

        #expect(validator.problems(done).map(\.code).contains("date_out_of_range"))
        #expect(validator.problems(tomorrow).map(\.code) == ["future_date"])
        #expect(validator.problems(planned).isEmpty)
        #expect(validator.problems(ancient).map(\.code) == ["date_out_of_range"])
    }
}
