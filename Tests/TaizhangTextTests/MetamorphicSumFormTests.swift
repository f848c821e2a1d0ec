import Foundation
import Testing
@testable import TaizhangText

/// Metamorphic probes of FORM on dev's real sums (eighteenth pass, sumforms; issue #14): every
/// plain sum statement of dev the checker reads as consistent (a total, then one part per
/// clause) is written in another form with the same figures — the total moved after the parts,
/// another connector, another separator, the parts reversed, a part in the neighbouring unit,
/// small counts in Chinese numerals, the parts in a sentence of their own or on the next line,
/// a growth clause after each part, the total as a lower bound — and must still be read as a
/// consistent sum; its broken twin (the last part doubled) must not be. Printed; floors keep
/// the reach (the forms test states sums in, which dev lacks).
@Suite struct MetamorphicSumFormTests {
    typealias Rewrite = @Sendable (SumStatement, [SumStatement.Part]) -> String?

    /// Each kind writes the statement with the parts given (the original or the broken ones).
    static let kinds: [(name: String, write: Rewrite)] = [
        ("as parsed", { s, p in s.render(parts: p) }),
        ("total after", { s, p in
            // Only a total whose clause ends after its unit or a change of it (not …4068批次抽检中).
            guard s.total.tail.first.map({ SumStatement.clauseBreaks.contains($0) }) ?? true, !s.total.tail.contains("。") else { return nil }
            let head = s.head.replacingOccurrences(of: "共计", with: "").replacingOccurrences(of: "合计", with: "")
                .replacingOccurrences(of: "累计", with: "").replacingOccurrences(of: "共", with: "")
            return head + (head.isEmpty ? "" : "，") + p.map { $0.label + $0.figure + $0.unit + $0.tail }.joined(separator: s.separator)
                + "，共计" + s.total.figure + s.total.unit + s.total.tail }),
        ("connector 包括", { s, p in s.render(connector: "包括", parts: p) }),
        ("connector 含", { s, p in s.render(connector: "含", parts: p) }),
        ("connector 分别为", { s, p in s.render(connector: "分别为", parts: p) }),
        ("connector 主要是", { s, p in s.render(connector: "主要是", parts: p) }),
        ("connector 具体为", { s, p in s.render(connector: "具体为", parts: p) }),
        ("connector none", { s, p in s.connector.isEmpty ? nil : s.render(connector: "", parts: p) }),
        ("separator 、", { s, p in s.separator == "、" ? nil : s.render(separator: "、", parts: p) }),
        ("separator ，", { s, p in s.separator == "，" ? nil : s.render(separator: "，", parts: p) }),
        ("separator ；", { s, p in s.separator == "；" ? nil : s.render(separator: "；", parts: p) }),
        ("reordered", { s, p in s.render(parts: p.reversed()) }),
        ("unit changed", { s, p in
            guard let index = p.indices.first(where: { p[$0].inOtherUnit != nil }) else { return nil }
            var changed = p; changed[index] = p[index].inOtherUnit!
            return s.render(parts: changed) }),
        ("numerals", { s, p in
            guard p.contains(where: { $0.inNumerals != nil }) else { return nil }
            return s.render(parts: p.map { $0.inNumerals ?? $0 }) }),
        ("two sentences", { s, p in s.render(connector: s.connector.isEmpty ? "其中" : s.connector, parts: p, afterTotal: "。") }),
        ("rate after each", { s, p in
            s.render(separator: "；", parts: p.enumerated().map { index, part in
                var part = part; part.tail += "，同比增长\(index + 3).5%"; return part }) }),
        ("lower bound", { s, p in
            guard s.total.value >= 20, s.total.value == s.total.value.rounded(), !s.total.figure.contains(".") else { return nil }
            let step = pow(10, Double(s.total.figure.count - 1))
            let bound = (s.total.value / step).rounded(.down) * step
            let sum = p.reduce(0) { $0 + $1.value }
            guard bound < s.total.value, sum >= bound, sum < bound + step else { return nil }
            var lowered = s; lowered.total.figure = String(Int(bound)) + "余"
            return lowered.render(parts: p) }),
        ("line break", { s, p in s.render(connector: s.connector.isEmpty ? "其中" : s.connector, parts: p, afterTotal: "\n") }),
    ]

