import Testing
import TaizhangDomain
@testable import TaizhangProcess

@Suite("Supervision")
struct SupervisionTests {
    static let sup = PF.rules.supervision
    static let both = ["local_government", "provincial_government"]

    static func inspection(_ id: Int, held: Bool = true, addressees: [String] = both) -> Inspection {
        let day = CivilDate(2025, 3 + id, 10)
        return Inspection(id: id, unitID: 2, plannedOn: day, heldOn: held ? day : nil,
                          feedback: InspectionFeedback(sentOn: day.adding(days: 7), addressees: addressees, text: "反馈"))
    }

    /// SPEC §4.4 "1–2 times a year".
    @Test(arguments: [(0, ["no_inspection_planned"]), (1, []), (2, []), (3, ["too_many_inspections"])])
    func inspectionsPerYear(count: Int, expected: [String]) {
        let list = (0..<count).map { Self.inspection($0) }

        let warnings = InspectionRules.warnings(unitID: 2, year: 2025, inspections: list, rules: Self.sup, asOf: CivilDate(2025, 12, 1))

        #expect(warnings.map(\.code) == expected)
    }

    @Test func feedbackMustReachBothGovernmentsAndPlannedVisitsMustHappen() {
        let list = [Self.inspection(1, addressees: ["local_government"]), Self.inspection(2, held: false)]

        let warnings = InspectionRules.warnings(unitID: 2, year: 2025, inspections: list, rules: Self.sup, asOf: CivilDate(2025, 12, 1))

        #expect(warnings.map(\.code) == ["inspection_overdue", "feedback_missing"])
        #expect(warnings[1].zh == "2025年4月10日督导未向省人民政府书面反馈")
    }

    static func item(deadline: CivilDate = CivilDate(2025, 6, 30)) -> RectificationItem {
        RectificationItem(id: 1, unitID: 2, finding: "档案不全", source: FindingSource(.inspection, id: 1), owner: "李", deadline: deadline)
    }

    /// SPEC §4.4 "extension requests (before the due date)": the due day counts unless the rule says otherwise.
    @Test(arguments: [(CivilDate(2025, 6, 29), true, nil), (CivilDate(2025, 6, 30), true, nil),
                      (CivilDate(2025, 7, 1), true, "extension_too_late"), (CivilDate(2025, 6, 30), false, "extension_too_late")]
          as [(CivilDate, Bool, String?)])
    func extensionOnlyBeforeTheDueDate(day: CivilDate, allowOnDueDay: Bool, refusal: String?) {
        var item = Self.item()
        var rule = Self.sup.extension
        rule.allowOnDueDay = allowOnDueDay

        #expect(PF.refusal { try item.requestExtension(on: day, newDeadline: CivilDate(2025, 8, 31), reason: "施工", rules: rule) } == refusal)
        #expect(item.extensions.count == (refusal == nil ? 1 : 0))
    }

    @Test func extensionNeedsAReasonALaterDateAndADecision() throws {
        var item = Self.item()
        let rule = Self.sup.extension

        #expect(PF.refusal { try item.requestExtension(on: CivilDate(2025, 6, 1), newDeadline: CivilDate(2025, 8, 31), reason: " ", rules: rule) } == "extension_reason")
        #expect(PF.refusal { try item.requestExtension(on: CivilDate(2025, 6, 1), newDeadline: CivilDate(2025, 6, 30), reason: "施工", rules: rule) } == "extension_date")
        try item.requestExtension(on: CivilDate(2025, 6, 1), newDeadline: CivilDate(2025, 8, 31), reason: "施工", rules: rule)
        #expect(PF.refusal { try item.requestExtension(on: CivilDate(2025, 6, 2), newDeadline: CivilDate(2025, 9, 30), reason: "再延", rules: rule) } == "extension_pending")
        #expect(item.dueDate == CivilDate(2025, 6, 30))

        try item.decideExtension(approve: true, on: CivilDate(2025, 6, 3))

        #expect(item.dueDate == CivilDate(2025, 8, 31))
        #expect(item.status(asOf: CivilDate(2025, 7, 15)) == .open)
        #expect(PF.refusal { try item.decideExtension(approve: false, on: CivilDate(2025, 6, 4)) } == "no_pending_extension")
    }

    @Test func refusedExtensionKeepsTheDeadline() throws {
        var item = Self.item()
        try item.requestExtension(on: CivilDate(2025, 6, 1), newDeadline: CivilDate(2025, 8, 31), reason: "施工", rules: Self.sup.extension)
        try item.decideExtension(approve: false, on: CivilDate(2025, 6, 3), note: "理由不充分")

        #expect(item.dueDate == CivilDate(2025, 6, 30))
        #expect(item.status(asOf: CivilDate(2025, 7, 1)) == .overdue)
    }

    /// SPEC §4.4 销号: only with evidence, once.
    @Test func closeOffNeedsEvidence() throws {
        var item = Self.item()

        #expect(PF.refusal { try item.close(on: CivilDate(2025, 6, 1), rules: Self.sup) } == "close_needs_evidence")
        try item.addEvidence(Evidence(date: CivilDate(2025, 6, 1), text: "已归档"))
        try item.close(on: CivilDate(2025, 7, 2), rules: Self.sup)

        #expect(item.status(asOf: CivilDate(2025, 8, 1)) == .closedLate)
        #expect(PF.refusal { try item.close(on: CivilDate(2025, 7, 3), rules: Self.sup) } == "item_closed")
    }

    @Test func rectificationRatePerUnit() throws {
        var closed = Self.item(), late = Self.item(), other = Self.item()
        try closed.addEvidence(Evidence(date: CivilDate(2025, 6, 1), text: "照片"))
        try closed.close(on: CivilDate(2025, 6, 1), rules: Self.sup)
        try late.addEvidence(Evidence(date: CivilDate(2025, 7, 9), text: "照片"))
        try late.close(on: CivilDate(2025, 7, 9), rules: Self.sup)
        other.unitID = 5
        let open = Self.item(deadline: CivilDate(2025, 12, 31)), overdue = Self.item()

        let rates = RectificationRate.perUnit([closed, late, open, overdue, other], asOf: CivilDate(2025, 8, 1))

        #expect(rates.map(\.unitID) == [2, 5])
        #expect(rates[0].total == 4 && rates[0].closed == 2 && rates[0].closedOnTime == 1 && rates[0].overdue == 1)
        #expect(rates[0].rate == 0.5 && rates[1].rate == 0)
    }
}
