import Foundation
import Testing
@testable import TaizhangText

/// The outline and repeat readers on 40 real pages of fresh outline forms (outline16,
/// Tests/Fixtures/outline-wild): as found against a hand gold (one real gap, no real repeat),
/// then edited the way a flaw is made — a heading's marker or line deleted (every family the
/// page uses, found by `OutlineWildProbes`' own reader, not the checker's outline), a marker
/// repeated, the list renumbered after a deletion (no gap), a paragraph list's second marker
/// deleted; a paragraph pasted again (exact, one figure changed, three letters changed,
/// re-wrapped, at the end) and two paragraphs behind one formula (no repeat).
/// Tables print tuning (001–025) and holdout (026–040) apart, by marker family.
@Suite struct OutlineWildProbeTests {
    static func split(_ text: WildProbes.Text) -> String { text.holdout ? "holdout" : "tuning" }

    @Test func findingsOnThePagesAsFoundMatchTheirGold() {
        var counts = [String: Int](), listed: [String] = []
        let gold = OutlineWildProbes.gold
        for text in OutlineWildProbes.texts {
            let report = WildProbes.check(text.lines, text.name)
            let split = Self.split(text)
            OutlineWildProbes.score(report, text, wanted: gold.filter { $0.file == text.name }, split: split, counts: &counts, listed: &listed)
        }
        print("outline-wild as found (gold: 1 gap, 0 repeats):\n" + counts.keys.sorted().map { "\($0): \(counts[$0]!)" }.joined(separator: "\n"))
        print(listed.joined(separator: "\n"))
        MetamorphicText.write(listed, tag: "outline-wild-as-found")
        #expect((counts["tuning numbering false"] ?? 0) + (counts["tuning duplicate false"] ?? 0) <= Self.ceilings["tuning false"]!)
        #expect((counts["holdout numbering false"] ?? 0) + (counts["holdout duplicate false"] ?? 0) <= Self.ceilings["holdout false"]!)
        #expect((counts["tuning numbering found"] ?? 0) >= Self.realGapsFloor)
    }

    @Test func aDeletedOrRepeatedMarkerIsAGapAndARenumberedListIsNot() {
        let run = Self.injections(OutlineWildProbes.texts, tag: "outline-wild")
        #expect(run.tried.values.reduce(0, +) > 150)
        #expect(WildProbeTests.rate(run.tried, run.held, "tuning") >= Self.floors["numbering tuning"]!)
        #expect(WildProbeTests.rate(run.tried, run.held, "holdout") >= Self.floors["numbering holdout"]!)
        #expect(run.invented.values.reduce(0, +) <= Self.ceilings["renumbered invented"]!)
    }

