import Testing
@testable import TaizhangDocument

/// Every number in the draft must equal what the input's entries add up to,
/// recomputed here independently of the composer.
struct DraftTraceabilityTests {
    let input = DraftInput.demo
    let doc = DraftComposer().compose(.demo)

    @Test func figureNumbersEqualTheSumOfTheirEntries() throws {
        for figure in input.areas.flatMap(\.figures) {
            // setup: recompute the aggregate from the entries
            let sum = figure.entries.reduce(0.0) { $0 + $1.value }
            let ids = figure.entries.map { SourceRef(.entry, $0.id) }
            let approximate = figure.entries.contains { $0.qualifier != nil }

            let number = try #require(doc.numbers.first { $0.trace == ids && $0.unit == figure.measureWord },
                                      "no traced number for \(figure.indicator)")

            #expect(abs(number.value - sum) < 1e-9, "\(figure.indicator): \(number.value) ≠ \(sum)")
            #expect((number.qualifier != nil) == approximate)
            // The display, read back, is the value as rounded for reading.
            let shown = try #require(QuantityParser.value(in: number.text, unit: number.unit))
            if approximate {
                #expect(shown <= sum && shown >= sum * 0.85, "\(number.text) vs \(sum)")
            } else {
                #expect(abs(shown - sum) <= max(sum * 0.0005, 1e-9), "\(number.text) vs \(sum)")
            }
        }
    }

    @Test func ratesAreRecomputedFromEntriesLastYearAndTargets() throws {
        for figure in input.areas.flatMap(\.figures) {
            let sum = figure.entries.reduce(0.0) { $0 + $1.value }
            let entryRefs = figure.entries.map { SourceRef(.entry, $0.id) }
            if let last = figure.lastYear, last.value > 0, abs(sum - last.value) / last.value > 0.0005 {
                let rate = try #require(doc.numbers.first { $0.unit == "%" && $0.trace == entryRefs + last.refs })
                let expected = (abs(sum - last.value) / last.value * 1000).rounded() / 10
                #expect(abs(rate.value - expected) < 1e-9, "\(figure.indicator) yoy \(rate.value) ≠ \(expected)")
            }
            if let target = figure.target {
                let progress = try #require(doc.numbers.first { $0.unit == "%" && $0.trace == entryRefs + target.refs })
                #expect(abs(progress.value - sum / target.value * 100) < 1e-9)
            }
        }
    }

    @Test func everyNumberIsTracedToSomething() {
        #expect(!doc.numbers.isEmpty)
        for number in doc.numbers {
            #expect(number.traced)
            #expect(!number.trace.isEmpty, "\(number.text) has no source")
        }
    }

    @Test func everyDigitOfTheProseIsATracedNumberOrADate() {
        // Numbers in plain text would be untraceable; dates and titles are the only exceptions.
        for block in doc.blocks {
            guard case .paragraph(let p) = block else { continue }
            for case .text(let t) in p.runs {
                let stripped = t.replacing(/[0-9]{1,2}月[0-9]{1,2}日/, with: "").replacing(/“[^”]*”/, with: "")
                    .replacing(/表[0-9]+/, with: "").replacing(/（[^）]*）/, with: "")
                let digits = stripped.replacing(/[0-9]{4}年/, with: "").filter { $0.isASCII && $0.isNumber }
                #expect(digits.isEmpty, "untraced digits in \(block.id): \(t)")
            }
        }
    }
}
