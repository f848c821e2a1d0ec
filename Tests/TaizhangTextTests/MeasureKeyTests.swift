import Testing
@testable import TaizhangText

/// cli17's packed measures against the String comparisons they replace: every pair of
/// measures found on the real lines (seeds and dev corpus) and edge measures — compatibility
/// ideographs that are canonically equal to plain ones (U+FA01 度, U+2F8B2 成), combining
/// marks, a measure longer than eight bytes, rates with a slash.
@Suite struct MeasureKeyTests {
    static let edgeMeasures = ["度", "\u{FA01}", "成", "\u{2F8B2}", "人", "名", "位", "人次", "万元", "元/人", "m²",
                               "e\u{301}", "\u{E9}", "个方面", "平方公里每小时", "%", "岁", "所", "支", "",
                               // Plain measures without a key (longer than eight bytes), one of them a
                               // compatibility form's twin (cli18: told apart by bytes, not by Strings).
                               "平方米", "平方公里", "个百分点", "立方米", "平方\u{F9D1}", "平方六"]

    /// One hit per measure: a real hit with its measure replaced (the setter computes the keys).
    /// Measures are told apart by their scalars: a `Set<String>` would keep one of 度 and U+FA01.
    static func hits() -> [QuantityHit] {
        var measures = [String](), seen = Set<[UInt32]>()
        var template: QuantityHit?
        func add(_ measure: String) {
            if seen.insert(measure.unicodeScalars.map(\.value)).inserted { measures.append(measure) }
        }
        edgeMeasures.forEach(add)
        for raw in Fixtures.realLines() {
            for hit in QuantityScanner.scan(LineText(number: 2, raw: raw)) {
                add(hit.measure)
                if template == nil { template = hit }
            }
        }
        guard let template else { return [] }
        return measures.map { measure in
            var hit = template
            hit.measure = measure
            return hit
        }
    }

    @Test func keysAnswerAsTheStrings() {
        // Setup
        let hits = MeasureKeyTests.hits()
        let unsummed: Set<String> = ["岁", "倍", "成", "度", "级", "星"]
        var mismatches = [String]()
        #expect(hits.count > 40)
        for a in hits {
            // Act and assert: one measure
            if a.isPerson != ItemTotals.persons.contains(a.measure) { mismatches.append("person \(a.measure)") }
            if a.summableMeasure == (unsummed.contains(a.measure) || a.measure.contains("/")) { mismatches.append("summable \(a.measure)") }
            if NamedLists.countMeasures.contains(a) != NamedLists.countMeasures.words.contains(a.measure) { mismatches.append("count \(a.measure)") }
            if NamedLists.placeMeasures.contains(a) != NamedLists.placeMeasures.words.contains(a.measure) { mismatches.append("place \(a.measure)") }
            for b in hits {
                // Act and assert: every pair
                if ItemTotals.sameKind(a, b) != ItemTotals.sameKind(a.measure, b.measure) { mismatches.append("kind \(a.measure) \(b.measure)") }
                if QuantityHit.sameMeasure(a, b) != (a.measure == b.measure) { mismatches.append("same \(a.measure) \(b.measure)") }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test func compatibilityIdeographsAreLeftToTheStrings() {
        // Setup: U+FA01 is canonically 度 (Swift's == says equal), but its bytes differ.
        let hits = MeasureKeyTests.hits()
        let plain = hits.first { $0.measure == "度" && $0.measure.unicodeScalars.first?.value == 0x5EA6 }
        let compat = hits.first { $0.measure.unicodeScalars.first?.value == 0xFA01 }

        // Act and assert
        #expect(plain?.measureKey != 0)
        #expect(compat?.measureKey == 0)
        if let plain, let compat {
            #expect(ItemTotals.sameKind(plain, compat))
            #expect(QuantityHit.sameMeasure(plain, compat))
            #expect(!compat.summableMeasure)
        }
    }
}
