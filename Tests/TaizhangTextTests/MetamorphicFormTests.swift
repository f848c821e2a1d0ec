import Foundation
import Testing
@testable import TaizhangText

/// Metamorphic probes of outline and repeat forms on the dev corpus (eighteenth pass,
/// numprobe), beside `MetamorphicStructureTests`: a list of sibling headings of dev rewritten
/// in another marker family (⑴, 1）, 1．, （1）, A., 第一条) must read as before — no finding
/// on its lines — and with its second marker deleted, alone or with a page counter put before
/// the third, must report the skip at the third. A body paragraph of dev pasted again in
/// another form (after a page counter, wrapped into a narrow column, in traditional
/// characters, with full-width digits and punctuation, with one figure changed, at the end of
/// its document) must be reported as a duplicate. Printed; floors keep the reach.
@Suite struct MetamorphicFormTests {
    /// Marker families a list is rewritten into: the marker of item `n`.
    /// `twins`: first markers of the same outline style; a text that uses one keeps its list.
    static let families: [(name: String, marker: @Sendable (Int) -> String, twins: [String])] = [
        ("⑴", { Unicode.Scalar(U.parenthesizedOne + UInt32($0 - 1)).map { String(Character($0)) } ?? "" }, parenTwins),
        ("1）", { "\($0)）" }, parenTwins), ("1．", { "\($0)．" }, ["1.", "1．", "1、", "⒈", "1 、"]), ("（1）", { "（\($0)）" }, parenTwins),
        ("A.", { Unicode.Scalar(0x40 + UInt32($0)).map { String(Character($0)) + "." } ?? "" }, ["A.", "A、", "A．"]),
        ("第一条", { "第" + ChineseNumerals.string($0) + "条 " }, ["第一条"]),
    ]
    static let parenTwins = ["⑴", "(1)", "（1）", "1)", "1）", "( 1 )"]

    @Test func aListInAnotherFamilyReadsTheSame() throws {
        var tried = [String: Int](), held = [String: Int](), misses: [String] = []
        for (url, _) in Fixtures.corpus("dev") {
            let lines = try MetamorphicText.lines(of: url)
            let report = Checker.check(text: lines.joined(separator: "\n"), path: url.lastPathComponent)
            let gaps = Set(report.findings.filter { $0.kind == .numbering }.map(\.line))
            for run in MetamorphicForms.siblingRuns(report.outline, lines: lines) where run.count >= 3 && !run.contains(where: { gaps.contains($0.line) }) {
                let numbers = run.indices.map { $0 + 1 }
                for family in MetamorphicFormTests.families where !lines.contains(where: { line in
                    family.twins.contains { line.trimmingCharacters(in: .whitespaces).hasPrefix($0) } }) {
                    var rewritten = lines
                    for (item, number) in zip(run, numbers) { rewritten[item.line - 1] = MetamorphicForms.remark(lines[item.line - 1], item.marker, family.marker(number)) }
                    // Act: as rewritten (no finding on the list), its second marker deleted (a skip
                    // at the third), and deleted with a page counter before the third.
                    let plain = Checker.check(text: rewritten.joined(separator: "\n"), path: url.lastPathComponent)
                    let listLines = Set(run.map(\.line))
                    MetamorphicForms.count("\(family.name) rewritten", !plain.findings.contains { $0.kind == .numbering && listLines.contains($0.line) },
                                           &tried, &held, &misses, "\(url.lastPathComponent):\(run[0].line)")
                    var deleted = rewritten
                    deleted[run[1].line - 1] = MetamorphicForms.remark(lines[run[1].line - 1], run[1].marker, "")
                    let skip = Checker.check(text: deleted.joined(separator: "\n"), path: url.lastPathComponent)
                    MetamorphicForms.count("\(family.name) deleted", skip.findings.contains { $0.kind == .numbering && $0.line == run[2].line },
                                           &tried, &held, &misses, "\(url.lastPathComponent):\(run[2].line)")
                    var paged = deleted
                    paged.insert("- 2 -", at: run[2].line - 1)
                    let afterPage = Checker.check(text: paged.joined(separator: "\n"), path: url.lastPathComponent)
                    MetamorphicForms.count("\(family.name) deleted, page line", afterPage.findings.contains { $0.kind == .numbering && $0.line == run[2].line + 1 },
                                           &tried, &held, &misses, "\(url.lastPathComponent):\(run[2].line)")
                }
            }
        }
        print("metamorphic outline forms (dev):\n" + tried.keys.sorted().map { "\($0): \(held[$0] ?? 0)/\(tried[$0] ?? 0)" }.joined(separator: "\n"))
        MetamorphicText.write(misses, tag: "forms")
        #expect(tried.values.reduce(0, +) > 100)
        #expect(Double(held.values.reduce(0, +)) >= 0.95 * Double(tried.values.reduce(0, +)))
    }