    @Test func devSumsReadInOtherForms() throws {
        // Setup
        var tried = [String: Int](), held = [String: Int](), misses: [String] = [], statements = 0
        // Act
        for (url, goldURL) in Fixtures.corpus("dev") {
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: goldURL))
            let text = try String(contentsOf: url, encoding: .utf8)
            let report = Checker.check(text: text, path: url.lastPathComponent)
            for item in gold.arithmetic where item.consistent && item.kind == "sum" {
                guard let sum = SumStatement(text: item.text, statement: item.statement),
                      MetamorphicProbe.reads(report, item.text, in: text, consistent: true),
                      let range = text.range(of: item.text) else { continue }
                statements += 1
                if sum.render() != item.text { misses.append("[not as written] \(item.text) → \(sum.render())") }
                for kind in Self.kinds {
                    guard let rewritten = kind.write(sum, sum.parts), rewritten != item.text || kind.name == "as parsed" else { continue }
                    let changed = text.replacingCharacters(in: range, with: rewritten)
                    let again = Checker.check(text: changed, path: url.lastPathComponent)
                    MetamorphicForms.count(kind.name, Self.reads(again, rewritten, in: changed, consistent: true),
                                           &tried, &held, &misses, "\(url.lastPathComponent) \(rewritten)")
                    // The broken twin: the same form with the last part doubled.
                    guard let parts = sum.brokenParts(sum.parts), let broken = kind.write(sum, parts), broken != rewritten else { continue }
                    let twin = Checker.check(text: text.replacingCharacters(in: range, with: broken), path: url.lastPathComponent)
                    MetamorphicForms.count(kind.name + " · broken", !Self.reads(twin, broken, in: text.replacingCharacters(in: range, with: broken), consistent: true),
                                           &tried, &held, &misses, "\(url.lastPathComponent) \(broken)")
                }
            }
        }
        // Assert
        let table = tried.keys.sorted().map { "\($0): \(held[$0] ?? 0)/\(tried[$0]!)" }
        print("metamorphic sum forms (dev, \(statements) statements):\n" + table.joined(separator: "\n"))
        if let path = ProcessInfo.processInfo.environment["TAIZHANG_ACCURACY_MISSES"] {
            try? misses.joined(separator: "\n").write(toFile: path + ".sumforms.txt", atomically: true, encoding: .utf8)
        }
        #expect(statements >= 35)
        for (kind, floor) in Self.floors {
            #expect((held[kind] ?? 0) >= floor, "\(kind): \(held[kind] ?? 0)/\(tried[kind] ?? 0)")
        }
    }

    /// Floors: what the rules reached when this probe was written (sumforms, 35 statements;
    /// a rise is progress, record it here). Before the pass: line break 28, lower bound 11, 分别为 30, 、 31.
    static let floors: [String: Int] = [
        "as parsed": 35,
        "as parsed · broken": 21,
        "connector none": 18,
        "connector none · broken": 11,
        "connector 主要是": 33,
        "connector 主要是 · broken": 20,
        "connector 具体为": 33,
        "connector 具体为 · broken": 20,
        "connector 分别为": 32,
        "connector 分别为 · broken": 34,
        "connector 包括": 35,
        "connector 包括 · broken": 21,
        "connector 含": 33,
        "connector 含 · broken": 20,
        "line break": 33,
        "line break · broken": 23,
        "lower bound": 16,
        "lower bound · broken": 4,
        "numerals": 8,
        "numerals · broken": 4,
        "rate after each": 35,
        "rate after each · broken": 18,
        "reordered": 35,
        "reordered · broken": 20,
        "separator 、": 33,
        "separator 、 · broken": 21,
        "separator ，": 35,
        "separator ， · broken": 21,
        "separator ；": 35,
        "separator ； · broken": 21,
        "total after": 20,
        "total after · broken": 10,
        "two sentences": 27,
        "two sentences · broken": 19,
        "unit changed": 6,
        "unit changed · broken": 4,
    ]

    /// A consistent check over the statement and no inconsistent one (over lines for a break).
    static func reads(_ report: DocumentReport, _ statement: String, in text: String, consistent: Bool) -> Bool {
        guard statement.contains("\n") else { return MetamorphicProbe.reads(report, statement, in: text, consistent: consistent) }
        let pieces = statement.split(separator: "\n").map(String.init)
        let spans = pieces.compactMap { FixtureText(text).find($0) }
        guard spans.count == pieces.count else { return false }
        let overlapping = report.checks.filter { check in spans.contains { $0.overlaps(line: check.line, column: check.column, length: check.text.count) } }
        return overlapping.contains { $0.consistent } && !overlapping.contains { !$0.consistent }
    }
}
