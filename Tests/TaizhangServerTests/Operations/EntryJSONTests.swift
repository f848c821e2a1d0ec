import Foundation
import TaizhangDomain
@testable import TaizhangServer
import Testing

/// The entry answer written by hand (`EntryDTO.json`) against `JSONEncoder.api`, byte for byte.
@Suite struct EntryJSONTests {
    static func entry(_ i: Int) -> StoredEntry {
        let titles = ["社区文艺演出（第1场）", #"引号"与\反斜杠/斜杠"#, "换行\n制表\t控制\u{1}", "emoji 🎉 é", ""]
        let values: [[IndicatorValue]] = [
            [], [IndicatorValue(indicator: "performances", value: 3)],
            [IndicatorValue(indicator: "audience", value: 1234.5, qualifier: "余"), IndicatorValue(indicator: "funds", value: 0.1)],
            [IndicatorValue(indicator: "x", value: -2.25), IndicatorValue(indicator: "y", value: 1e21), IndicatorValue(indicator: "z", value: 1e-7)],
            [IndicatorValue(indicator: "big", value: 9_007_199_254_740_992), IndicatorValue(indicator: "third", value: 1.0 / 3.0)],
        ]
        let e = LedgerEntry(unitID: 7 + i, category: EntryCategory.allCases[i % EntryCategory.allCases.count], title: titles[i % titles.count],
                            narrative: i % 2 == 0 ? "" : "叙述“甲”", place: i % 3 == 0 ? nil : "城关/广场",
                            date: CivilDate(2024, 1 + i % 12, 1 + i % 28),
                            endDate: i % 4 == 0 ? CivilDate(2024, 12, 31) : nil,
                            values: values[i % values.count], source: i % 2 == 0 ? .api : .imported, planned: i % 5 == 0)
        return StoredEntry(entry: e, provenance: i % 3 == 1 ? Provenance(docId: "doc/\(i)", spanStart: i, spanEnd: i * 10) : nil,
                           pending: i % 2 == 1, confirmer: i % 4 == 2 ? "村委\"负责人\"" : nil, confirmationRequired: i % 4 == 2)
    }

    @Test(arguments: 0..<20)
    func handWrittenAnswerIsWhatTheEncoderWrites(i: Int) throws {
        // setup: dates with fractions of a second, before and after 1970
        let at = Date(timeIntervalSince1970: [1_733_425_200.987, 0.5, -86_399.25, 1_717_171_717][i % 4])
        var dto = EntryController.EntryDTO(Self.entry(i), id: 1000 + i, createdBy: i, at: at)
        if i % 5 == 3 { dto.confirmedAt = at.addingTimeInterval(61.7); dto.confirmedBy = 42 }
        // act
        let hand = try #require(dto.json())
        let encoded = String(decoding: try JSONEncoder.api.encode(dto), as: UTF8.self)
        // assert
        #expect(hand == encoded)
    }

    @Test func aValueThatIsNotFiniteIsLeftToTheEncoder() {
        // setup
        var dto = EntryController.EntryDTO(Self.entry(1), id: 1, createdBy: 1, at: Date())
        dto.values = [IndicatorValue(indicator: "x", value: .nan)]
        // act / assert
        #expect(dto.json() == nil)
    }
}
