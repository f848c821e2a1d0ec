import Foundation
import Testing
@testable import TaizhangText

/// Metamorphic probes of the outline and repeat rules on the dev corpus (session 11): a
/// heading's marker deleted must leave a numbering gap at the next sibling; a body paragraph
/// pasted again two lines down, verbatim or with a few words changed, must be reported as a
/// duplicate. Dev holds few real gaps and repeats (test: 4 and 2), so the rules' reach over
/// every outline and paragraph of dev is the larger sample. Printed; floors keep it.
@Suite struct MetamorphicStructureTests {
    @Test func aDeletedHeadingLeavesAGapAtTheNextSibling() throws {
        // Setup
        var tried = [String: Int](), held = [String: Int](), misses: [String] = []
        for (url, _) in Fixtures.corpus("dev") {
            let lines = try MetamorphicText.lines(of: url)
            let report = Checker.check(text: lines.joined(separator: "\n"), path: url.lastPathComponent)
            let gaps = Set(report.findings.filter { $0.kind == .numbering }.map(\.line))
            let items = report.outline
            for (index, item) in items.enumerated() where index + 1 < items.count {
                let next = items[index + 1]
                // Siblings of a numbered list: the next item at the same level, with no gap yet.
                // Not a list's first item: a list may start at 二 (an excerpt), never a finding.
                let earlier = items[..<index].last { $0.level <= item.level || $0.document != item.document }
                guard next.level == item.level, next.document == item.document, !gaps.contains(next.line),
                      earlier?.level == item.level, earlier?.document == item.document,
                      let marker = lines[item.line - 1].range(of: item.marker) else { continue }
                // Act: the marker deleted (a skip), or the next one written as this one (a repeat).
                for variant in ["deleted", "repeated"] {
                    var changed = lines
                    if variant == "deleted" {
                        changed[item.line - 1].removeSubrange(marker)
                    } else if let nextMarker = changed[next.line - 1].range(of: next.marker) {
                        changed[next.line - 1].replaceSubrange(nextMarker, with: item.marker)
                    }
                    let again = Checker.check(text: changed.joined(separator: "\n"), path: url.lastPathComponent)
                    // Assert (counted)
                    let key = "level \(item.level) \(variant)"
                    tried[key, default: 0] += 1
                    if again.findings.contains(where: { $0.kind == .numbering && $0.line == next.line }) {
                        held[key, default: 0] += 1
                    } else {
                        misses.append("\(url.lastPathComponent):\(item.line) [\(key)] \(item.marker) → \(next.marker)")
                    }
                }
            }
        }
        let table = tried.keys.sorted().map { "\($0): \(held[$0] ?? 0)/\(tried[$0] ?? 0)" }
        print("metamorphic outline (dev), a heading's marker deleted or repeated:\n" + table.joined(separator: "\n"))
        MetamorphicText.write(misses, tag: "outline")
        // Session 11: 157 of 159 (the two: a site's preview repeating the first heading, and a
        // collection's next piece restarting at 1、).
        #expect(tried.values.reduce(0, +) > 100)
        #expect(Double(held.values.reduce(0, +)) >= 0.97 * Double(tried.values.reduce(0, +)))
    }

    /// Inside a paragraph: 一是…;二是…;三是…, (1)…(2)…(3)…, ①②③: the second marker deleted
    /// leaves a skip at the third, the third written as the second a repeat, on that line.
    @Test func aDeletedInlineMarkerLeavesAGap() throws {
        var tried = [String: Int](), held = [String: Int](), misses: [String] = []
        for (url, _) in Fixtures.corpus("dev") {
            let lines = try MetamorphicText.lines(of: url)
            let report = Checker.check(text: lines.joined(separator: "\n"), path: url.lastPathComponent)
            let gaps = Set(report.findings.filter { $0.kind == .numbering }.map(\.line))
            for (index, line) in lines.enumerated() where !gaps.contains(index + 1) {
                for family in MetamorphicText.inlineFamilies {
                    guard let first = line.range(of: family[0]), let second = line.range(of: family[1], range: first.upperBound..<line.endIndex),
                          let third = line.range(of: family[2], range: second.upperBound..<line.endIndex),
                          second.lowerBound > line.index(first.upperBound, offsetBy: 4, limitedBy: line.endIndex) ?? line.endIndex
                            || line.distance(from: first.upperBound, to: second.lowerBound) >= 4 else { continue }
                    for variant in ["deleted", "repeated"] {
                        var changed = lines
                        changed[index] = variant == "deleted" ? line.replacingCharacters(in: second, with: "")
                            : line.replacingCharacters(in: third, with: family[1])
                        let again = Checker.check(text: changed.joined(separator: "\n"), path: url.lastPathComponent)
                        let key = "\(family[0]) \(variant)"
                        tried[key, default: 0] += 1
                        if again.findings.contains(where: { $0.kind == .numbering && $0.line == index + 1 }) {
                            held[key, default: 0] += 1
                        } else {
                            misses.append("\(url.lastPathComponent):\(index + 1) [\(key)] \(line.prefix(50))")
                        }
                    }
                }
            }
        }
        print("metamorphic inline lists (dev):\n" + tried.keys.sorted().map { "\($0): \(held[$0] ?? 0)/\(tried[$0] ?? 0)" }.joined(separator: "\n"))
        MetamorphicText.write(misses, tag: "inline")
        // Session 11: dev holds these lists as 一是…二是…三是 only (18 lines): 33 of 36, the
        // misses whole documents on one line (a PDF's text) and a 要 list read as a sentence's.
        #expect(tried.values.reduce(0, +) > 20)
        #expect(Double(held.values.reduce(0, +)) >= 0.85 * Double(tried.values.reduce(0, +)))
    }

