import Foundation
import Testing
@testable import TaizhangDomain

/// The rules issue #16 adds: a report goes up with its narrative, its figures follow the
/// ledger until then, reminders reach the filer, the roll call of who has not reported,
/// a list ordered by urgency, and who may trace an entry.
@Suite struct DailyWorkRuleTests {
    @Test(arguments: ["", "   ", "\n\t \n"])
    func aBlankNarrativeIsRefused(_ narrative: String) throws {
        let refusal = try #require(ReportReadiness.narrativeRefusal(narrative))
        #expect(refusal.field == "narrative" && refusal.zh.contains("报送说明不能为空"))
    }

    @Test func aWrittenNarrativePasses() {
        #expect(ReportReadiness.narrativeRefusal("六月共开展演出3场。") == nil)
    }

    @Test func changesListValueAndQualifierDifferencesAndDepartures() {
        // setup
        let stored = [IndicatorValue(indicator: "trainees", value: 36), IndicatorValue(indicator: "audience", value: 300, qualifier: "余"),
                      IndicatorValue(indicator: "films", value: 2), IndicatorValue(indicator: "performances", value: 1),
                      IndicatorValue(indicator: "performances", value: 2)]
        let ledger = [IndicatorValue(indicator: "trainees", value: 38), IndicatorValue(indicator: "audience", value: 300),
                      IndicatorValue(indicator: "performances", value: 3), IndicatorValue(indicator: "visits", value: 5)]
        // act
        let changes = ReportReadiness.changes(stored: stored, ledger: ledger)
        // assert
        #expect(changes.map(\.indicator) == ["trainees", "audience", "visits", "films"])
        #expect(changes[0].stored?.value == 36 && changes[0].ledger?.value == 38)
        #expect(changes[2].stored == nil && changes[3].ledger == nil)
        #expect(ReportReadiness.changes(stored: ledger, ledger: ledger).isEmpty)
    }

    @Test func onlyDraftsAndReturnedReportsFollowTheLedger() {
        #expect(SubmissionStatus.allCases.filter(ReportReadiness.followsLedger) == [.draft, .returned])
    }

    @Test func remindersReachTheFilerAndTheLeaderOnlyOnceOverdue() throws {
        // setup: a plan stored before plans named their audience
        let json = #"{"id":1,"name":"工作动态","reportType":"work_update","periodKind":"month","appliesTo":{"kinds":["street"],"flags":[]},"dueRule":{"kind":"day_of_next_month","value":5}}"#
        // act
        let plan = try JSONDecoder().decode(ReportingPlan.self, from: Data(json.utf8))
        // assert
        #expect(plan.reminds.roles(overdue: false) == [.staff, .liaison])
        #expect(plan.reminds.roles(overdue: true) == [.staff, .liaison, .leader])
        let again = try JSONDecoder().decode(ReportingPlan.self, from: JSONEncoder().encode(plan))
        #expect(again.reminds == .standard)
    }

    @Test(arguments: [(CivilDate(2024, 7, 3), Period.month(2024, 6)), (CivilDate(2024, 7, 5), .month(2024, 6)),
                      (CivilDate(2024, 7, 20), .month(2024, 6)), (CivilDate(2024, 8, 1), .month(2024, 7))])
    func thePeriodDueNowIsTheLatestEnded(today: CivilDate, due: Period) {
        #expect(Fixture.monthlyPlan.periodDueNow(today) == due)
    }

    @Test func theRollCallCountsExpectedUnitsOnly() {
        // setup: streets 2 and 3 expected (the bureau and the community are not), street 2 filed
        let units = Fixture.units
        // act
        let call = RollCall.take(plan: Fixture.monthlyPlan, period: .month(2024, 6), units: units, submitted: [2, 4])
        // assert
        #expect(call.expected.map(\.id) == [2, 3])
        #expect(call.submitted.map(\.id) == [2])
        #expect(call.missing.map(\.name) == ["东湖街道"])
        #expect(call.dueDate == CivilDate(2024, 7, 5))
    }

