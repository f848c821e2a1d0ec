import Foundation
import Testing
@testable import TaizhangText

/// Metamorphic probes on the dev corpus: every consistent sum or ratio the checker reads
/// right is rewritten in place — a figure changed so it no longer adds up, or the same
/// statement written another way (PDF spaces, full-width digits, 、 as ，) — and the file
/// checked again. A reader that generalises flags the broken copy and still reads the
/// rewritten ones; one that only recognises statements that happen to add up does not.
/// The figures measure the rules' reach on forms they have already seen (an upper bound of
/// what unseen texts get); the table is printed, and the floors keep the reach from
/// shrinking. Session 11: most consistent statements are read by agreement (the figures
/// that give the stated total or rate are searched for), so a broken copy is only flagged
/// where the grammar alone names the figures — 27 of 117 ratios, 31 of 115 sums.
@Suite struct MetamorphicArithmeticTests {
    @Test func devStatementsSurviveRewritingAndBreaking() throws {
        // Setup
        var tally: [String: (tried: Int, held: Int)] = [:]
        var misses: [String] = []
        // Act
        for (url, goldURL) in Fixtures.corpus("dev") {
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: goldURL))
            let text = try String(contentsOf: url, encoding: .utf8).droppingSourceLine()
            let report = Checker.check(text: text, path: url.lastPathComponent)
            for item in gold.arithmetic where item.consistent && (item.kind == "sum" || item.kind == "ratio") {
                guard !item.text.contains("\n"), MetamorphicProbe.reads(report, item.text, in: text, consistent: true) else { continue }
                for variant in MetamorphicProbe.Variant.allCases {
                    guard let rewritten = variant.apply(to: item.text, kind: item.kind), rewritten != item.text,
                          let range = text.range(of: item.text) else { continue }
                    let changed = text.replacingCharacters(in: range, with: rewritten)
                    let again = Checker.check(text: changed, path: url.lastPathComponent)
                    let held = MetamorphicProbe.reads(again, rewritten, in: changed, consistent: !variant.breaks)
                    let key = "\(item.kind) \(variant)"
                    tally[key, default: (0, 0)].tried += 1
                    if held { tally[key, default: (0, 0)].held += 1 } else {
                        misses.append("\(url.lastPathComponent) [\(key)] \(rewritten)")
                    }
                }
            }
        }
        // Assert
        let table = tally.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.held)/\($0.value.tried)" }
        print("metamorphic arithmetic (dev):\n" + table.joined(separator: "\n"))
        if let path = ProcessInfo.processInfo.environment["TAIZHANG_ACCURACY_MISSES"] {
            try? misses.joined(separator: "\n").write(toFile: path + ".metamorphic.txt", atomically: true, encoding: .utf8)
        }
        // Rewritten statements keep their reading; broken ones are flagged at least as often
        // as when this probe was written (session 11: ratios 27 of 117, sums 31 of 115 — a
        // rise is progress, recorded here; 、 written as , is printed only: dev holds no
        // such lists).
        for kind in ["sum", "ratio"] {
            for variant in ["spaced", "full-width"] {
                let cell = tally["\(kind) \(variant)"] ?? (0, 0)
                #expect(cell.tried > 50 && Double(cell.held) >= 0.97 * Double(cell.tried), "\(kind) \(variant)")
            }
        }
        // Eighteenth pass (wrongsum, on the 237-file dev): ratios 31 → 97 of 133, sums 39 → 53
        // of 151 — readers that name part, whole and rate by grammar.
        #expect((tally["ratio broken"]?.held ?? 0) >= 97)
        #expect((tally["sum broken"]?.held ?? 0) >= 53)
    }
}

enum MetamorphicProbe {
    enum Variant: CaseIterable, CustomStringConvertible {
        case broken, spaced, fullWidth, commas

        var breaks: Bool { self == .broken }
        var description: String {
            switch self {
            case .broken: "broken"
            case .spaced: "spaced"
            case .fullWidth: "full-width"
            case .commas: "commas"
            }
        }

        func apply(to text: String, kind: String) -> String? {
            switch self {
            case .broken: MetamorphicProbe.broken(text, kind: kind)
            case .spaced: MetamorphicProbe.spaced(text)
            case .fullWidth: String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
                (0x30...0x39).contains(scalar.value) ? Unicode.Scalar(scalar.value + 0xFEE0)! : scalar }))
            case .commas: text.replacingOccurrences(of: "、", with: "，")
            }
        }
    }

    /// Whether a check of the wanted verdict overlaps the statement's place in the text.
    static func reads(_ report: DocumentReport, _ statement: String, in text: String, consistent: Bool) -> Bool {
        guard let span = FixtureText(text).find(statement) else { return false }
        let overlapping = report.checks.filter { span.overlaps(line: $0.line, column: $0.column, length: $0.text.count) }
        return consistent ? overlapping.contains { $0.consistent } && !overlapping.contains { !$0.consistent }
                          : overlapping.contains { !$0.consistent }
    }

    /// The figures of a statement: digit runs (with a decimal point) not part of a date.
    static func figures(_ text: String) -> [Range<String.Index>] {
        var found: [Range<String.Index>] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard text[index].isASCII, text[index].isNumber else { index = text.index(after: index); continue }
            var end = index
            while end < text.endIndex, text[end].isASCII, text[end].isNumber || text[end] == "." { end = text.index(after: end) }
            let next = end < text.endIndex ? text[end] : " "
            if !"年月日号时期届".contains(next) && next != "-" { found.append(index..<end) }
            index = end
        }
        return found
    }

    /// The statement with one figure changed enough that no rounding excuses it: for a
    /// ratio the last percentage moves by 20 points, for a sum the last figure doubles.
    static func broken(_ text: String, kind: String) -> String? {
        let all = figures(text)
        if kind == "ratio" {
            guard let range = all.last(where: { $0.upperBound < text.endIndex && text[$0.upperBound] == "%" }),
                  let value = Double(text[range]) else { return nil }
            let moved = value < 50 ? value + 20 : value - 20
            return text.replacingCharacters(in: range, with: Self.format(moved, like: String(text[range])))
        }
        guard let range = all.last, let value = Double(text[range]), value > 0 else { return nil }
        return text.replacingCharacters(in: range, with: Self.format(value * 2, like: String(text[range])))
    }

    static func format(_ value: Double, like original: String) -> String {
        let decimals = original.split(separator: ".").dropFirst().first?.count ?? 0
        return String(format: "%.\(decimals)f", value)
    }

    /// A space between each figure and the unit after it, as PDF extraction leaves them.
    static func spaced(_ text: String) -> String {
        var result = ""
        var previous: Character = " "
        for character in text {
            if previous.isASCII, previous.isNumber, !character.isASCII, character != "，", character != "、" { result.append(" ") }
            result.append(character)
            previous = character
        }
        return result
    }
}

extension String {
    /// Line 1 of a corpus file is `source: URL`; blank it and keep the line numbers.
    func droppingSourceLine() -> String {
        guard hasPrefix("source:"), let newline = firstIndex(of: "\n") else { return self }
        return String(self[newline...])
    }
}
