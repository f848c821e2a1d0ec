import Foundation
import Testing
@testable import TaizhangText

/// Metamorphic probe of FORM on EVERY consistent gold sum of dev (nineteenth pass, sumread;
/// issue #14): `MetamorphicSumFormTests` covers the 35 sums whose text it can take apart; here
/// each sum is rebuilt from its gold comparison (`SumRewrite`) and written, in place of its text,
/// in the forms real texts use — 其中 with parts after ，/、/；, 分别为 with a list of figures,
/// parts first then 合计/共, the whole after a colon, the parts on the lines after it, 元 against
/// 万元, full-width digits, traditional letters, PDF spaces inside numbers. Each rewrite must be
/// read as a consistent sum (and never flagged); each broken twin (the last part raised by a
/// tenth of the total, or halved) must be flagged. Printed; floors as measured.
@Suite struct MetamorphicSumRewriteTests {
    typealias Form = @Sendable (SumRewrite, [SumRewrite.Figure]) -> String?

    static func list(_ s: SumRewrite, _ p: [SumRewrite.Figure], _ separator: String) -> String {
        p.map { s.written($0) }.joined(separator: separator)
    }

    static let forms: [(name: String, write: Form)] = [
        ("其中 ，", { s, p in s.head + s.written(s.total) + "，其中" + list(s, p, "，") + "。" }),
        ("其中 、", { s, p in s.head + s.written(s.total) + "，其中" + list(s, p, "、") + "。" }),
        ("其中： ；", { s, p in s.head + s.written(s.total) + "。其中：" + list(s, p, "；") + "。" }),
        ("分别为 list", { s, p in
            s.head + s.written(s.total) + "，" + p.map(\.label).joined(separator: "、") + "分别为"
                + p.map { $0.figure + $0.unit }.joined(separator: "、") + "。" }),
        ("分别是 和", { s, p in
            s.head + s.written(s.total) + "，" + p.map(\.label).joined(separator: "、") + "分别是"
                + p.dropLast().map { $0.figure + $0.unit }.joined(separator: "、") + "和" + p.last!.figure + p.last!.unit + "。" }),
        ("parts then 合计", { s, p in list(s, p, "，") + "，合计" + s.total.figure + s.total.unit + "。" }),
        ("parts then 共", { s, p in s.plainHead + "，" + list(s, p, "；") + "，共" + s.total.figure + s.total.unit + "。" }),
        ("whole after colon", { s, p in s.plainHead + "总计：" + s.total.figure + s.total.unit + "，其中" + list(s, p, "，") + "。" }),
        ("lines", { s, p in s.head + s.written(s.total) + "，其中：\n" + list(s, p, "；\n") + "。" }),
        ("numbered lines", { s, p in
            s.head + s.written(s.total) + "，具体如下：\n" + p.enumerated().map { "\($0 + 1).\(s.written($1))" }.joined(separator: "；\n") + "。" }),
        ("元 against 万元", { s, p in
            guard let total = SumRewrite.rescaled(s.total, toYuan: SumRewrite.scale(s.total.unit) > 1) else { return nil }
            return s.head + s.written(total) + "，其中" + list(s, p, "，") + "。" }),
        ("full-width", { s, p in MetamorphicForms.fullWidth(s.head + s.written(s.total) + "，其中" + list(s, p, "，") + "。") }),
        ("traditional", { s, p in MetamorphicForms.traditional(s.head + s.written(s.total) + "，其中" + list(s, p, "，") + "。") }),
        ("spaced digits", { s, p in
            let line = s.head + s.written(s.total) + "，其中" + list(s, p, "，") + "。"
            let spaced = SumRewrite.spacedInside(line)
            return spaced == line ? nil : spaced }),
    ]

