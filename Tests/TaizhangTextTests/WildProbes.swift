import Foundation
@testable import TaizhangText

/// The texts and rewrites of `WildProbeTests`: real pages nobody annotated (Tests/Fixtures/wild),
/// measured by what an edit must change in the report, never by gold.
enum WildProbes {
    /// 001–030 were read while the rules were tuned; 031–045 are the holdout, only reported.
    static let tuningCount = 30

    struct Text { var name: String; var lines: [String]; var holdout: Bool }

    static var texts: [Text] {
        let folder = Fixtures.root.appendingPathComponent("wild")
        let files = ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "txt" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        return files.enumerated().compactMap { index, url in
            guard let lines = try? MetamorphicText.lines(of: url) else { return nil }
            return Text(name: url.lastPathComponent, lines: lines, holdout: index >= tuningCount)
        }
    }

    static func check(_ lines: [String], _ name: String) -> DocumentReport {
        Checker.check(text: lines.joined(separator: "\n"), path: name)
    }

    // MARK: numbering

    static let chineseDigits: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    static let circled = Array("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")

    /// The marker with its number written as `n` in its own numeral style (四、 → 三、, (5) → (4),
    /// ⑤ → ④), or nil when it holds no number this can rewrite.
    static func renumbered(_ marker: String, to n: Int) -> String? {
        let characters = Array(marker)
        if let i = characters.firstIndex(where: { circled.contains($0) }) {
            guard n >= 1, n <= circled.count else { return nil }
            var out = characters; out[i] = circled[n - 1]; return String(out)
        }
        if let start = characters.firstIndex(where: { $0.isASCII && $0.isNumber }) {
            var end = start
            while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
            return String(characters[..<start]) + String(n) + String(characters[end...])
        }
        let numeral = Set(chineseDigits + ["十"])
        guard let start = characters.firstIndex(where: numeral.contains), n >= 1, n < 100 else { return nil }
        var end = start
        while end < characters.count, numeral.contains(characters[end]) { end += 1 }
        return String(characters[..<start]) + chinese(n) + String(characters[end...])
    }

    /// The number a marker holds (四、 → 4, (12) → 12, ⑤ → 5), nil when none.
    static func number(_ marker: String) -> Int? {
        let characters = Array(marker)
        if let c = characters.first(where: { circled.contains($0) }) { return circled.firstIndex(of: c)! + 1 }
        let digits = characters.filter { $0.isASCII && $0.isNumber }
        if !digits.isEmpty { return Int(String(digits)) }
        var value = 0, current = 0, seen = false
        for c in characters {
            if let d = chineseDigits.firstIndex(of: c) { current = d; seen = true }
            else if c == "十" { value += max(current, 1) * 10; current = 0; seen = true }
        }
        return seen ? value + current : nil
    }

    /// Pairs of consecutive siblings (one level, one document, nothing shallower between),
    /// each line opening with its marker: deleting the first is a gap at the second.
    static func siblingPairs(_ items: [OutlineItem], lines: [String]) -> [(OutlineItem, OutlineItem, Bool)] {
        func opens(_ item: OutlineItem) -> Bool { lines[item.line - 1].trimmingCharacters(in: .whitespaces).hasPrefix(item.marker) }
        var pairs: [(OutlineItem, OutlineItem, Bool)] = []
        for (i, item) in items.enumerated() where opens(item) {
            guard let j = items[(i + 1)...].firstIndex(where: { $0.level <= item.level || $0.document != item.document }),
                  items[j].level == item.level, items[j].document == item.document, opens(items[j]),
                  let a = number(item.marker), let b = number(items[j].marker), b == a + 1 else { continue }
            // The first of a list counts only right under its parent (a lost first item is a skip there).
            let first = a == 1
            let underParent = i > 0 && items[i - 1].level == item.level - 1 && items[i - 1].document == item.document
            guard !first || (item.level >= 2 && underParent) else { continue }
            pairs.append((item, items[j], first))
        }
        return pairs
    }

