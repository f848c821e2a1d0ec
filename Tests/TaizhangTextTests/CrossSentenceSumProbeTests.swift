import Foundation
import Testing
@testable import TaizhangText

/// Real sums read across sentences, none of them in the corpus (Tests/Fixtures/probes/xsum.txt:
/// each with its source page, checked by hand; twenty-second pass, xsum). The texts were found
/// with the `pages` search by their shape (a whole, then its parts by sex, town and country, age
/// band or kind in a later sentence or line), not tuned on: they measure whether the reading
/// carries to prose nobody wrote the rules for. Every entry adds up; each is read intact, and
/// again with its first part changed (first digit + 1), which makes it wrong.
@Suite struct CrossSentenceSumProbeTests {
    struct Entry {
        var source: String, whole: String, parts: [String], note: String, text: String
    }

    static func entries() -> [Entry] {
        let url = Fixtures.root.appendingPathComponent("probes/xsum.txt")
        guard let content = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return content.components(separatedBy: "\n---\n").compactMap { block in
            var fields: [String: String] = [:]
            var text: [String] = []
            for line in block.components(separatedBy: "\n") {
                if text.isEmpty, let colon = line.range(of: ": "), ["source", "verdict", "whole", "parts", "note"].contains(String(line[..<colon.lowerBound])) {
                    fields[String(line[..<colon.lowerBound])] = String(line[colon.upperBound...])
                } else if !line.isEmpty || !text.isEmpty {
                    text.append(line)
                }
            }
            guard let source = fields["source"], let whole = fields["whole"], let parts = fields["parts"] else { return nil }
            return Entry(source: source, whole: whole, parts: parts.components(separatedBy: " | "), note: fields["note"] ?? "",
                         text: text.joined(separator: "\n"))
        }
    }

    /// A figure as the statements write it (no thousands separators).
    static func plain(_ written: String) -> String { written.filter { $0 != "," && $0 != " " } }

    /// A consistent sum naming the whole and every part.
    static func credited(_ entry: Entry, _ checks: [ArithmeticCheck]) -> Bool {
        checks.contains { check in
            check.consistent && check.kind == "sum" && check.statement.contains(plain(entry.whole))
                && entry.parts.allSatisfy { check.statement.contains(plain($0)) }
        }
    }

    /// The text with the first part's first non-zero digit raised by one (9 → 8), at its first
    /// occurrence after the whole.
    static func perturbed(_ entry: Entry) -> String? {
        guard let wholeAt = entry.text.range(of: entry.whole),
              let partAt = entry.text.range(of: entry.parts[0], range: wholeAt.upperBound..<entry.text.endIndex) else { return nil }
        var part = Array(entry.parts[0])
        guard let digit = part.firstIndex(where: { $0.isNumber && $0 != "0" }), let value = part[digit].wholeNumberValue else { return nil }
        part[digit] = Character(String(value == 9 ? 8 : value + 1))
        return entry.text.replacingCharacters(in: partAt, with: String(part))
    }

    @Test func realSumsAcrossSentencesAreReadAndTheirBrokenTwinsFlagged() {
        let entries = Self.entries()
        #expect(entries.count >= 40)
        var credited = 0, flagged = 0, sumFlagged = 0, brokenFlagged = 0, brokenFlaggedNotCredited = 0
        var lines: [String] = []
        for entry in entries {
            let checks = Checker.check(text: entry.text).checks
            let read = Self.credited(entry, checks), flag = checks.contains { !$0.consistent }
            if read { credited += 1 }
            if flag { flagged += 1 }
            if checks.contains(where: { !$0.consistent && $0.kind == "sum" }) { sumFlagged += 1 }
            var brokenFlag = false
            if let broken = Self.perturbed(entry) {
                brokenFlag = Checker.check(text: broken).checks.contains { !$0.consistent }
                if brokenFlag { brokenFlagged += 1; if !read { brokenFlaggedNotCredited += 1 } }
            }
            let how = checks.first { $0.consistent && $0.kind == "sum" && $0.statement.contains(Self.plain(entry.whole)) }.map { "[\($0.statement)] " } ?? ""
            let flags = checks.filter { !$0.consistent }.map { "{\($0.statement)} " }.joined()
            lines.append("\(read ? "read  " : "missed") \(how)\(flags)\(flag ? "FLAGGED " : "")\(brokenFlag ? "broken-flagged" : "broken-unflagged") "
                         + "\(entry.whole) = \(entry.parts.joined(separator: " + ")) (\(entry.note)) \(entry.source)")
        }
        let summary = "xsum probe: \(entries.count) real sums, credited \(credited), intact flagged \(flagged) "
            + "(by a sum \(sumFlagged)), broken twins flagged \(brokenFlagged) (of them not credited intact \(brokenFlaggedNotCredited))"
        print(summary + "\n" + lines.joined(separator: "\n"))
        // Floors at this pass's reading (main before it: credited 13, broken twins flagged 7). The two
        // intact flags are a growth rule's (与…的400839人相比,减少27796人 read with the wrong base),
        // left to its owner; no sum is flagged on an intact text.
        #expect(sumFlagged == 0, "\(summary)")
        #expect(flagged <= 2, "\(summary)")
        #expect(credited >= 31, "\(summary)")
        #expect(brokenFlagged >= 26, "\(summary)")
    }
}