    @Test func everyDevSumReadInOtherForms() throws {
        // Setup
        var tried = [String: Int](), held = [String: Int](), misses: [String] = [], statements = 0
        // Act
        for (url, goldURL) in Fixtures.corpus("dev") {
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: goldURL))
            let text = try String(contentsOf: url, encoding: .utf8)
            for item in gold.arithmetic where item.consistent && item.kind == "sum" {
                guard let sum = SumRewrite(text: item.text, statement: item.statement), let range = text.range(of: item.text) else { continue }
                statements += 1
                for form in Self.forms {
                    guard let rewritten = form.write(sum, sum.parts) else { continue }
                    let changed = text.replacingCharacters(in: range, with: rewritten)
                    let name = url.lastPathComponent
                    let checks = Self.overlapping(Checker.check(text: changed, path: name), rewritten, in: changed)
                    MetamorphicForms.count(form.name, checks.contains { $0.consistent } && !checks.contains { !$0.consistent },
                                           &tried, &held, &misses, "\(name) \(rewritten)")
                    MetamorphicForms.count(form.name + " · not flagged", !checks.contains { !$0.consistent }, &tried, &held, &misses, "\(name) \(rewritten)")
                    for up in [true, false] {
                        guard let parts = sum.broken(up: up), let broken = form.write(sum, parts) else { continue }
                        let twin = text.replacingCharacters(in: range, with: broken)
                        let found = Self.overlapping(Checker.check(text: twin, path: name), broken, in: twin)
                        MetamorphicForms.count(form.name + (up ? " · over" : " · under"), found.contains { !$0.consistent },
                                               &tried, &held, &misses, "\(name) \(broken)")
                    }
                }
            }
        }
        // Assert
        let table = tried.keys.sorted().map { "\($0): \(held[$0] ?? 0)/\(tried[$0]!)" }
        print("metamorphic sum rewrites (dev, \(statements) statements):\n" + table.joined(separator: "\n"))
        if let path = ProcessInfo.processInfo.environment["TAIZHANG_ACCURACY_MISSES"] {
            try? misses.joined(separator: "\n").write(toFile: path + ".sumrewrites.txt", atomically: true, encoding: .utf8)
        }
        #expect(statements >= Self.statementsFloor)
        for (kind, floor) in Self.floors {
            #expect((held[kind] ?? 0) >= floor, "\(kind): \(held[kind] ?? 0)/\(tried[kind] ?? 0)")
        }
    }

    static let statementsFloor = 111
    /// Floors: what the rules reached when this probe was written (sumread; a rise is progress,
    /// record it here). `· not flagged` counts consistent rewrites with no flag over them; `· over`
    /// and `· under` count broken twins flagged. Main before the pass, of 112 statements (one
    /// misparsed difference since dropped): lines 63, parts then 合计 · over 5, lines · over 4.
    static let floors: [String: Int] = [
        "full-width": 108,
        "full-width · not flagged": 109,
        "full-width · over": 38,
        "full-width · under": 12,
        "lines": 91,
        "lines · not flagged": 110,
        "lines · over": 7,
        "lines · under": 5,
        "numbered lines": 91,
        "numbered lines · not flagged": 110,
        "numbered lines · over": 4,
        "numbered lines · under": 5,
        "parts then 共": 100,
        "parts then 共 · not flagged": 106,
        "parts then 共 · over": 5,
        "parts then 共 · under": 5,
        "parts then 合计": 100,
        "parts then 合计 · not flagged": 106,
        "parts then 合计 · over": 41,
        "parts then 合计 · under": 5,
        "spaced digits": 48,
        "spaced digits · not flagged": 50,
        "spaced digits · over": 21,
        "spaced digits · under": 9,
        "traditional": 108,
        "traditional · not flagged": 109,
        "traditional · over": 38,
        "traditional · under": 12,
        "whole after colon": 105,
        "whole after colon · not flagged": 108,
        "whole after colon · over": 39,
        "whole after colon · under": 13,
        "元 against 万元": 33,
        "元 against 万元 · not flagged": 33,
        "元 against 万元 · over": 12,
        "元 against 万元 · under": 3,
        "其中 、": 105,
        "其中 、 · not flagged": 108,
        "其中 、 · over": 108,
        "其中 、 · under": 13,
        "其中 ，": 108,
        "其中 ， · not flagged": 109,
        "其中 ， · over": 38,
        "其中 ， · under": 12,
        "其中： ；": 108,
        "其中： ； · not flagged": 109,
        "其中： ； · over": 38,
        "其中： ； · under": 12,
        "分别为 list": 107,
        "分别为 list · not flagged": 110,
        "分别为 list · over": 108,
        "分别为 list · under": 98,
        "分别是 和": 104,
        "分别是 和 · not flagged": 107,
        "分别是 和 · over": 107,
        "分别是 和 · under": 97,
    ]

    /// The checks over the statement's span (over each of its lines for a statement with breaks).
    static func overlapping(_ report: DocumentReport, _ statement: String, in text: String) -> [ArithmeticCheck] {
        let fixture = FixtureText(text)
        let pieces = statement.split(separator: "\n").map(String.init)
        let spans = pieces.compactMap { fixture.find($0) }
        guard spans.count == pieces.count else { return [] }
        return report.checks.filter { check in spans.contains { $0.overlaps(line: check.line, column: check.column, length: check.text.count) } }
    }
}
