import Foundation
import Testing
@testable import TaizhangText

/// A paragraph pasted again with the edits a writer makes to a copy (session 18, dup18), beside
/// `MetamorphicStructureTests` (verbatim, two figures changed two lines down) and
/// `MetamorphicLayoutTests` (page breaks, headings, half-width, traditional, a sentence twice):
/// the first three body paragraphs (80 letters or more, ending a sentence) of each dev text
/// pasted again below the body's last paragraph — the summary restating a section — with a clause
/// added after its first clause, a clause dropped, a figure changed and the copy wrapped at 20
/// letters, or appended to the end of another paragraph. The copy's first line must be reported.
/// Precision: the same texts untouched report no duplicate the gold does not hold.
@Suite struct MetamorphicEditTests {
    static let forms = ["clause added", "clause dropped", "figure changed", "wrapped at 20", "figure changed, wrapped at 20",
                        "appended to a paragraph"]

    /// The copy as `form` writes it, or nil when the paragraph has no clause to add or drop.
    static func edit(_ line: String, form: String, donor: String) -> [String]? {
        let text = line.trimmingCharacters(in: .whitespaces)
        let characters = Array(text)
        let breaks: Set<Character> = ["，", ",", "；", ";"]
        let cuts = characters.indices.filter { breaks.contains(characters[$0]) }
        switch form {
        case "clause added":
            // A clause of another paragraph (its second), inserted after the copy's first.
            let donorCharacters = Array(donor)
            let donorCuts = donorCharacters.indices.filter { breaks.contains(donorCharacters[$0]) }
            guard let first = cuts.first, donorCuts.count >= 2, donorCuts[1] - donorCuts[0] > 4 else { return nil }
            let clause = donorCharacters[(donorCuts[0] + 1)...donorCuts[1]]
            return [String(characters[...first] + clause + characters[(first + 1)...])]
        case "clause dropped":
            guard cuts.count >= 3 else { return nil }
            return [String(characters[...cuts[0]] + characters[(cuts[1] + 1)...])]
        case "figure changed":
            return figureChanged(characters).map { [String($0)] }
        case "wrapped at 20", "figure changed, wrapped at 20":
            guard let edited = form == "wrapped at 20" ? characters : figureChanged(characters) else { return nil }
            return stride(from: 0, to: edited.count, by: 20).map { String(edited[$0..<min(edited.count, $0 + 20)]) }
        default:
            return [donor + text]
        }
    }

    /// The first figure's first digit raised by one (500余份 → 600余份); nil without a figure.
    static func figureChanged(_ characters: [Character]) -> [Character]? {
        guard let at = characters.firstIndex(where: { $0.isASCII && $0.isNumber }), let digit = Int(String(characters[at])) else { return nil }
        var edited = characters
        edited[at] = Character(String((digit + 1) % 10))
        return edited
    }