    @Test func aParagraphPastedInAnotherFormIsADuplicate() throws {
        var tried = [String: Int](), held = [String: Int](), misses: [String] = []
        for (url, goldURL) in Fixtures.corpus("dev") {
            let (lines, report, body) = try MetamorphicText.bodyParagraphs(url, goldURL, letters: 30, endingASentence: true)
            for index in body.prefix(3) {
                let line = lines[index]
                var variants: [(String, [String], Int)] = [
                    ("page line", ["- 2 -", line], index + 4),
                    ("narrow column", MetamorphicForms.wrapped(line, width: 18), index + 3),
                    ("wrapped", MetamorphicForms.wrapped(line, width: 30), index + 3),
                    ("traditional", [MetamorphicForms.traditional(line)], index + 3),
                    ("full-width", [MetamorphicForms.fullWidth(line)], index + 3),
                ]
                if let edited = MetamorphicForms.oneFigureChanged(line) { variants.append(("one figure", [edited], index + 3)) }
                for (name, copy, at) in variants {   // `at`: the copy's first line (1-based)
                    var changed = lines
                    changed.insert(contentsOf: copy, at: min(index + 2, lines.count))
                    let again = Checker.check(text: changed.joined(separator: "\n"), path: url.lastPathComponent)
                    MetamorphicForms.count(name, again.findings.contains { $0.kind == .duplicate && $0.line == at },
                                           &tried, &held, &misses, "\(url.lastPathComponent):\(index + 1) \(line.prefix(30))")
                }
                // Far: verbatim, 12 lines further down, inside its document (not below the page's footer).
                let end = report.subdocuments.first { $0.startLine <= index + 1 && index + 1 <= $0.endLine }?.endLine ?? lines.count
                guard index + 12 < end - 3 else { continue }
                var far = lines
                far.insert(line, at: index + 12)
                let again = Checker.check(text: far.joined(separator: "\n"), path: url.lastPathComponent)
                MetamorphicForms.count("far", again.findings.contains { $0.kind == .duplicate && $0.line == index + 13 },
                                       &tried, &held, &misses, "\(url.lastPathComponent):\(index + 1) \(line.prefix(30))")
            }
        }
        print("metamorphic repeat forms (dev):\n" + tried.keys.sorted().map { "\($0): \(held[$0] ?? 0)/\(tried[$0] ?? 0)" }.joined(separator: "\n"))
        MetamorphicText.write(misses, tag: "repeat-forms")
        // Eighteenth pass: every form ≥ 97 % but the wraps — lines of 30 letters 348 of 420,
        // of 18 (a narrow column) 251 of 420: a copy whose first sentence is short or runs on
        // from a line ending in a colon is reported from a later line, or not at all.
        // Session 23 (meta23), main 6e340be → branch: narrow column 729 → 749/857, wrapped 778 →
        // 785/857 (glossed pages' copies whose wraps cut pinyin readings: `LineText+EdgeRuby`);
        // floors 0.55 → 0.87 and 0.8 → 0.91, the level reached.
        #expect(tried.values.reduce(0, +) > 300)
        for (key, count) in tried {
            let floor = key == "narrow column" ? 0.87 : key == "wrapped" ? 0.91 : 0.97
            #expect(Double(held[key] ?? 0) >= floor * Double(count), "\(key)")
        }
    }
}
