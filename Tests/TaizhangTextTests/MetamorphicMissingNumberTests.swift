import Foundation
import Testing
@testable import TaizhangText

/// Metamorphic probe of the missing-number and placeholder rules (issue #14, mnprobe): dev
/// holds 29 real deleted numbers, too few to tell a rule from a list of the ones seen. Every
/// gold metric of dev written in digits is rewritten in place — its digits deleted (增加 万元,
/// 增幅为%, 达户) or partly replaced by a template's marker (1XX32元, X00万元, xx%) — and the
/// file checked again: a finding of the right kind must sit where the figure was. Counted by
/// the unit's class; printed, floors keep the reach. Precision stays with the dev table
/// (CorpusAccuracyTests) and the near misses in MissingNumberNearMissTests.
@Suite struct MetamorphicMissingNumberTests {
    @Test func deletedAndMaskedFiguresAreReportedWhereTheyWere() throws {
        // Setup
        var tried = [String: Int](), held = [String: Int](), misses: [String] = []
        var serial = 0
        for (url, goldURL) in Fixtures.corpus("dev") {
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: goldURL))
            let text = try MetamorphicText.lines(of: url).joined(separator: "\n")
            for metric in gold.metrics {
                guard let figure = FigureSite.locate(metric, in: text) else { continue }
                let unitClass = FigureSite.unitClass(metric.unit, atLineStart: figure.column == 1)
                for variant in ["deleted", "masked"] {
                    serial += 1
                    // Act
                    let replacement = variant == "deleted" ? "" : FigureSite.masked(String(text[figure.range]), serial: serial)
                    let changed = text.replacingCharacters(in: figure.range, with: replacement)
                    let report = Checker.check(text: changed, path: url.lastPathComponent)
                    // Assert (counted): the finding starts within a few letters of the figure's place.
                    let kind: FindingKind = variant == "deleted" ? .missingNumber : .placeholder
                    let width = max(replacement.count, 1)
                    let found = report.findings.contains { finding in
                        finding.kind == kind && finding.line == figure.line
                            && finding.column <= figure.column + width + 3
                            && finding.column + max(finding.text.count, 1) >= figure.column - 1
                    }
                    let key = "\(variant) \(unitClass)"
                    tried[key, default: 0] += 1
                    if found { held[key, default: 0] += 1 } else {
                        let context = FigureSite.context(changed, line: figure.line, column: figure.column)
                        misses.append("\(url.lastPathComponent):\(figure.line) [\(key)] \(metric.unit) | \(context)")
                    }
                }
            }
        }
        let table = tried.keys.sorted().map { "\($0): \(held[$0] ?? 0)/\(tried[$0] ?? 0)" }
        let total = { (variant: String) in
            tried.filter { $0.key.hasPrefix(variant) }.keys.reduce((0, 0)) { ($0.0 + (held[$1] ?? 0), $0.1 + tried[$1]!) }
        }
        print("metamorphic missing numbers (dev), a metric's digits deleted or masked:\n" + table.joined(separator: "\n")
              + "\ndeleted total: \(total("deleted"))\nmasked total: \(total("masked"))")
        MetamorphicText.write(misses, tag: "missing-numbers")
        // mnprobe (session 12, 257-file dev): deleted 1675, masked 2697 → 2799 of 2987 (masked decimals);
        // mnprobe's deleted-count rule (1675 → 2104) was taken out at the merge (docs/checker.md).
        #expect(total("deleted").1 > 2000)
        #expect(total("deleted").0 >= FigureSite.deletedFloor)
        #expect(total("masked").0 >= FigureSite.maskedFloor)
    }
}

/// Where a gold metric's figure stands in the file, and the rewrites the probe makes of it.
enum FigureSite {
    static let deletedFloor = 1675
    static let maskedFloor = 2799
    static let markers = ["X", "x", "×", "＊"]

    struct Site { var range: Range<String.Index>; var line: Int; var column: Int }

    /// The metric's snippet at its occurrence, and inside it the run of digits that reads as
    /// its value (3.5 in 3.5万元, 1,200 in 1,200户). Nil for figures in Chinese numerals.
    static func locate(_ metric: Gold.Metric, in text: String) -> Site? {
        var from = text.startIndex, found: Range<String.Index>?
        for _ in 0..<(metric.occurrence ?? 1) {
            guard let range = text.range(of: metric.text, range: from..<text.endIndex) else { return nil }
            found = range; from = range.upperBound
        }
        guard let snippet = found else { return nil }
        var index = snippet.lowerBound
        while index < snippet.upperBound {
            guard text[index].isASCII, text[index].isNumber else { index = text.index(after: index); continue }
            var end = index
            while end < snippet.upperBound, text[end].isASCII && (text[end].isNumber || text[end] == "." || text[end] == ",") {
                end = text.index(after: end)
            }
            while text[text.index(before: end)] == "." || text[text.index(before: end)] == "," { end = text.index(before: end) }
            let digits = text[index..<end].filter { $0 != "," }
            if let value = Double(digits), abs(value - metric.value) < 1e-9, !text[snippet.lowerBound..<index].contains(where: \.isNumber) {
                let head = text[..<index]
                let lineStart = head.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
                return Site(range: index..<end, line: head.filter { $0 == "\n" }.count + 1,
                            column: text.distance(from: lineStart, to: index) + 1)
            }
            index = end
        }
        return nil
    }

    /// The unit's class for the table: %, 个百分点, money, a magnitude before a measure, a
    /// measure word, a year, other.
    static func unitClass(_ unit: String, atLineStart: Bool) -> String {
        let base: String
        switch unit {
        case "%", "％", "‰": base = "percent"
        case "个百分点", "百分点": base = "points"
        case _ where unit.hasSuffix("元"): base = "money"
        case "年": base = "year"
        case _ where unit.hasPrefix("万") || unit.hasPrefix("亿"): base = "magnitude+measure"
        case _ where unit.count == 1: base = "measure"
        default: base = "compound"
        }
        return atLineStart ? base + " (line start)" : base
    }

    /// Some digits replaced by a template's marker, in turns: all (xx%), the first (X00), the
    /// middle (1XX32); the marker rotates over X, x, ×, ＊.
    static func masked(_ figure: String, serial: Int) -> String {
        let marker = Character(markers[(serial / 2) % markers.count])
        var letters = Array(figure)
        let digits = letters.indices.filter { letters[$0].isNumber }
        let chosen: [Int]
        switch (serial / 2) % 3 {
        case 1 where digits.count >= 2: chosen = [digits[0]]
        case 2 where digits.count >= 3: chosen = Array(digits.dropFirst().dropLast())
        default: chosen = digits
        }
        for index in chosen { letters[index] = marker }
        return String(letters)
    }

    static func context(_ text: String, line: Int, column: Int) -> String {
        let lines = text.components(separatedBy: "\n")
        guard line - 1 < lines.count else { return "" }
        let letters = Array(lines[line - 1])
        let start = max(0, column - 15), end = min(letters.count, column + 15)
        guard start < end, column - 1 <= letters.count else { return "" }
        return String(letters[start..<(column - 1)]) + "‸" + String(letters[(column - 1)..<end])
    }
}
