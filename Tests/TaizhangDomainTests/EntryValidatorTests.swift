import Testing
@testable import TaizhangDomain

@Suite("Entry validation")
struct EntryValidatorTests {
    let validator: EntryValidator

    init() throws { validator = EntryValidator(catalog: try Catalog.publicCulture()) }

    func entry(_ values: [IndicatorValue], title: String = "“我们的节日·端午”文艺演出进社区",
               date: CivilDate = CivilDate(2024, 6, 8), endDate: CivilDate? = nil) -> LedgerEntry {
        LedgerEntry(unitID: 2, category: .activity, title: title, date: date, endDate: endDate, values: values)
    }

    @Test func aValidEntryHasNoProblems() {
        let e = entry([.init(indicator: "performances", value: 3), .init(indicator: "audience", value: 1200, qualifier: "余"),
                       .init(indicator: "funds_spent", value: 2.35)])

        let problems = validator.problems(e, within: .half(2024, 1))

        #expect(problems.isEmpty)
    }

    @Test func unknownIndicator() {
        let problems = validator.problems(entry([.init(indicator: "dragons", value: 1)]))

        #expect(problems.map(\.code) == ["unknown_indicator"])
        #expect(problems.first?.field == "values[0].indicator")
    }

    @Test(arguments: [-1.0, -0.5, .nan, .infinity])
    func negativeOrNonFiniteValues(value: Double) {
        let problems = validator.problems(entry([.init(indicator: "funds_spent", value: value)]))

        #expect(problems.map(\.code) == ["negative_value"])
    }

    @Test func countsMustBeWholeButAmountsNeedNotBe() {
        let count = validator.problems(entry([.init(indicator: "performances", value: 2.5)]))
        let amount = validator.problems(entry([.init(indicator: "funds_spent", value: 2.5)]))

        #expect(count.map(\.code) == ["not_integer"])
        #expect(count.first?.zh.contains("场") == true)
        #expect(amount.isEmpty)
    }

    @Test func implausiblyLargeValues() {
        let problems = validator.problems(entry([.init(indicator: "audience", value: 2e12)]))

        #expect(problems.map(\.code) == ["value_too_large"])
    }

    @Test func duplicateIndicator() {
        let problems = validator.problems(entry([.init(indicator: "audience", value: 1), .init(indicator: "audience", value: 2)]))

        #expect(problems.map(\.code) == ["duplicate_indicator"])
        #expect(problems.first?.field == "values[1].indicator")
    }

    @Test func endDateBeforeStartDate() {
        let problems = validator.problems(entry([], date: CivilDate(2024, 6, 8), endDate: CivilDate(2024, 6, 7)))

        #expect(problems.map(\.code) == ["date_range"])
    }

    @Test(arguments: [(CivilDate(2024, 7, 1), nil as CivilDate?), (CivilDate(2024, 6, 20), CivilDate(2024, 7, 2)),
                      (CivilDate(2023, 12, 31), nil)])
    func datesOutsideTheRequiredPeriod(date: CivilDate, endDate: CivilDate?) {
        let problems = validator.problems(entry([], date: date, endDate: endDate), within: .half(2024, 1))

        #expect(problems.map(\.code) == ["date_outside_period"])
    }

    @Test func aRangeInsideThePeriodIsFine() {
        let problems = validator.problems(entry([], date: CivilDate(2024, 1, 1), endDate: CivilDate(2024, 6, 30)),
                                          within: .half(2024, 1))

        #expect(problems.isEmpty)
    }

    @Test(arguments: ["", "   \n", String(repeating: "演", count: 201)])
    func titleRequiredAndBounded(title: String) {
        let problems = validator.problems(entry([], title: title))

        #expect(problems.count == 1)
        #expect(problems.allSatisfy { $0.field == "title" })
    }

    @Test func entriesCountOnTheirLastDay() {
        let single = entry([], date: CivilDate(2024, 6, 8))
        let ranged = entry([], date: CivilDate(2024, 6, 8), endDate: CivilDate(2024, 7, 3))

        #expect(single.countsOn == CivilDate(2024, 6, 8))
        #expect(ranged.countsOn == CivilDate(2024, 7, 3))
    }
}