    static func chinese(_ n: Int) -> String {
        if n < 10 { return String(chineseDigits[n]) }
        let tens = n / 10, ones = n % 10
        return (tens == 1 ? "" : String(chineseDigits[tens])) + "十" + (ones == 0 ? "" : String(chineseDigits[ones]))
    }

    /// The marker's family, for the table: 一、 (一) 1. (1) ① 一是 …
    static func family(_ marker: String) -> String {
        var out = ""
        for c in marker {
            let f: Character = c.isASCII && c.isNumber ? "1" : chineseDigits.contains(c) || c == "十" ? "一" : circled.contains(c) ? "①" : c
            if out.last != f || (f != "1" && f != "一") { out.append(f) }
        }
        return out.replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ")")
            .replacingOccurrences(of: "，", with: ",").replacingOccurrences(of: "．", with: ".")
    }

    /// Paragraph-internal lists (一是…二是…三是): the line index and the range of its second marker.
    static func inlineSecondMarkers(_ lines: [String]) -> [(Int, Range<String.Index>)] {
        let families = [["一是", "二是", "三是"], ["一要", "二要", "三要"], ["(1)", "(2)", "(3)"], ["（1）", "（2）", "（3）"], ["①", "②", "③"]]
        var out: [(Int, Range<String.Index>)] = []
        for (index, line) in lines.enumerated() {
            for family in families {
                guard let a = line.range(of: family[0]), let b = line.range(of: family[1], range: a.upperBound..<line.endIndex),
                      line.range(of: family[2], range: b.upperBound..<line.endIndex) != nil else { continue }
                out.append((index, b))
            }
        }
        return out
    }

    // MARK: repeats

    /// The line with one letter in its middle replaced (a copy edited by one character).
    static func oneLetterEdited(_ line: String) -> String? {
        var characters = Array(line)
        let letters = characters.indices.filter { characters[$0].isLetter && !characters[$0].isASCII }
        guard letters.count >= 20 else { return nil }
        let i = letters[letters.count / 2]
        characters[i] = characters[i] == "某" ? "该" : "某"
        return String(characters)
    }

    // MARK: deleted numbers

    /// Units that never stand without a number before them in this prose.
    static let units = ["万元", "亿元", "万人次", "人次", "%", "个百分点", "万亩", "平方米", "公里", "余人", "余户", "余次",
                        "个", "人", "户", "家", "次", "场", "亩", "吨", "名", "项", "篇", "所", "座", "元", "期", "条", "份", "件"]

    struct FigureSite { var line: Int; var start: Int; var length: Int }

    /// Every Arabic figure (digits, with decimals and thousands commas) right before a unit, not
    /// after a letter, a digit or a template blank, not a year, month, date or ordinal.
    static func figureSites(_ lines: [String]) -> [FigureSite] {
        var sites: [FigureSite] = []
        for (index, line) in lines.enumerated() {
            let c = Array(line)
            var i = 0
            while i < c.count {
                guard c[i].isASCII, c[i].isNumber else { i += 1; continue }
                var end = i
                while end < c.count, c[end].isASCII && c[end].isNumber || (c[end] == "." || c[end] == ",") && end + 1 < c.count && c[end + 1].isASCII && c[end + 1].isNumber { end += 1 }
                let before: Character = i > 0 ? c[i - 1] : " "
                let rest = String(c[end..<min(end + 4, c.count)])
                let blankBefore = before.isASCII && (before.isLetter || before == "*" || before == "-" || before == "~") || before == "第" || before == "前"
                if !blankBefore, units.contains(where: { rest.hasPrefix($0) }), !rest.hasPrefix("个月"), !rest.hasPrefix("名列") {
                    sites.append(FigureSite(line: index, start: i, length: end - i))
                }
                i = end
            }
        }
        return sites
    }

    /// A deterministic pick (a linear congruential generator with a fixed seed).
    struct Picker {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(bound, 1)))
        }
    }
}
