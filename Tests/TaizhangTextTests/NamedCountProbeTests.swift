import Foundation
import Testing
@testable import TaizhangText

/// Probes of the counts checked against named lists (issue #14, namedcount): every count
/// check the checker reports consistent on a dev text (series a–t, where the rules were
/// tuned, and u–z, the within-dev holdout) is edited twice — one member removed, one member
/// added — and checked again; the intact text must not be flagged, a twin should be (unless
/// the list ends in 等, which may leave members out: then only the added twin). The counts
/// are printed, never asserted above what was measured; what is asserted is that no twin
/// is called consistent while its list is plainly one member short or long (a contradiction).
/// `wildCountChecksArePrintedForReading` lists every count check on the 45 wild pages, for
/// reading by hand (docs/checker.md, "Twenty-first pass").
@Suite struct NamedCountProbeTests {
    struct Twin { var file: String; var line: Int; var kind: String; var text: String }

    /// The items of "count check: n = a + b + c".
    static func items(_ statement: String) -> (n: Int, items: [String])? {
        guard statement.hasPrefix("count check: "), let eq = statement.range(of: " = ") else { return nil }
        guard let n = Int(statement[statement.index(statement.startIndex, offsetBy: 13)..<eq.lowerBound]) else { return nil }
        return (n, statement[eq.upperBound...].components(separatedBy: " + "))
    }

    /// One member removed (the last but one, with the 、 before it) and one added (a new
    /// member of the same shape after the first), inside the checked span of the line.
    static func twins(_ span: String, _ items: [String]) -> (removed: String, added: String)? {
        guard items.count >= 2, items.allSatisfy({ !$0.isEmpty }) else { return nil }
        let k = items.count - 2
        let sep = ["、", "和", "及", "与", ",", ";", "", "”“"].first { span.contains(items[k] + $0 + items[k + 1]) }
        guard let sep, let pair = span.range(of: items[k] + sep + items[k + 1]) else { return nil }
        var removed = span
        if k >= 1, let before = span.range(of: items[k - 1] + "、" + items[k]) {
            removed.replaceSubrange(before, with: items[k - 1])
        } else {
            removed.replaceSubrange(pair, with: items[k + 1])
        }
        var added = span
        let first = span.range(of: items[0] + (sep == "和" || sep == "及" || sep == "与" ? "、" : sep))
            ?? span.range(of: items[0] + sep)
        guard let first else { return nil }
        let newItem = "新" + items[k + 1]
        let joint = sep == "和" || sep == "及" || sep == "与" ? "、" : sep
        added.replaceSubrange(first, with: items[0] + joint + newItem + joint)
        guard removed != span, added != span else { return nil }
        return (removed, added)
    }

    static func countChecks(_ report: DocumentReport, line: Int) -> [ArithmeticCheck] {
        report.checks.filter { $0.line == line }
    }

    @Test func devCountChecksFlagTheirTwins() throws {
        var tallies = [String: Int](), listed = [String]()
        for (url, _) in Fixtures.corpus("dev") {
            let name = url.lastPathComponent
            let series = name.first.map(String.init) ?? "?"
            let split = "a"..."t" ~= series ? "a–t" : "u–z"
            let text = try String(contentsOf: url, encoding: .utf8)
            var lines = text.components(separatedBy: "\n")
            let report = Checker.check(text: text, path: name)
            for check in report.checks where check.consistent && check.statement.hasPrefix("count check: ") {
                guard let parsed = Self.items(check.statement), check.line <= lines.count else { continue }
                let original = lines[check.line - 1]
                guard let spanRange = original.range(of: check.text),
                      let twins = Self.twins(check.text, parsed.items) else {
                    tallies["\(split) untwinnable", default: 0] += 1; continue
                }
                tallies["\(split) read", default: 0] += 1
                let open = check.text.contains("等")
                for (kind, twin) in [("removed", twins.removed), ("added", twins.added)] {
                    var edited = original
                    edited.replaceSubrange(spanRange, with: twin)
                    lines[check.line - 1] = edited
                    let twinReport = Checker.check(text: lines.joined(separator: "\n"), path: name)
                    lines[check.line - 1] = original
                    let here = Self.countChecks(twinReport, line: check.line)
                    let flagged = here.contains { !$0.consistent }
                    let agreed = here.contains { $0.consistent && $0.statement.hasPrefix("count check: ") && $0.text.contains(String(twin.prefix(4))) }
                    let verdict = flagged ? "flagged" : agreed ? "AGREED" : "silent"
                    let slot = "\(split) \(kind)\(open && kind == "removed" ? " (等)" : "") \(verdict)"
                    tallies[slot, default: 0] += 1
                    listed.append("\(verdict) \(kind) \(name):\(check.line) \(check.statement.prefix(60)) | \(twin.prefix(70))")
                }
            }
        }
        print("named-count twins:\n" + tallies.keys.sorted().map { "\($0): \(tallies[$0]!)" }.joined(separator: "\n"))
        MetamorphicText.write(listed, tag: "namedcount-twins")
    }

    @Test func wildCountChecksArePrintedForReading() {
        var listed = [String]()
        for text in WildProbes.texts {
            let report = WildProbes.check(text.lines, text.name)
            for check in report.checks where check.statement.hasPrefix("count check: ") {
                let line = text.lines[check.line - 1]
                listed.append("\(check.consistent ? "ok  " : "FLAG") \(text.name):\(check.line) \(check.statement) | «\(check.text)» | \(line.prefix(120))")
            }
        }
        print("wild count checks: \(listed.count)")
        MetamorphicText.write(listed, tag: "namedcount-wild")
    }

    /// Lines named in TAIZHANG_PROBE_LINES (a file, one text a line) checked one by one.
    @Test func probeLines() throws {
        guard let path = ProcessInfo.processInfo.environment["TAIZHANG_PROBE_LINES"] else { return }
        for line in try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n") where !line.isEmpty {
            let report = Checker.check(text: line)
            print("PROBE \(line)\n  " + report.checks.map { "\($0.consistent ? "ok" : "FLAG") \($0.statement) «\($0.text)»" }.joined(separator: "\n  "))
        }
    }
}
