import Foundation
import Testing
@testable import TaizhangText

/// Real statements of what a total or a count is made of (Tests/Fixtures/probes/xparts.txt; twenty-
/// third pass, xparts), none from a page of the corpus or the other fixtures: 其中 parts of closed
/// classes (城镇/乡村, 公办/民办, 新建/续建, 已/未 …), 分别是 lists, sources of funds, frames and
/// census sections, named lists counted after 等 and counts over 一是…N是. Each entry carries its
/// hand verdict (ok / wrong / subset), written before the checker read it, and a hand-made
/// perturbation (a part changed beyond rounding, or a count that no longer fits its list).
@Suite struct XPartsProbeTests {
    struct Entry {
        var source = "", verdict = "", kind = "", whole = "", parts: [String] = [], perturb = "", note = "", text = ""
        /// tuning or holdout (probes/xsum21.txt); empty in the older files.
        var half = ""
    }

    static func entries() -> [Entry] {
        let url = Fixtures.root.appendingPathComponent("probes/xparts.txt")
        guard let content = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return parse(content)
    }

    /// The blocks of a probe file in this format (also probes/xsum20.txt, xsum21.txt).
    static func parse(_ content: String) -> [Entry] {
        let keys = ["source", "verdict", "kind", "whole", "parts", "perturb", "half", "note"]
        return content.components(separatedBy: "\n---\n").compactMap { block in
            var entry = Entry(), text: [String] = []
            for line in block.components(separatedBy: "\n") {
                if text.isEmpty, let colon = line.range(of: ": "), keys.contains(String(line[..<colon.lowerBound])) {
                    let value = String(line[colon.upperBound...])
                    switch String(line[..<colon.lowerBound]) {
                    case "source": entry.source = value
                    case "verdict": entry.verdict = value
                    case "kind": entry.kind = value
                    case "whole": entry.whole = value
                    case "parts": entry.parts = value.components(separatedBy: " | ")
                    case "perturb": entry.perturb = value
                    case "half": entry.half = value
                    default: entry.note = value
                    }
                } else if !line.isEmpty || !text.isEmpty {
                    text.append(line)
                }
            }
            entry.text = text.joined(separator: "\n")
            return entry.source.isEmpty || entry.whole.isEmpty ? nil : entry
        }
    }

    /// A consistent check naming the whole and every part (a sum), or a consistent count check of
    /// the announced number (a count).
    static func credited(_ entry: Entry, _ checks: [ArithmeticCheck]) -> Bool {
        checks.contains { check in
            guard check.consistent else { return false }
            if entry.kind == "count" { return check.statement.hasPrefix("count check: \(entry.whole) ") }
            return check.kind == "sum" && check.statement.contains(plain(entry.whole)) && entry.parts.allSatisfy { check.statement.contains(plain($0)) }
        }
    }

    /// A figure as the statements write it: no trailing zeros after the point (589.10 → 589.1).
    static func plain(_ written: String) -> String {
        guard written.contains(".") else { return written }
        var figure = written
        while figure.hasSuffix("0") { figure.removeLast() }
        if figure.hasSuffix(".") { figure.removeLast() }
        return figure
    }

    /// The text with the hand-made change (`from => to`, first occurrence), nil when there is none.
    static func perturbed(_ entry: Entry) -> String? {
        let sides = entry.perturb.components(separatedBy: " => ")
        guard sides.count == 2, let at = entry.text.range(of: sides[0]) else { return nil }
        return entry.text.replacingCharacters(in: at, with: sides[1])
    }

    @Test func realCompositionsAreReadAndTheirPerturbedTwinsFlagged() {
        let entries = Self.entries()
        #expect(entries.count >= 30)
        var credited = 0, falseFlags = 0, wrongFlagged = 0, wrongTotal = 0, subsetFlagged = 0
        var twins = 0, twinsFlagged = 0
        var lines: [String] = []
        for entry in entries {
            let checks = Checker.check(text: entry.text).checks
            // The entries are sums and counts: a flag of another kind (a ratio) is no verdict on them.
            let flags = checks.filter { !$0.consistent && $0.kind == "sum" }
            let otherFlags = checks.filter { !$0.consistent && $0.kind != "sum" }
            let read = entry.verdict == "ok" && Self.credited(entry, checks)
            if read { credited += 1 }
            switch entry.verdict {
            case "wrong": wrongTotal += 1; if !flags.isEmpty { wrongFlagged += 1 }
            case "subset": if !flags.isEmpty { subsetFlagged += 1 }
            default: if !flags.isEmpty { falseFlags += 1 }
            }
            var twin = "no twin"
            if let text = Self.perturbed(entry) {
                twins += 1
                let flagged = Checker.check(text: text).checks.contains { !$0.consistent && $0.kind == "sum" }
                if flagged { twinsFlagged += 1 }
                twin = flagged ? "twin flagged" : "twin silent"
            }
            let verdict = entry.verdict == "ok" ? (read ? "credited" : "missed  ") : (flags.isEmpty ? "silent  " : "FLAGGED ")
            lines.append("\(verdict) [\(entry.verdict)] \(twin) \(entry.whole) = \(entry.parts.joined(separator: " + ")) — \(entry.note) "
                         + (flags + otherFlags).map { "{\($0.kind): \($0.statement)}" }.joined() + " \(entry.source)")
        }
        let ok = entries.filter { $0.verdict == "ok" }.count
        let summary = "xparts probe: \(entries.count) real statements (\(ok) ok, \(wrongTotal) wrong, "
            + "\(entries.count - ok - wrongTotal) subset): credited \(credited)/\(ok), false sum flags \(falseFlags), "
            + "wrong flagged \(wrongFlagged)/\(wrongTotal), subsets flagged \(subsetFlagged), perturbed twins flagged \(twinsFlagged)/\(twins)"
        print(summary + "\n" + lines.joined(separator: "\n"))
        // Floors at this pass's reading (main 79bd014 before it: see docs/checker.md, "Twenty-third
        // pass — xparts"); no intact statement or subset may be flagged by a sum or count.
        #expect(falseFlags == 0, "\(summary)")
        #expect(subsetFlagged == 0, "\(summary)")
        #expect(credited >= 33, "\(summary)")
        #expect(twinsFlagged >= 13, "\(summary)")
    }
}
