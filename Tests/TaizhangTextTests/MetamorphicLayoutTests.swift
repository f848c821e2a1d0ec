import Foundation
import Testing
@testable import TaizhangText

/// Metamorphic probes of the outline and repeat rules in the layouts extraction and copy-paste
/// leave (session 13, numdup3), beside `MetamorphicStructureTests` and `MetamorphicFormTests`:
/// every run of ≥ 3 sibling headings of dev laid out glued to the paragraph above, joined with
/// its own text, flattened onto one line (with the title in front), with full-width markers,
/// in traditional capitals (壹、貳、), in traditional characters, or over a page break — must
/// read with no finding as laid out (precision), and with a marker deleted, in every position
/// but the last, must report the skip at the next sibling (recall). A body paragraph pasted
/// again after a page break and its running head, under another heading, half-width and
/// spaced, in traditional characters wrapped at another width, or a sentence pasted twice
/// inside its paragraph must be reported; a paragraph sharing only the opening clause of
/// another (根据… / 为进一步…) must not. Printed; floors keep the reach.
@Suite struct MetamorphicLayoutTests {
    @Test func aListLaidOutAsExtractedKeepsItsGaps() throws {
        var tried = [String: Int](), held = [String: Int](), misses: [String] = []
        var laidOut = [String: Int](), invented = [String: Int](), families = [String: (Int, Int)]()
        for (url, goldURL) in Fixtures.corpus("dev") {
            let lines = try MetamorphicText.lines(of: url)
            let report = Checker.check(text: lines.joined(separator: "\n"), path: url.lastPathComponent)
            // A run of headings the gold calls chrome is a site's table of contents (the page's
            // menu above the title), not the document's outline: its gaps are nobody's (zfix).
            let chrome = try Self.chromeLines(url, goldURL)
            let gaps = Set(report.findings.filter { $0.kind == .numbering }.map(\.line))
            let outline = Set(report.outline.map(\.line)), head = MetamorphicLayouts.head(lines, outline: outline)
            let name = url.lastPathComponent
            for run in MetamorphicForms.siblingRuns(report.outline, lines: lines) where run.count >= 3 && !run.contains(where: { gaps.contains($0.line) || chrome.contains($0.line) }) {
                let family = Self.family(run[0].marker)
                let layouts: [(String, ([String]) -> MetamorphicLayouts.Layout?)] = [
                    ("plain", { MetamorphicLayouts.Layout(lines: $0, at: run.map(\.line)) }),
                    ("glued", { MetamorphicLayouts.glued($0, run) }),
                    ("with its text", { MetamorphicLayouts.withText($0, run, outline: outline) }),
                    ("one line", { MetamorphicLayouts.oneLine($0, run, outline: outline) }),
                    ("full-width", { MetamorphicLayouts.fullWidthMarkers($0, run) }),
                    ("capitals", { MetamorphicLayouts.capitalMarkers($0, run) }),
                    ("traditional", { MetamorphicLayouts.Layout(lines: $0.map(MetamorphicForms.traditional), at: run.map(\.line)) }),
                ]
                for (key, lay) in layouts {
                    // Precision: laid out, nothing deleted — no numbering finding more than before.
                    guard let plain = lay(lines) else { continue }
                    let extra = Self.numberingFindings(plain.lines, name).filter { !gaps.contains($0.line) }
                    if !extra.isEmpty { invented[key, default: 0] += 1; misses.append("[\(key) invented] \(name):\(run[0].line) " + extra.map { "\($0.line) \($0.message)" }.joined(separator: "; ")) }
                    laidOut[key, default: 0] += 1
                    // Recall: the marker of item k deleted before the layout, the skip at item k+1.
                    for k in 0..<(run.count - 1) where k > 0 || run[0].level >= 2 && Self.underParent(run[0], report.outline) {
                        guard let deleted = Self.deleting(run[k], lines), let layout = lay(deleted) else { continue }
                        let found = Self.found(layout.lines, name, at: layout.at[k + 1])
                        let slot = k == 0 ? "\(key), first" : key
                        MetamorphicForms.count(slot, found, &tried, &held, &misses, "\(name):\(run[k].line) \(run[k].marker)")
                        families[family] = ((families[family]?.0 ?? 0) + 1, (families[family]?.1 ?? 0) + (found ? 1 : 0))
                    }
                }
                // Over a page break (a page number and the running head): the deleted item's next
                // sibling after the break; a heading split over the break, alone (precision) and with
                // the sibling after it deleted.
                let plain = MetamorphicLayouts.Layout(lines: lines, at: run.map(\.line))
                for k in 1..<(run.count - 1) {
                    if let deleted = Self.deleting(run[k], lines) {
                        let paged = MetamorphicLayouts.pageBreak(MetamorphicLayouts.Layout(lines: deleted, at: plain.at), before: run[k + 1].line, head: head)
                        MetamorphicForms.count("page break", Self.found(paged.lines, name, at: paged.at[k + 1]), &tried, &held, &misses, "\(name):\(run[k].line)")
                    }
                    guard let split = MetamorphicLayouts.splitHeading(plain, line: run[k - 1].line, marker: run[k - 1].marker, head: head) else { continue }
                    laidOut["split heading", default: 0] += 1
                    if Self.numbering(split.lines, name) > gaps.count { invented["split heading", default: 0] += 1; misses.append("[split invented] \(name):\(run[k - 1].line)") }
                    let shifted = run.map { $0.line > run[k - 1].line ? OutlineItem(level: $0.level, marker: $0.marker, title: $0.title, line: $0.line + 3, document: $0.document) : $0 }
                    if let deleted = Self.deleting(shifted[k], split.lines) {
                        MetamorphicForms.count("split heading", Self.found(deleted, name, at: split.at[k + 1]), &tried, &held, &misses, "\(name):\(run[k].line)")
                    }
                }
            }
        }
        print("metamorphic outline layouts (dev), found / tried:\n" + tried.keys.sorted().map { "\($0): \(held[$0] ?? 0)/\(tried[$0] ?? 0)" }.joined(separator: "\n"))
        print("… by family: " + families.keys.sorted().map { "\($0) \(families[$0]!.1)/\(families[$0]!.0)" }.joined(separator: ", "))
        print("… invented (a gap where none was made) / laid out:\n" + laidOut.keys.sorted().map { "\($0): \(invented[$0] ?? 0)/\(laidOut[$0] ?? 0)" }.joined(separator: "\n"))
        MetamorphicText.write(misses, tag: "layouts")
        #expect(tried.values.reduce(0, +) > 300)
        for (key, count) in tried { #expect(Double(held[key] ?? 0) >= Self.floor(key) * Double(count), "\(key)") }
        // Session 13: no layout invents a gap (0 of 28–56 each; glued 2 and capitals 1 before).
        for (key, count) in laidOut { #expect(Double(invented[key] ?? 0) <= 0.03 * Double(count), "\(key) invented") }
    }

    @Test func aParagraphPastedInACopyPasteFormIsADuplicate() throws {
        var tried = [String: Int](), held = [String: Int](), misses: [String] = []
        var nearTried = 0, invented = 0, previous: [String] = []
        for (url, goldURL) in Fixtures.corpus("dev") {
            let (lines, report, body) = try MetamorphicText.bodyParagraphs(url, goldURL, letters: 30, endingASentence: true)
            let head = MetamorphicLayouts.head(lines, outline: Set(report.outline.map(\.line))), name = url.lastPathComponent
            defer { if !body.isEmpty { previous = body.prefix(3).map { lines[$0] } } }
            for (position, index) in body.prefix(3).enumerated() {
                let line = lines[index]
                // (name, lines inserted two lines down or nil for the line itself, the copy's line)
                var variants: [(String, [String]?, Int)] = [
                    ("page break and running head", ["- 2 -", head, line], index + 5),
                    ("under another heading", ["（九）其他工作", line], index + 4),
                    ("half-width, spaced", [MetamorphicLayouts.halfWidthSpaced(line)], index + 3),
                    ("traditional, wrapped at 24", MetamorphicForms.wrapped(MetamorphicForms.traditional(line), width: 24), index + 3),
                ]
                if let twice = MetamorphicLayouts.sentenceTwice(line) { variants.append(("sentence twice in its paragraph", [twice], index + 1)) }
                for (key, copy, at) in variants {
                    var changed = lines
                    if key.hasPrefix("sentence") { changed[index] = copy![0] } else { changed.insert(contentsOf: copy!, at: min(index + 2, lines.count)) }
                    let again = Checker.check(text: changed.joined(separator: "\n"), path: name)
                    MetamorphicForms.count(key, again.findings.contains { $0.kind == .duplicate && $0.line == at },
                                           &tried, &held, &misses, "\(name):\(index + 1) \(line.prefix(30))")
                }
                // Near miss: another text's paragraph (the previous file's) behind this one's opening clause.
                guard !previous.isEmpty else { continue }
                let other = previous[position % previous.count]
                guard let shared = MetamorphicLayouts.sharedOpening(line, other) else { continue }
                var changed = lines
                changed.insert(shared, at: min(index + 2, lines.count))
                let again = Checker.check(text: changed.joined(separator: "\n"), path: name)
                nearTried += 1
                if again.findings.contains(where: { $0.kind == .duplicate && $0.line == index + 3 }) {
                    invented += 1
                    misses.append("[shared opening invented] \(name):\(index + 1) \(shared.prefix(30))")
                }
            }
        }
        print("metamorphic copy-paste repeats (dev), found / tried:\n" + tried.keys.sorted().map { "\($0): \(held[$0] ?? 0)/\(tried[$0] ?? 0)" }.joined(separator: "\n")
              + "\nshared opening clause, invented / tried: \(invented)/\(nearTried)")
        MetamorphicText.write(misses, tag: "copy-paste")
        #expect(tried.values.reduce(0, +) > 300)
        for (key, count) in tried { #expect(Double(held[key] ?? 0) >= Self.floor(key) * Double(count), "\(key)") }
        #expect(nearTried > 100)
        // Session 13: 2 of 300 — openings of 40 letters or more in one clause (根据…中心(以下简称…)…统计,);
        // 0 of 332 since dupnear compares what follows the opening: at most one in 300.
        #expect(Double(invented) <= 0.003 * Double(nearTried))
    }

    /// Floors as measured (session 13, numdup3; found / tried in the docs); a layout below is a
    /// regression. The weak ones: a heading glued to a paragraph with neither stop nor title
    /// end between (…有序的生活二、文化活动经过…), a table of contents' 3. 4. lines flattened, a
    /// narrow column's wraps in traditional characters.
    /// Merged main, session 13: series x and y joined dev after these were set on a–w; glued
    /// 65/77 → 66/79 (their two new runs' glued deletions missed), so glued is 0.83 (was 0.84).
    /// dupnear: a sentence twice 219/230 → 229/230 (0.94 → 0.97), wrapped at 24 333/524 → 347/524
    /// (0.63 → 0.65) — a sentence begun on a stopless line before is also read from its own line.
    /// Session 23 (meta23), main 6e340be → branch: traditional, wrapped at 24 755 → 773/857 (0.65 →
    /// 0.90) — the glossed pages' copies, whose wraps cut pinyin readings (`LineText+EdgeRuby`).
    static func floor(_ key: String) -> Double {
        ["plain": 0.95, "glued": 0.83, "with its text": 0.95, "one line": 0.76, "full-width": 0.9, "capitals": 0.95, "traditional": 0.95,
         "page break": 0.95, "split heading": 0.95, "half-width, spaced": 0.97, "page break and running head": 0.97,
         "under another heading": 0.97, "sentence twice in its paragraph": 0.97, "traditional, wrapped at 24": 0.9][key] ?? 0.9
    }

    /// The marker's family: digits as 1, Chinese numerals as 一 (1. (1) 一、 (一) 一是 ①).
    static func family(_ marker: String) -> String {
        var out = "", last: Character = " "
        for c in marker {
            let f: Character = c.isASCII && c.isNumber ? "1" : "一二三四五六七八九十".contains(c) ? "一" : c
            if f != last || (f != "1" && f != "一") { out.append(f) }
            last = f
        }
        return out
    }

    /// A list's first item right under its parent heading (a lost first item is a skip there).
    static func underParent(_ item: OutlineItem, _ outline: [OutlineItem]) -> Bool {
        guard let index = outline.firstIndex(of: item), index > 0 else { return false }
        return outline[index - 1].level == item.level - 1 && outline[index - 1].document == item.document
    }

    static func deleting(_ item: OutlineItem, _ lines: [String]) -> [String]? {
        guard item.line <= lines.count, lines[item.line - 1].range(of: item.marker) != nil else { return nil }
        var lines = lines
        lines[item.line - 1] = MetamorphicForms.remark(lines[item.line - 1], item.marker, "")
        return lines
    }

    /// Line numbers (1-based) of the lines gold marks as boilerplate, placed as the accuracy
    /// scoring places them (`GoldEvaluation.placeBoilerplate`: a table of contents' heading is
    /// its own line, not the body heading that repeats its words).
    static func chromeLines(_ url: URL, _ goldURL: URL) throws -> Set<Int> {
        let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: goldURL))
        let text = FixtureText(try String(contentsOf: url, encoding: .utf8))
        return Set(GoldEvaluation.placeBoilerplate(gold.boilerplate, in: text).compactMap(\.0))
    }

    static func numbering(_ lines: [String], _ name: String) -> Int { numberingFindings(lines, name).count }

    static func numberingFindings(_ lines: [String], _ name: String) -> [Finding] {
        Checker.check(text: lines.joined(separator: "\n"), path: name).findings.filter { $0.kind == .numbering }
    }

    static func found(_ lines: [String], _ name: String, at line: Int) -> Bool {
        Checker.check(text: lines.joined(separator: "\n"), path: name).findings.contains { $0.kind == .numbering && $0.line == line }
    }
}
