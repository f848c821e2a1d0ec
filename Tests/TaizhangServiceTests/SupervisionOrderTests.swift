import Testing
import TaizhangDomain
@testable import TaizhangService

@Suite("督办")
struct SupervisionOrderTests {
    static let rules = SF.rules.supervision
    static let red = SF.promised(accepted: CivilDate(2026, 6, 1))

    static func issue(level: String = "department", on day: CivilDate = CivilDate(2026, 6, 5),
                      existing: [SupervisionOrder] = []) throws -> SupervisionOrder {
        try SupervisionOrder.issue(id: 1, case: red, level: level, on: day, by: "督查科", reason: "办件超期",
                                   existing: existing, rules: rules, table: SF.table)
    }

    /// Issued Fri 2026-06-05, 3 working days to answer: Wed 06-10.
    @Test func anOrderIsAnsweredWithinItsLevelsWorkingDays() throws {
        var order = try Self.issue()

        #expect(order.responseDue == CivilDate(2026, 6, 10))
        #expect(order.status(asOf: CivilDate(2026, 6, 10)) == .open)
        #expect(order.status(asOf: CivilDate(2026, 6, 11)) == .overdue)
        try order.respond(on: CivilDate(2026, 6, 11), by: "窗口负责人", text: "已办结并说明原因")
        #expect(order.status(asOf: CivilDate(2026, 6, 12)) == .respondedLate)
    }

    @Test func closingNeedsTheResponseAndHappensOnce() throws {
        var order = try Self.issue()

        #expect(SF.refusal { try order.close(on: CivilDate(2026, 6, 8), conclusion: "", rules: Self.rules) } == "close_needs_response")
        try order.respond(on: CivilDate(2026, 6, 8), by: "窗口", text: "已整改")
        try order.close(on: CivilDate(2026, 6, 9), conclusion: "同意办结", rules: Self.rules)
        #expect(order.status(asOf: CivilDate(2026, 6, 9)) == .closed)
        #expect(SF.refusal { try order.respond(on: CivilDate(2026, 6, 9), by: "窗口", text: "再次回复") } == "order_closed")
    }

    @Test func anUnansweredOrderEscalatesToTheOfficeOnce() throws {
        let first = try Self.issue()
        let day = CivilDate(2026, 6, 11)

        #expect(first.escalationDue(asOf: CivilDate(2026, 6, 10), rules: Self.rules) == false)
        #expect(first.escalationDue(asOf: day, rules: Self.rules))
        let second = try first.escalate(id: 2, case: Self.red, on: day, by: "监察室", existing: [first], rules: Self.rules, table: SF.table)
        #expect(second.level == "office" && second.escalatedFrom == 1)
        #expect(second.responseDue == CivilDate(2026, 6, 15))
        #expect(second.escalationDue(asOf: CivilDate(2026, 7, 1), rules: Self.rules) == false)
        #expect(SF.refusal { _ = try second.escalate(id: 3, case: Self.red, on: day, by: "", existing: [first, second], rules: Self.rules, table: SF.table) } == "top_level")
    }

    @Test func oneOpenOrderPerLevelAndAKnownLevel() throws {
        let first = try Self.issue()

        #expect(SF.refusal { _ = try Self.issue(existing: [first]) } == "order_open")
        #expect(SF.refusal { _ = try Self.issue(level: "county") } == "unknown_level")
    }
}