    /// Each pair of consecutive markers of one family edited as a flaw is made (marker deleted,
    /// line deleted, next marker repeated: found?) and as a writer renumbers (line deleted and
    /// the rest renumbered: a gap invented?); a paragraph list's second marker deleted.
    static func injections(_ texts: [WildProbes.Text], tag: String)
        -> (tried: [String: Int], held: [String: Int], renumbered: [String: Int], invented: [String: Int]) {
        var tried = [String: Int](), held = [String: Int](), misses: [String] = []
        var renumbered = [String: Int](), invented = [String: Int]()
        for text in texts {
            let lines = text.lines, name = text.name, split = Self.split(text)
            let report = WildProbes.check(lines, name)
            let gaps = report.findings.filter { $0.kind == .numbering }
            let gapLines = Set(gaps.map(\.line))
            let markers = OutlineWildProbes.markers(lines)
            for (item, next, first) in OutlineWildProbes.pairs(markers) where !gapLines.contains(item.line + 1) && !gapLines.contains(next.line + 1) {
                let family = item.family + (first ? " first" : "")
                let what = "\(name):\(item.line + 1) \(item.text) → \(next.text)"
                // Recall: the marker deleted (its title stays), the skip at the next item.
                var deleted = lines
                deleted[item.line] = MetamorphicForms.remark(lines[item.line], item.text, "")
                MetamorphicForms.count("\(split) marker deleted \(family)", Self.numbering(deleted, name, at: next.line + 1), &tried, &held, &misses, what)
                // Recall: the line deleted, the skip one line up.
                var cut = lines
                cut.remove(at: item.line)
                MetamorphicForms.count("\(split) line deleted \(family)", Self.numbering(cut, name, at: next.line), &tried, &held, &misses, what + " (line)")
                // Recall: the next marker written with this one's number (a repeat).
                if let again = OutlineWildProbes.renumbered(next, to: item.number) {
                    var repeated = lines
                    repeated[next.line] = MetamorphicForms.remark(lines[next.line], next.text, again)
                    MetamorphicForms.count("\(split) marker repeated \(family)", Self.numbering(repeated, name, at: next.line + 1), &tried, &held, &misses, what + " (repeat)")
                }
                // Precision: the line deleted and the rest of the list renumbered one down.
                var chain = [next], ok = true
                while let last = chain.last, let k = markers.firstIndex(where: { $0.line > last.line && $0.family == last.family }),
                      markers[k].number == last.number + 1 { chain.append(markers[k]) }
                var fixed = cut
                for later in chain {
                    guard let marker = OutlineWildProbes.renumbered(later, to: later.number - 1) else { ok = false; break }
                    fixed[later.line - 1] = MetamorphicForms.remark(fixed[later.line - 1], later.text, marker)
                }
                guard ok else { continue }
                renumbered["\(split) \(item.family)", default: 0] += 1
                let extra = WildProbes.check(fixed, name).findings.filter { $0.kind == .numbering }
                if extra.count > gaps.count {
                    invented["\(split) \(item.family)", default: 0] += 1
                    misses.append("[renumbered invented] \(what) " + extra.map { "\($0.line) \($0.message)" }.joined(separator: "; "))
                }
            }
            for (index, range) in WildProbes.inlineSecondMarkers(lines) where !gapLines.contains(index + 1) {
                var changed = lines
                let marker = String(lines[index][range])
                changed[index].replaceSubrange(range, with: "")
                MetamorphicForms.count("\(split) inline deleted \(WildProbes.family(marker))", Self.numbering(changed, name, at: index + 1),
                                       &tried, &held, &misses, "\(name):\(index + 1) \(marker)")
            }
        }
        WildProbeTests.table("\(tag) numbering, a marker deleted or repeated, found / tried", tried, held)
        print("… renumbered after the deletion, invented / tried:\n" + renumbered.keys.sorted().map { "\($0): \(invented[$0] ?? 0)/\(renumbered[$0]!)" }.joined(separator: "\n"))
        MetamorphicText.write(misses, tag: "\(tag)-numbering")
        return (tried, held, renumbered, invented)
    }