    @Test func whatTheReaderCanDoComesFirstThenTheEarliestDeadline() {
        // setup
        func key(_ s: SubmissionStatus, _ due: Int, mine: Bool) -> SubmissionUrgency.Key {
            SubmissionUrgency.key(status: s, dueDate: CivilDate(2024, 7, due), period: .month(2024, 6), actionable: mine)
        }
        let rows: [(String, SubmissionUrgency.Key)] = [
            ("accepted-mine", key(.accepted, 1, mine: true)), ("submitted", key(.submitted, 5, mine: false)),
            ("approved-mine-late", key(.leaderApproved, 9, mine: true)), ("approved-mine-early", key(.leaderApproved, 2, mine: true)),
            ("returned", key(.returned, 20, mine: false)), ("draft", key(.draft, 3, mine: false)),
        ]
        // act
        let order = rows.sorted { $0.1 < $1.1 }.map(\.0)
        // assert
        #expect(order == ["approved-mine-early", "approved-mine-late", "returned", "draft", "submitted", "accepted-mine"])
    }

    @Test func acceptedReportsAreHistoryNewestFirst() {
        // setup
        let old = SubmissionUrgency.key(status: .accepted, dueDate: CivilDate(2025, 1, 5), period: .month(2024, 12), actionable: false)
        let recent = SubmissionUrgency.key(status: .accepted, dueDate: CivilDate(2026, 12, 5), period: .month(2026, 11), actionable: false)
        let draft = SubmissionUrgency.key(status: .draft, dueDate: CivilDate(2027, 1, 5), period: .month(2026, 12), actionable: true)
        // act
        let order = [old, recent, draft].sorted()
        // assert
        #expect(order == [draft, recent, old])
    }

    @Test func aStreetsOwnPeopleMayViewTheirCommunitiesEntriesButNotASiblings() {
        // setup
        let tree = UnitTree(Fixture.units)
        let staff = AccessScope(grants: [RoleGrant(unitID: 2, role: .staff)], tree: tree)
        let confirmer = AccessScope(grants: [RoleGrant(unitID: 2, role: .confirmer)], tree: tree)
        // act / assert
        #expect(staff.canViewEntry(of: 2) && staff.canViewEntry(of: 4))
        #expect(!staff.canViewEntry(of: 3) && !staff.canViewEntry(of: 1))
        #expect(!staff.can(.read, on: 4), "lists and totals keep the stricter rule")
        #expect(!confirmer.canViewEntry(of: 4))
    }
}

/// Figures as typed into the entry form (issue #16, "约300" and "300余" were refused).
@Suite struct QuantityInputTests {
    @Test(arguments: [("300余", 300.0, "余"), ("约300", 300, "约"), ("300多", 300, "多"), ("300以上", 300, "以上"),
                      ("近1.2万", 12000, "近"), ("300余人次", 300, "余"), ("３００", 300, nil), ("1,200", 1200, nil),
                      ("300左右", 300, "约"), (" 12.5 ", 12.5, nil)] as [(String, Double, String?)])
    func typedFiguresParse(_ raw: String, value: Double, qualifier: String?) throws {
        let parsed = try #require(QuantityInput.parse(raw, measureWord: "人次"))
        #expect(parsed.value == value && parsed.qualifier == qualifier)
    }

    @Test(arguments: ["", "abc", "三百", "3.0.1", "约", "--5", "300余余"])
    func nonFiguresAreRefused(_ raw: String) {
        #expect(QuantityInput.parse(raw) == nil)
    }

    @Test func storedFiguresShowWithTheirQualifier() {
        #expect(QuantityInput.text(300, qualifier: "余") == "300余")
        #expect(QuantityInput.text(300, qualifier: "约") == "约300")
        #expect(QuantityInput.text(12.5, qualifier: nil) == "12.5")
        #expect(QuantityInput.parse(QuantityInput.text(1.25, qualifier: "近"))?.value == 1.25)
        #expect(QuantityInput.parse("-5")?.value == -5, "the ledger's rule refuses it with its own message")
    }
}
