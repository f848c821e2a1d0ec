import Testing
@testable import TaizhangDomain

@Suite("Submission workflow")
struct SubmissionActionTests {
    /// Every (action, status) pair and where it leads; nil: not allowed.
    static let table: [(SubmissionAction, SubmissionStatus, SubmissionStatus?)] = [
        (.submit, .draft, .submitted), (.submit, .submitted, nil), (.submit, .leaderApproved, nil),
        (.submit, .accepted, nil), (.submit, .returned, .submitted),
        (.approve, .draft, nil), (.approve, .submitted, .leaderApproved), (.approve, .leaderApproved, nil),
        (.approve, .accepted, nil), (.approve, .returned, nil),
        (.accept, .draft, nil), (.accept, .submitted, nil), (.accept, .leaderApproved, .accepted),
        (.accept, .accepted, nil), (.accept, .returned, nil),
        (.return, .draft, nil), (.return, .submitted, .returned), (.return, .leaderApproved, .returned),
        (.return, .accepted, nil), (.return, .returned, nil),
    ]

    @Test(arguments: table)
    func transitions(action: SubmissionAction, from: SubmissionStatus, to: SubmissionStatus?) {
        let target = action.target(from: from)

        #expect(target == to)
    }

    @Test func tableCoversEveryPair() {
        let pairs = Set(Self.table.map { "\($0.0.rawValue)/\($0.1.rawValue)" })

        #expect(pairs.count == SubmissionAction.allCases.count * SubmissionStatus.allCases.count)
    }

    @Test func acceptedIsFinal() {
        let moves = SubmissionAction.allCases.compactMap { $0.target(from: .accepted) }

        #expect(moves.isEmpty)
    }

    @Test func onlyAReturnNeedsAComment() {
        let needing = SubmissionAction.allCases.filter(\.needsComment)

        #expect(needing == [.return])
    }

    @Test(arguments: [(SubmissionAction.submit, AccessScope.Action.submit), (.approve, .approve),
                      (.accept, .review), (.return, .review)])
    func requiredPermissions(action: SubmissionAction, permission: AccessScope.Action) {
        #expect(action.requiredAction == permission)
    }

    @Test func statusRawValuesAndLabels() {
        #expect(SubmissionStatus.leaderApproved.rawValue == "leader_approved")
        #expect(SubmissionStatus.returned.chinese == "已退回")
        #expect(SubmissionAction.return.chinese == "退回")
    }
}