    @Test func aParagraphPastedAgainIsADuplicate() throws {
        var tried = [String: Int](), held = [String: Int](), misses: [String] = []
        for (url, goldURL) in Fixtures.corpus("dev") {
            let (lines, _, body) = try MetamorphicText.bodyParagraphs(url, goldURL, letters: 80, endingASentence: false)
            for index in body.prefix(3) {
                for variant in ["verbatim", "edited"] {
                    var copy = lines[index]
                    if variant == "edited" { copy = MetamorphicText.edited(copy) }
                    // Pasted two lines further down, inside the body (after the last line, a
                    // copy may sit below the page's footer, where chrome is read first).
                    var changed = lines
                    let at = min(index + 2, lines.count)
                    changed.insert(copy, at: at)
                    let again = Checker.check(text: changed.joined(separator: "\n"), path: url.lastPathComponent)
                    tried[variant, default: 0] += 1
                    if again.findings.contains(where: { $0.kind == .duplicate && $0.line == at + 1 }) {
                        held[variant, default: 0] += 1
                    } else {
                        misses.append("\(url.lastPathComponent):\(index + 1) [\(variant)] \(copy.prefix(40))")
                    }
                }
            }
        }
        print("metamorphic repeats (dev), a paragraph pasted two lines down:\n"
              + tried.keys.sorted().map { "\($0): \(held[$0] ?? 0)/\(tried[$0] ?? 0)" }.joined(separator: "\n"))
        MetamorphicText.write(misses, tag: "repeats")
        // Session 11: verbatim 338 of 338, edited 331 of 338 (32 MinHash bins in 8 bands; 16 in 4 found 326).
        #expect(tried.values.reduce(0, +) > 100)
        #expect(held["verbatim"] == tried["verbatim"])
        #expect(Double(held["edited"] ?? 0) >= 0.97 * Double(tried["edited"] ?? 1))
    }
}

enum MetamorphicText {
    /// The first three markers of the inline list families (a paragraph's own numbering).
    static let inlineFamilies: [[String]] = [["一是", "二是", "三是"], ["(1)", "(2)", "(3)"], ["（1）", "（2）", "（3）"],
                                             ["①", "②", "③"], ["第一,", "第二,", "第三,"], ["第一，", "第二，", "第三，"]]

    /// The file's lines, line 1 (`source: URL`) blanked so line numbers stay.
    static func lines(of url: URL) throws -> [String] {
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        if lines.first?.hasPrefix("source:") == true { lines[0] = "" }
        return lines
    }

    /// A copy with a few letters changed: the first digit of two figures raised by one and the
    /// second clause's first two letters swapped (three letters of 80 or more) — an edited paste, not a new paragraph.
    static func edited(_ text: String) -> String {
        var characters = Array(text)
        var changedDigits = 0
        for index in characters.indices where characters[index].isASCII && characters[index].isNumber && changedDigits < 2 {
            if index == 0 || !(characters[index - 1].isASCII && characters[index - 1].isNumber) {
                characters[index] = Character(String((Int(String(characters[index]))! + 1) % 10))
                changedDigits += 1
            }
        }
        if let comma = characters.firstIndex(where: { $0 == "，" || $0 == "," }), comma + 3 < characters.count {
            characters.swapAt(comma + 1, comma + 2)
        }
        return String(characters)
    }

    /// The file's lines, its report and the indices of its body paragraphs a pasted copy is tried with:
    /// `letters` letters and digits or more (punctuation left out), ending a sentence when
    /// asked, not chrome in gold and not already reported as a duplicate or chrome.
    static func bodyParagraphs(_ url: URL, _ goldURL: URL, letters: Int, endingASentence: Bool) throws -> ([String], DocumentReport, [Int]) {
        let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: goldURL))
        let lines = try MetamorphicText.lines(of: url)
        let report = Checker.check(text: lines.joined(separator: "\n"), path: url.lastPathComponent)
        let reported = Set(report.findings.filter { $0.kind == .duplicate || $0.kind == .boilerplate }.map(\.line))
        let body = lines.indices.filter { index in
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            return line.filter({ $0.isLetter || $0.isNumber }).count >= letters
                && (!endingASentence || "。！？!?；;".contains(line.last ?? " "))
                && !reported.contains(index + 1) && !gold.boilerplate.contains { line.contains($0) || $0.contains(line) }
        }
        return (lines, report, body)
    }

    static func write(_ misses: [String], tag: String) {
        guard let path = ProcessInfo.processInfo.environment["TAIZHANG_ACCURACY_MISSES"] else { return }
        try? misses.joined(separator: "\n").write(toFile: path + ".metamorphic-\(tag).txt", atomically: true, encoding: .utf8)
    }
}