    @Test func aParagraphCopiedWithAWritersEditsIsADuplicate() throws {
        var tried = [String: Int](), held = [String: Int](), misses: [String] = []
        var untouched = 0, invented = 0, stray = [String: Int](), all = [String]()
        for (url, goldURL) in Fixtures.corpus("dev") {
            let (lines, report, body) = try MetamorphicText.bodyParagraphs(url, goldURL, letters: 80, endingASentence: true)
            // Precision on the text as found: no duplicate where the gold has none.
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: goldURL))
            let text = FixtureText(lines.joined(separator: "\n"))
            let goldLines = Set(gold.duplicates.compactMap { text.find($0.second, occurrence: $0.first == $0.second ? 2 : 1)?.line })
            untouched += 1
            // Every duplicate finding on the texts as found, for comparing two builds (written with the misses).
            all += report.findings.filter { $0.kind == .duplicate }.map { "\(url.lastPathComponent):\($0.line):\($0.column) \($0.message)" }
            let extra = report.findings.filter { $0.kind == .duplicate && !goldLines.contains($0.line) }
            if !extra.isEmpty { invented += 1; misses.append("[invented] \(url.lastPathComponent):" + extra.map { "\($0.line)" }.joined(separator: ",")) }
            guard body.count >= 2, let last = body.last else { continue }
            for index in body.prefix(3) where index != last {
                for form in Self.forms {
                    guard let copy = Self.edit(lines[index], form: form, donor: lines[last].trimmingCharacters(in: .whitespaces)) else { continue }
                    var changed = lines
                    let at: Int
                    if form == "appended to a paragraph" {
                        at = last
                        changed[last] = copy[0]
                    } else {
                        at = last + 1
                        changed.insert(contentsOf: copy, at: at)
                    }
                    let again = Checker.check(text: changed.joined(separator: "\n"), path: url.lastPathComponent)
                    tried[form, default: 0] += 1
                    // Reported once per copy: another line of the copy reported is a stray report.
                    let copyLines = (at + 2)..<(at + 1 + copy.count)
                    if again.findings.contains(where: { $0.kind == .duplicate && copyLines.contains($0.line) }) { stray[form, default: 0] += 1 }
                    if again.findings.contains(where: { $0.kind == .duplicate && $0.line == at + 1 }) {
                        held[form, default: 0] += 1
                    } else {
                        misses.append("\(url.lastPathComponent):\(index + 1) [\(form)] \(copy[0].prefix(40))")
                    }
                }
            }
        }
        print("metamorphic edited copies (dev), found / tried (copies also reported on a later line of theirs):\n"
              + Self.forms.map { "\($0): \(held[$0] ?? 0)/\(tried[$0] ?? 0) (\(stray[$0] ?? 0))" }.joined(separator: "\n")
              + "\nuntouched texts with a duplicate the gold does not hold: \(invented)/\(untouched)")
        MetamorphicText.write(misses, tag: "edits")
        MetamorphicText.write(all, tag: "dev-duplicates")
        #expect(tried.values.reduce(0, +) > 300)
        // Session 18 (dup18), main → branch: clause added 254/263, clause dropped 217/259, figure
        // changed 195/196, appended 264/264 (unchanged); wrapped at 20 226 → 254/264, figure changed
        // and wrapped 29 → 177/196 (the wrapped block); no untouched text invented a repeat. Floors
        // as measured. A copy also reported on a later line of its own (the sentence rule, as on main):
        // wrapped 21, figure changed and wrapped 110 — a ceiling as measured, not a goal.
        // Session 19 (lead, disclosed): "wrapped at 20" 0.96 → 0.958 when series ze joined dev —
        // 280 of 292, one copy short of 0.96; the copy lost is ze07's paragraph of traditional
        // characters glossed with pinyin in brackets (會(huì)澤縣), which wraps through its
        // glosses; without ze the merged rules hold 264 of 275 as session 18. Not fitted here.
        // Session 20 (lead, disclosed): 0.958 → 0.955 when series zf joined dev — 299 of 313; the
        // two copies lost are zf16's paragraph glossed with pinyin (the ze07 family above) and
        // zf18's paragraph indented by seven spaces; main (7839189) held 280 of 292 before zf.
        // Session 21 (lead, disclosed): "clause dropped" 0.83 → 0.825 when series zg joined dev —
        // 265 of 321 (0.8255; 0.83 wants 266.4); main (3192654) held 257 of 308 (0.834) before zg.
        // The copies lost are short paragraphs of long clauses in zg10, zg11 and zg12 (dropping one
        // clause leaves too little of the paragraph to match); the same rules, the corpus grown.
        // Session 22 (dup22), main b4732b8 → branch: clause added 311 → 317/322, clause dropped
        // 265 → 273/321, figure changed and wrapped 218 → 219/241 (a copy whose shorter paragraph
        // lies within the longer: `ParagraphSketch+Containment`); the rest and the untouched texts
        // unchanged. Floors raised to the level reached. At the merge (series zh joined dev, 14
        // texts): clause added 326 of 331 (0.985), clause dropped 278 of 329 (0.845), wrapped at
        // 20 319 of 335 (0.952) — the copies lost are zh03's pinyin-glossed paragraphs and short
        // paragraphs of long clauses; floors 0.84 and 0.95 (disclosed in docs/checker.md
        // "Session 22 — merged main").
        // Session 23 (meta23), main 6e340be → branch: clause added 326 → 331/331, clause dropped
        // 278 → 328/329 (whole clauses dropped or added inside a paragraph: `EditedRepeats+Clauses`;
        // the copy left is zg10's, 29 letters after the drop), wrapped at 20 319 → 326/335 and
        // figure changed, wrapped at 20 224 → 228/248 (pinyin readings cut by a line's edges:
        // `LineText+EdgeRuby`); the untouched texts unchanged (0 of 479). Floors raised to the level reached.
        let floors = ["clause added": 0.99, "clause dropped": 0.99, "figure changed": 0.99, "wrapped at 20": 0.97,
                      "figure changed, wrapped at 20": 0.91, "appended to a paragraph": 1.0]
        for (form, floor) in floors { #expect(Double(held[form] ?? 0) >= floor * Double(tried[form] ?? 1), "\(form)") }
        for (form, count) in stray { #expect(Double(count) <= 0.6 * Double(tried[form] ?? 1), "\(form)") }
        #expect(invented == 0)
    }
}
