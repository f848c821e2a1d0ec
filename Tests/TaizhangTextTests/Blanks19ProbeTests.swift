import Foundation
import Testing
@testable import TaizhangText

/// Real lines from pages no fixture holds (Tests/Fixtures/probes/blanks19.txt; twenty-fifth pass,
/// blanks19): template pages with real blanks and deleted numbers, and look-alikes — spam lines,
/// masked uploaders, URLs and file names with underscores, acronyms, sizes and codes, empty
/// fields of site chrome and forms. Each line carries the hand verdict written before the checker
/// read it. A blank (or a deleted number) is found when a finding of its kind covers the same
/// marker (measure); a finding no verdict span takes is false. The totals are printed and held.
@Suite struct Blanks19ProbeTests {
    /// A probe line and its hand verdicts: blanks, deleted numbers and (precision20's files) the
    /// count of wrong statements the line really holds.
    struct Item {
        var url = "", kind = "", line = ""
        var blanks: [String] = [], missing: [String] = [], wrong = 0
    }

    static let url = Fixtures.root.appendingPathComponent("probes/blanks19.txt")

    /// The items of a probe file of this format (`## URL`, `item: kind | line`, `blanks:`,
    /// `missing:`, `wrong:`): blanks19.txt, precision20.txt — one reader for every such file.
    static func items(_ file: String = "blanks19.txt") throws -> [Item] {
        var items: [Item] = [], url = ""
        func list(_ text: String) -> [String] {
            text == "none" ? [] : text.components(separatedBy: "; ").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        let text = try String(contentsOf: Fixtures.root.appendingPathComponent("probes/" + file), encoding: .utf8)
        for raw in text.components(separatedBy: "\n") {
            if raw.hasPrefix("## ") { url = String(raw.dropFirst(3)) }
            if raw.hasPrefix("item: ") {
                let parts = raw.dropFirst("item: ".count).components(separatedBy: " | ")
                items.append(Item(url: url, kind: parts[0], line: parts.dropFirst().joined(separator: " | ")))
            }
            if raw.hasPrefix("blanks: ") { items[items.count - 1].blanks = list(String(raw.dropFirst("blanks: ".count))) }
            if raw.hasPrefix("missing: ") { items[items.count - 1].missing = list(String(raw.dropFirst("missing: ".count))) }
            if raw.hasPrefix("wrong: ") { items[items.count - 1].wrong = Int(raw.dropFirst("wrong: ".count)) ?? 0 }
        }
        return items
    }

    struct Score {
        var expected = 0, found = 0, falseFlags = 0

        mutating func add(_ other: Score) { expected += other.expected; found += other.found; falseFlags += other.falseFlags }
    }

    /// Matches each expected span to a distinct finding (`same` decides), counting the rest as false.
    static func score(_ expected: [String], _ findings: [Finding], same: (String, Finding) -> Bool) -> Score {
        var unused = findings, score = Score(expected: expected.count)
        for span in expected {
            if let index = unused.firstIndex(where: { same(span, $0) }) { unused.remove(at: index); score.found += 1 }
        }
        score.falseFlags = unused.count
        return score
    }

    static func read(_ item: Item) -> (blanks: Score, missing: Score, findings: [Finding]) {
        let (blanks, missing, report) = scored(item)
        return (blanks, missing, report.findings)
    }

    /// The line checked under a title line, its blanks and deleted numbers matched to the verdict's
    /// spans; the report is returned for the checks a caller also scores (precision20).
    static func scored(_ item: Item) -> (blanks: Score, missing: Score, report: DocumentReport) {
        let report = Checker.check(text: "概况\n" + item.line)
        let findings = report.findings
        let blanks = score(item.blanks, findings.filter { $0.kind == .placeholder }) { span, finding in
            // The same marker, or one holding the other (xx of xx.8, 201X of 201X年) within two letters.
            (finding.text.contains(span) || span.contains(finding.text)) && abs(finding.text.count - span.count) <= 2
        }
        let missing = score(item.missing, findings.filter { $0.kind == .missingNumber }) { measure, finding in
            finding.text.contains(measure) || measure.contains(finding.text)
        }
        return (blanks, missing, report)
    }

    @Test func realLinesAreReadAsTheirVerdicts() throws {
        let items = try Self.items()
        #expect(items.count >= 60)
        #expect(items.filter { $0.blanks.isEmpty && $0.missing.isEmpty }.count * 2 >= items.count, "half the lines are look-alikes")
        var blanks = Score(), missing = Score(), lookAlikesFlagged = 0
        for item in items {
            let (b, m, findings) = Self.read(item)
            blanks.add(b)
            missing.add(m)
            let lookAlike = item.blanks.isEmpty && item.missing.isEmpty
            if lookAlike, b.falseFlags + m.falseFlags > 0 { lookAlikesFlagged += 1 }
            if b.found < b.expected || m.found < m.expected || b.falseFlags + m.falseFlags > 0 {
                let read = findings.filter { $0.kind == .placeholder || $0.kind == .missingNumber }.map { "\($0.kind.rawValue):\($0.text)" }
                print("blanks19 probe \(item.kind): blanks \(b.found)/\(b.expected) +\(b.falseFlags), missing \(m.found)/\(m.expected) +\(m.falseFlags) | \(item.line.prefix(36)) — read \(read)")
            }
        }
        let lookAlikes = items.filter { $0.blanks.isEmpty && $0.missing.isEmpty }.count
        print("blanks19 probe: \(items.count) lines; blanks found \(blanks.found)/\(blanks.expected), false \(blanks.falseFlags); "
            + "deleted numbers found \(missing.found)/\(missing.expected), false \(missing.falseFlags); "
            + "look-alike lines flagged \(lookAlikesFlagged)/\(lookAlikes)")
        #expect(blanks.found >= Self.blanksFoundFloor)
        #expect(blanks.falseFlags + missing.falseFlags <= Self.falseCeiling)
        #expect(missing.found >= Self.missingFoundFloor)
        #expect(lookAlikesFlagged <= Self.lookAlikesFlaggedCeiling)
    }

    /// The figures of the twenty-fifth pass (blanks19): 75 of 78 blanks, no false flag, no
    /// look-alike line flagged; the two deleted numbers (米往返跑) are not read.
    static let blanksFoundFloor = 75
    static let missingFoundFloor = 0
    static let falseCeiling = 0
    static let lookAlikesFlaggedCeiling = 0
}
