import Foundation
import Testing
@testable import TaizhangText

/// The checker on 45 real pages nobody annotated (Tests/Fixtures/wild, issue #14, wildinject):
/// dev and test hold too few numbering gaps and duplicates to tell a rule from a fit. Each
/// text is read as found (every numbering, duplicate and missing-number finding is listed in
/// `WildProbeTests.trueFlaws` when it is a real flaw of the page; any other is a false flag),
/// then edited the way a flaw is made: a heading's marker or line deleted (a gap, at the next
/// sibling), the list renumbered after the deletion (no gap), a paragraph's second list marker
/// deleted (二是), a paragraph pasted again (exact, re-wrapped, one letter edited, at the end)
/// and two paragraphs behind one formula (no repeat), a figure deleted before its unit (a
/// missing number where it was). Tables print tuning (001–030) and holdout (031–045) apart.
@Suite struct WildProbeTests {
    /// Findings on the texts as found that are real flaws of the page, read one by one
    /// ("file:line kind"); every other numbering, duplicate or missing-number finding is a false flag.
    static let trueFlaws: Set<String> = []

    @Test func findingsOnTheTextsAsFoundAreRealFlaws() {
        var falseFlags = [String: (Int, Int)](), listed: [String] = []
        for text in WildProbes.texts {
            let report = WildProbes.check(text.lines, text.name)
            for finding in report.findings where [.numbering, .duplicate, .missingNumber].contains(finding.kind) {
                let key = "\(text.name):\(finding.line) \(finding.kind.rawValue)"
                let real = Self.trueFlaws.contains(key)
                let split = text.holdout ? "holdout" : "tuning"
                let slot = "\(split) \(finding.kind.rawValue)"
                falseFlags[slot] = ((falseFlags[slot]?.0 ?? 0) + (real ? 0 : 1), (falseFlags[slot]?.1 ?? 0) + 1)
                let line = text.lines[finding.line - 1]
                listed.append("\(real ? "true " : "FALSE") \(key) «\(finding.text.prefix(24))» \(finding.message.prefix(60)) | \(line.prefix(60))")
            }
        }
        print("wild texts as found, false flags / findings:\n" + falseFlags.keys.sorted().map { "\($0): \(falseFlags[$0]!.0)/\(falseFlags[$0]!.1)" }.joined(separator: "\n"))
        print(listed.joined(separator: "\n"))
        MetamorphicText.write(listed, tag: "wild-as-found")
        for (slot, counts) in falseFlags { #expect(counts.0 <= Self.falseFlagCeiling(slot), "\(slot)") }
    }

    @Test func aDeletedHeadingIsAGapAndARenumberedListIsNot() {
        var tried = [String: Int](), held = [String: Int](), misses: [String] = []
        var renumbered = [String: Int](), invented = [String: Int]()
        for text in WildProbes.texts {
            let lines = text.lines, name = text.name, split = text.holdout ? "holdout" : "tuning"
            let report = WildProbes.check(lines, name)
            let gaps = Set(report.findings.filter { $0.kind == .numbering }.map(\.line))
            for (item, next, _) in WildProbes.siblingPairs(report.outline, lines: lines) where !gaps.contains(item.line) && !gaps.contains(next.line) {
                let family = WildProbes.family(item.marker)
                // Recall: the marker deleted (its title stays), the gap at the next sibling.
                if let deleted = MetamorphicLayoutTests.deleting(item, lines) {
                    MetamorphicForms.count("\(split) marker deleted \(family)", Self.numbering(deleted, name, at: next.line),
                                           &tried, &held, &misses, "\(name):\(item.line) \(item.marker)")
                }
                // Recall: the heading's line deleted, the gap one line up.
                var cut = lines
                cut.remove(at: item.line - 1)
                MetamorphicForms.count("\(split) line deleted \(family)", Self.numbering(cut, name, at: next.line - 1),
                                       &tried, &held, &misses, "\(name):\(item.line) line of \(item.marker)")
                // Precision: the line deleted and every later sibling renumbered one down — no gap anywhere.
                var renumberedLines = cut, ok = true
                for later in report.outline where later.line >= next.line && later.level == item.level && later.document == item.document {
                    if report.outline.contains(where: { $0.line > item.line && $0.line < later.line && $0.level < item.level }) { break }
                    guard let n = WildProbes.number(later.marker), let marker = WildProbes.renumbered(later.marker, to: n - 1),
                          lines[later.line - 1].trimmingCharacters(in: .whitespaces).hasPrefix(later.marker) else { ok = false; break }
                    renumberedLines[later.line - 2] = MetamorphicForms.remark(renumberedLines[later.line - 2], later.marker, marker)
                }
                guard ok else { continue }
                renumbered["\(split) \(family)", default: 0] += 1
                let extra = WildProbes.check(renumberedLines, name).findings.filter { $0.kind == .numbering }
                if extra.count > gaps.count {
                    invented["\(split) \(family)", default: 0] += 1
                    misses.append("[renumbered invented] \(name):\(item.line) " + extra.map { "\($0.line) \($0.message)" }.joined(separator: "; "))
                }
            }
            // A paragraph's own list (一是…二是…三是): the second marker deleted, the gap on its line.
            for (index, range) in WildProbes.inlineSecondMarkers(lines) where !gaps.contains(index + 1) {
                var changed = lines
                let marker = String(lines[index][range])
                changed[index].replaceSubrange(range, with: "")
                MetamorphicForms.count("\(split) inline \(WildProbes.family(marker))", Self.numbering(changed, name, at: index + 1),
                                       &tried, &held, &misses, "\(name):\(index + 1) \(marker)")
            }
        }
        Self.table("wild numbering, a heading deleted, found / tried", tried, held)
        print("… renumbered after the deletion, invented / tried:\n" + renumbered.keys.sorted().map { "\($0): \(invented[$0] ?? 0)/\(renumbered[$0]!)" }.joined(separator: "\n"))
        MetamorphicText.write(misses, tag: "wild-numbering")
        #expect(tried.values.reduce(0, +) > 100)
        #expect(Self.rate(tried, held, "tuning") >= Self.floors["numbering tuning"]!)
        #expect(Self.rate(tried, held, "holdout") >= Self.floors["numbering holdout"]!)
        #expect(invented.values.reduce(0, +) <= Self.ceilings["renumbered invented"]!)
    }

    @Test func aParagraphPastedAgainIsADuplicateAndAFormulaIsNot() {
        var tried = [String: Int](), held = [String: Int](), misses: [String] = []
        var nearTried = 0, invented = 0
        let texts = WildProbes.texts
        let bodies = texts.map { Self.body($0) }
        for (t, text) in texts.enumerated() {
            let lines = text.lines, name = text.name, split = text.holdout ? "holdout" : "tuning"
            let other = bodies[(t + 1) % texts.count].first.map { texts[(t + 1) % texts.count].lines[$0] }
            for (position, index) in bodies[t].prefix(3).enumerated() {
                let line = lines[index]
                var variants: [(String, [String], Int)] = [
                    ("exact", [line], index + 2),
                    ("wrapped at 24", MetamorphicForms.wrapped(line, width: 24), index + 2),
                    ("at the end", ["", line], lines.count),
                ]
                if let edited = WildProbes.oneLetterEdited(line) { variants.append(("one letter edited", [edited], index + 2)) }
                for (key, copy, at) in variants {
                    var changed = lines
                    changed.insert(contentsOf: copy, at: min(at, changed.count))
                    let line = min(at, lines.count) + (key == "at the end" ? 2 : 1)
                    let found = WildProbes.check(changed, name).findings.contains { $0.kind == .duplicate && $0.line == line }
                    MetamorphicForms.count("\(split) \(key)", found, &tried, &held, &misses, "\(name):\(index + 1) \(line) \(lines[index].prefix(30))")
                }
                // Near misses: another page's paragraph behind this one's opening clause, and both
                // behind one formula of official prose.
                guard let other else { continue }
                let formula = Self.formulas[position % Self.formulas.count]
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
        Self.table("wild repeats, a paragraph pasted again, found / tried", tried, held)
        print("… two paragraphs behind one opening, invented / tried: \(invented)/\(nearTried)")
        MetamorphicText.write(misses, tag: "wild-repeats")
        #expect(tried.values.reduce(0, +) > 200)
        #expect(Self.rate(tried, held, "tuning") >= Self.floors["duplicate tuning"]!)
        #expect(Self.rate(tried, held, "holdout") >= Self.floors["duplicate holdout"]!)
        #expect(invented <= Self.ceilings["formula invented"]!)
    }

    @Test func aFigureDeletedBeforeItsUnitIsAMissingNumber() {
        var tried = [String: Int](), held = [String: Int](), misses: [String] = []
        var picker = WildProbes.Picker(state: 14)
        for text in WildProbes.texts {
            let lines = text.lines, name = text.name, split = text.holdout ? "holdout" : "tuning"
            var sites = WildProbes.figureSites(lines)
            for _ in 0..<min(6, sites.count) {
                let site = sites.remove(at: picker.next(sites.count))
                var characters = Array(lines[site.line])
                let unit = String(characters[(site.start + site.length)...].prefix(2))
                characters.removeSubrange(site.start..<(site.start + site.length))
                var changed = lines
                changed[site.line] = String(characters)
                let column = site.start + 1
                let found = WildProbes.check(changed, name).findings.contains { finding in
                    finding.kind == .missingNumber && finding.line == site.line + 1
                        && finding.column <= column + 3 && finding.column + max(finding.text.count, 1) >= column - 1
                }
                let unitClass = unit.hasPrefix("%") ? "%" : unit.contains("元") ? "money" : "measure"
                MetamorphicForms.count("\(split) \(unitClass)", found, &tried, &held, &misses,
                                       "\(name):\(site.line + 1) | \(String(characters[max(0, site.start - 12)..<min(characters.count, site.start + 8)]))")
            }
        }
        Self.table("wild missing numbers, a figure deleted before its unit, found / tried", tried, held)
        MetamorphicText.write(misses, tag: "wild-missing-numbers")
        #expect(tried.values.reduce(0, +) > 100)
        #expect(Self.rate(tried, held, "tuning") >= Self.floors["missing tuning"]!)
        #expect(Self.rate(tried, held, "holdout") >= Self.floors["missing holdout"]!)
    }

    // MARK: helpers

    /// Formulas official prose opens paragraphs with (a guiding line, a list's lead).
    static let formulas = ["一是坚持以习近平新时代中国特色社会主义思想为指导,", "坚持以人民为中心的发展思想,紧紧围绕年度目标任务,", "按照上级的统一部署和要求,"]

    /// Floors and ceilings as measured (wildinject, final rules; docs/checker.md "Twentieth pass —
    /// wildinject"): numbering 118/122 tuning, 21/23 holdout (the misses: a paragraph list's
    /// 一是 line deleted); repeats 205/212, 102/112 (re-wrapped copies); deleted figures 37/64,
    /// 16/41 (measure words inside a noun phrase: 共个方面, 全县个乡镇); renumbered lists 1 of 68
    /// invented (holdout (一)), formulas 1 of 112; false flags on the texts as found 0 in the
    /// tuning set, 4 in the holdout (040's 小(2)型 twice, 032's “千斤粮万元钱”, 044's 机臺 — not tuned on).
    static let floors: [String: Double] = [
        "numbering tuning": 0.96, "numbering holdout": 0.9, "duplicate tuning": 0.96, "duplicate holdout": 0.9,
        "missing tuning": 0.57, "missing holdout": 0.39,
    ]
    /// Session 23 (meta23, disclosed): "formula invented" 1 → 2. The second is no formula: 022 and
    /// 023 are two reposts of one 德育 template, so 022's 具体来说,我们在本学期采取了改进德育工作方法,…,
    /// 积极研究德育工作内容,…,努力提高德育工作的效率。 behind the shared opening 具体来说, followed by
    /// 023's paragraph from its first comma, is 022's paragraph with its middle clauses dropped, 70
    /// letters verbatim — the repeat `EditedRepeats+Clauses` reads. The first (021's) is as before.
    static let ceilings: [String: Int] = ["renumbered invented": 1, "formula invented": 2]
    static func falseFlagCeiling(_ slot: String) -> Int { ["holdout missing-number": 2, "holdout numbering": 2][slot] ?? 0 }

    static func body(_ text: WildProbes.Text) -> [Int] {
        let report = WildProbes.check(text.lines, text.name)
        let reported = Set(report.findings.filter { $0.kind == .duplicate || $0.kind == .boilerplate }.map(\.line))
        return text.lines.indices.filter { index in
            let line = text.lines[index].trimmingCharacters(in: .whitespaces)
            return line.filter({ $0.isLetter || $0.isNumber }).count >= 30 && "。！？!?；;".contains(line.last ?? " ") && !reported.contains(index + 1)
        }
    }

    static func numbering(_ lines: [String], _ name: String, at line: Int) -> Bool {
        WildProbes.check(lines, name).findings.contains { $0.kind == .numbering && $0.line == line }
    }

    static func rate(_ tried: [String: Int], _ held: [String: Int], _ split: String) -> Double {
        let keys = tried.keys.filter { $0.hasPrefix(split) }
        let total = keys.reduce(0) { $0 + tried[$1]! }, found = keys.reduce(0) { $0 + (held[$1] ?? 0) }
        return total == 0 ? 1 : Double(found) / Double(total)
    }

    static func table(_ title: String, _ tried: [String: Int], _ held: [String: Int]) {
        var rows = tried.keys.sorted().map { "\($0): \(held[$0] ?? 0)/\(tried[$0]!)" }
        for split in ["tuning", "holdout"] {
            let keys = tried.keys.filter { $0.hasPrefix(split) }
            rows.append("\(split) total: \(keys.reduce(0) { $0 + (held[$1] ?? 0) })/\(keys.reduce(0) { $0 + tried[$1]! })")
        }
        print(title + ":\n" + rows.joined(separator: "\n"))
    }
}
