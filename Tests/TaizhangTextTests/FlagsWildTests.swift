import Foundation
import Testing
@testable import TaizhangText

/// What the checker tells an office on thirty real pages nobody tuned on (Tests/Fixtures/flags-wild,
/// session 20, precision20): every flag it raises — blanks, deleted numbers, impossible values,
/// wrong statements, numbering gaps, duplicates, doubled qualifiers — against flag gold written by
/// hand before the checker read a page. Scored per kind on the tuning and the holdout pages apart:
/// flags reported, true, false, and the recall of the gold flags. Boilerplate is not a flag here.
@Suite struct FlagsWildTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/flags-wild")

    /// A flag's kind as an office reads it.
    static let kinds = ["placeholder", "missing", "value", "arithmetic", "numbering", "duplicate", "doubled"]

    struct Span { var kind: String, line: Int, from: Int, to: Int }
    struct Flag { var kind: String, line: Int, from: Int, to: Int, text: String }
    struct Tally { var reported = 0, right = 0, gold = 0, found = 0 }

    /// Line (1-based, after the source line) and character columns of `marker` inside the
    /// `occurrence`-th `text` of the body.
    static func locate(_ text: String, marker: String?, occurrence: Int, in body: String) -> (Int, Int, Int)? {
        var search = body.startIndex..<body.endIndex, found: Range<String.Index>?
        for _ in 0..<max(1, occurrence) {
            guard let range = body.range(of: text, range: search) else { return nil }
            found = range; search = range.upperBound..<body.endIndex
        }
        guard let range = found else { return nil }
        var start = range.lowerBound
        if let marker, let inner = body.range(of: marker, range: range) { start = inner.lowerBound }
        let before = body[..<start]
        let line = before.filter { $0 == "\n" }.count + 1
        let lineStart = before.lastIndex(of: "\n").map { body.index(after: $0) } ?? body.startIndex
        let column = body[lineStart..<start].count + 1
        return (line, column, column + (marker ?? text).count)
    }

    static func gold(_ json: [String: Any], body: String) -> [Span] {
        let keys = ["placeholders": "placeholder", "missing_numbers": "missing", "impossible": "value",
                    "arithmetic": "arithmetic", "numbering_gaps": "numbering", "duplicates": "duplicate",
                    "doubled_qualifiers": "doubled"]
        var spans: [Span] = []
        for (key, kind) in keys {
            for item in json[key] as? [[String: Any]] ?? [] {
                let text = item["text"] as? String ?? ""
                let marker = kind == "placeholder" ? item["placeholder"] as? String : nil
                guard let (line, from, to) = locate(text, marker: marker, occurrence: item["occurrence"] as? Int ?? 1, in: body) else {
                    Issue.record("flags-wild gold text not found: \(text)"); continue
                }
                spans.append(Span(kind: kind, line: line, from: from, to: to))
            }
        }
        return spans
    }

    static func flags(_ report: DocumentReport) -> [Flag] {
        var flags: [Flag] = []
        for finding in report.findings {
            let kind: String
            switch finding.kind {
            case .placeholder: kind = "placeholder"
            case .missingNumber: kind = "missing"
            case .arithmetic, .year: kind = "value"
            case .numbering: kind = "numbering"
            case .duplicate: kind = "duplicate"
            case .doubledQualifier: kind = "doubled"
            default: continue
            }
            flags.append(Flag(kind: kind, line: finding.line, from: finding.column,
                              to: finding.column + max(1, finding.text.count), text: finding.text))
        }
        for check in report.checks where !check.consistent {
            flags.append(Flag(kind: "arithmetic", line: check.line, from: check.column, to: check.column + 1,
                              text: check.statement))
        }
        return flags
    }

    /// A flag is right when a gold flag of its kind stands on its line (a blank: overlapping its marker).
    static func same(_ flag: Flag, _ span: Span) -> Bool {
        guard flag.kind == span.kind, flag.line == span.line else { return false }
        return flag.kind != "placeholder" || (flag.from < span.to && span.from < flag.to)
    }

    struct Page { var name: String, split: String, gold: [Span], flags: [Flag] }

    /// `folder`: another folder of the same form (deleted-wild, missing21).
    static func pages(in folder: URL = folder) throws -> [Page] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { name in
            let raw = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let body = raw.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).dropFirst().joined()
            let jsonURL = folder.appendingPathComponent(name.replacingOccurrences(of: ".txt", with: ".json"))
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: jsonURL)) as? [String: Any] ?? [:]
            return Page(name: name, split: json["split"] as? String ?? "tuning", gold: gold(json, body: body),
                        flags: flags(Checker.check(text: body)))
        }
    }

    static func tally(_ pages: [Page]) -> [String: Tally] {
        var tallies: [String: Tally] = [:]
        for page in pages {
            for flag in page.flags {
                tallies[flag.kind, default: Tally()].reported += 1
                if page.gold.contains(where: { same(flag, $0) }) { tallies[flag.kind, default: Tally()].right += 1 }
            }
            for span in page.gold {
                tallies[span.kind, default: Tally()].gold += 1
                if page.flags.contains(where: { same($0, span) }) { tallies[span.kind, default: Tally()].found += 1 }
            }
        }
        return tallies
    }

    @Test func flagsOnUnseenPagesAreRight() throws {
        let pages = try Self.pages()
        #expect(pages.count == 30)
        #expect(pages.filter { $0.split == "holdout" }.count == 10)
        var falseFlags: [String: Int] = [:]
        for split in ["tuning", "holdout"] {
            let chosen = pages.filter { $0.split == split }
            let tallies = Self.tally(chosen)
            for kind in Self.kinds {
                let t = tallies[kind] ?? Tally()
                let recall = t.gold == 0 ? "—" : String(format: "%.3f", Double(t.found) / Double(t.gold))
                print("flags-wild \(split) \(kind): reported \(t.reported), true \(t.right), false \(t.reported - t.right); gold \(t.gold), found \(t.found), recall \(recall)")
                falseFlags["\(split) \(kind)"] = t.reported - t.right
            }
            // Floors at precision20's reading (main 7839189: tuning placeholders 42 of 53 found, one
            // false deleted number 园艺场; the false ratio is arithmetic's, left to its owners).
            let blanks = tallies["placeholder"] ?? Tally(), missing = tallies["missing"] ?? Tally()
            #expect(blanks.reported == blanks.right && missing.reported == missing.right, "\(split): a false blank or deleted number")
            #expect(Double(blanks.found) >= (split == "tuning" ? 0.96 : 1.0) * Double(blanks.gold), "\(split): blanks missed")
            #expect((tallies["arithmetic"]?.reported ?? 0) - (tallies["arithmetic"]?.right ?? 0) <= (split == "tuning" ? 1 : 0))
            #expect((tallies["numbering"]?.found ?? 0) == (tallies["numbering"]?.gold ?? 0))
            for page in chosen {
                for flag in page.flags where !page.gold.contains(where: { Self.same(flag, $0) }) {
                    print("flags-wild \(split) false \(flag.kind) \(page.name):\(flag.line):\(flag.from) \(flag.text.prefix(40))")
                }
                for span in page.gold where !page.flags.contains(where: { Self.same($0, span) }) {
                    print("flags-wild \(split) missed \(span.kind) \(page.name):\(span.line):\(span.from)")
                }
            }
        }
    }
}
