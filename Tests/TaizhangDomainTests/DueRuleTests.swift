import Foundation
import Testing
@testable import TaizhangDomain

@Suite("Due rules")
struct DueRuleTests {
    @Test(arguments: [
        (DueRule.daysAfterPeriodEnd(10), Period.half(2024, 1), CivilDate(2024, 7, 10)),
        (DueRule.daysAfterPeriodEnd(0), Period.month(2024, 2), CivilDate(2024, 2, 29)),
        (DueRule.daysAfterPeriodEnd(5), Period.month(2024, 12), CivilDate(2025, 1, 5)),
        (DueRule.dayOfNextMonth(5), Period.month(2024, 6), CivilDate(2024, 7, 5)),
        (DueRule.dayOfNextMonth(5), Period.quarter(2024, 4), CivilDate(2025, 1, 5)),
        (DueRule.dayOfNextMonth(31), Period.month(2024, 1), CivilDate(2024, 2, 29)),
        (DueRule.dayOfNextMonth(31), Period.month(2023, 1), CivilDate(2023, 2, 28)),
        (DueRule.dayOfNextMonth(31), Period.month(2024, 3), CivilDate(2024, 4, 30)),
        (DueRule.dayOfNextMonth(0), Period.month(2024, 3), CivilDate(2024, 4, 1)),
        // 2024-06-30 is a Sunday: the first working day after it is Monday 1 July.
        (DueRule.workingDaysAfterPeriodEnd(1), Period.month(2024, 6), CivilDate(2024, 7, 1)),
        (DueRule.workingDaysAfterPeriodEnd(5), Period.month(2024, 6), CivilDate(2024, 7, 5)),
        (DueRule.workingDaysAfterPeriodEnd(6), Period.month(2024, 6), CivilDate(2024, 7, 8)),
        // 2024-05-31 is a Friday: one working day later is Monday 3 June.
        (DueRule.workingDaysAfterPeriodEnd(1), Period.month(2024, 5), CivilDate(2024, 6, 3)),
        // 2024-06-30 is a Sunday: zero working days after it is the next working day.
        (DueRule.workingDaysAfterPeriodEnd(0), Period.month(2024, 6), CivilDate(2024, 7, 1)),
    ])
    func dueDates(rule: DueRule, period: Period, due: CivilDate) {
        let computed = rule.dueDate(for: period)

        #expect(computed == due)
    }

    /// Without a holiday calendar, working days are Monday to Friday.
    @Test func workingDayRulesNeverLandOnAWeekend() {
        let periods = Period.range(.month(2023, 1), through: .month(2026, 12))

        for period in periods {
            for n in 1...10 {
                #expect(DueRule.workingDaysAfterPeriodEnd(n).dueDate(for: period, calendar: .weekdaysOnly).weekday < 5)
            }
        }
    }

    @Test func chineseDescriptions() {
        #expect(DueRule.dayOfNextMonth(5).chinese == "次月5日前")
        #expect(DueRule.daysAfterPeriodEnd(10).chinese == "期满后10日内")
        #expect(DueRule.workingDaysAfterPeriodEnd(3).chinese == "期满后3个工作日内")
    }

    @Test(arguments: [
        (DueRule.daysAfterPeriodEnd(10), #"{"kind":"days_after_period_end","value":10}"#),
        (DueRule.dayOfNextMonth(5), #"{"kind":"day_of_next_month","value":5}"#),
        (DueRule.workingDaysAfterPeriodEnd(3), #"{"kind":"working_days_after_period_end","value":3}"#),
    ])
    func jsonShape(rule: DueRule, json: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys

        let encoded = String(decoding: try encoder.encode(rule), as: UTF8.self)
        let decoded = try JSONDecoder().decode(DueRule.self, from: Data(json.utf8))

        #expect(encoded == json)
        #expect(decoded == rule)
    }

    @Test(arguments: [#"{"kind":"day_of_next_month","value":400}"#, #"{"kind":"day_of_next_month","value":-1}"#,
                      #"{"kind":"fortnightly","value":5}"#, #"{"kind":"day_of_next_month"}"#])
    func invalidJsonIsRejected(json: String) {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(DueRule.self, from: Data(json.utf8)) }
    }
}