    @Test func aParagraphPastedAgainIsARepeatAndAFormulaIsNot() {
        var tried = [String: Int](), held = [String: Int](), misses: [String] = []
        var nearTried = 0, invented = 0
        let texts = OutlineWildProbes.texts
        let bodies = texts.map { WildProbeTests.body($0) }
        for (t, text) in texts.enumerated() {
            let lines = text.lines, name = text.name, split = Self.split(text)
            let other = bodies[(t + 1) % texts.count].first.map { texts[(t + 1) % texts.count].lines[$0] }
            for (position, index) in bodies[t].prefix(3).enumerated() {
                let line = lines[index]
                var variants: [(String, [String], Int)] = [
                    ("exact", [line], index + 2),
                    ("wrapped at 24", MetamorphicForms.wrapped(line, width: 24), index + 2),
                    ("at the end", ["", line], lines.count),
                ]
                if let edited = Self.figureChanged(line) { variants.append(("one figure changed", [edited], index + 2)) }
                if let edited = Self.lettersChanged(line, 3) { variants.append(("three letters changed", [edited], index + 2)) }
                for (key, copy, at) in variants {
                    var changed = lines
                    changed.insert(contentsOf: copy, at: min(at, changed.count))
                    let target = min(at, lines.count) + (key == "at the end" ? 2 : 1)
                    let found = WildProbes.check(changed, name).findings.contains { $0.kind == .duplicate && $0.line == target }
                    MetamorphicForms.count("\(split) \(key)", found, &tried, &held, &misses, "\(name):\(index + 1) \(lines[index].prefix(30))")
                }
                guard let other else { continue }
                let formula = WildProbeTests.formulas[position % WildProbeTests.formulas.count]
                var pairs: [(String, String)] = [(formula + line, formula + other)]
                if let shared = MetamorphicLayouts.sharedOpening(line, other) { pairs.append((line, shared)) }
                for (first, second) in pairs {
                    var changed = lines
                    changed[index] = first
                    changed.insert(second, at: min(index + 2, changed.count))
                    nearTried += 1
                    if WildProbes.check(changed, name).findings.contains(where: { $0.kind == .duplicate && $0.line == min(index + 2, lines.count) + 1 }) {
                        invented += 1
                        misses.append("[formula invented] \(name):\(index + 1) \(second.prefix(40))")
                    }
                }
            }
        }
        WildProbeTests.table("outline-wild repeats, a paragraph pasted again, found / tried", tried, held)
        print("… two paragraphs behind one opening, invented / tried: \(invented)/\(nearTried)")
        MetamorphicText.write(misses, tag: "outline-wild-repeats")
        #expect(tried.values.reduce(0, +) > 150)
        #expect(WildProbeTests.rate(tried, held, "tuning") >= Self.floors["duplicate tuning"]!)
        #expect(WildProbeTests.rate(tried, held, "holdout") >= Self.floors["duplicate holdout"]!)
        #expect(invented <= Self.ceilings["formula invented"]!)
    }

    // MARK: helpers

    /// Floors and ceilings as measured on this branch's rules (docs/checker.md "Twenty-second pass —
    /// outline16"): numbering 115/119 tuning, 37/37 holdout (misses: a first item of a list
    /// under a sibling list's end, (壹) and 一是 — a list that opens at 二 reads as an excerpt);
    /// repeats 194/216, 138/158 (three letters substituted: parallel statements swap words the
    /// same way, never taken); no false flag on the pages as found, the real gap (018) found.
    static let floors: [String: Double] = [
        "numbering tuning": 0.96, "numbering holdout": 0.97, "duplicate tuning": 0.89, "duplicate holdout": 0.87,
    ]
    static let realGapsFloor = 1
    static let ceilings: [String: Int] = ["renumbered invented": 0, "formula invented": 1, "tuning false": 0, "holdout false": 0]

    static func numbering(_ lines: [String], _ name: String, at line: Int) -> Bool {
        WildProbes.check(lines, name).findings.contains { $0.kind == .numbering && $0.line == line }
    }

    /// The paragraph with its middle figure's first digit raised by one (a copy with one number edited).
    static func figureChanged(_ line: String) -> String? {
        var c = Array(line)
        let digits = c.indices.filter { c[$0].isASCII && c[$0].isNumber && ($0 == 0 || !(c[$0 - 1].isASCII && c[$0 - 1].isNumber)) }
        guard !digits.isEmpty else { return nil }
        let i = digits[digits.count / 2]
        c[i] = Character(String((Int(String(c[i]))! + 1) % 10))
        return String(c)
    }

    /// The paragraph with `n` letters spread over it replaced (a copy edited in a few places).
    static func lettersChanged(_ line: String, _ n: Int) -> String? {
        var c = Array(line)
        let letters = c.indices.filter { c[$0].isLetter && !c[$0].isASCII }
        guard letters.count >= 30 else { return nil }
        for k in 1...n {
            let i = letters[letters.count * k / (n + 1)]
            c[i] = c[i] == "某" ? "该" : "某"
        }
        return String(c)
    }
}
