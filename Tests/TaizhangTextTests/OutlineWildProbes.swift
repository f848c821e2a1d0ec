import Foundation
@testable import TaizhangText

/// The texts and rewrites of `OutlineWildProbeTests` (outline16): 40 real pages chosen for the
/// variety of their outlines (Tests/Fixtures/outline-wild). The markers are found here by a
/// reader of its own — a marker family at a line's start — not by the checker's outline, so a
/// form the checker does not read as an outline is still tried.
enum OutlineWildProbes {
    /// 001–025 tune; 026–040 are the holdout, only reported.
    static let tuningCount = 25

    static var texts: [WildProbes.Text] { texts(in: "outline-wild", tuning: tuningCount) }

    /// The pages of a probe folder (outline-wild, outline-wild2): the first `tuning` tune, the rest are the holdout.
    static func texts(in name: String, tuning tuningCount: Int) -> [WildProbes.Text] {
        let folder = Fixtures.root.appendingPathComponent(name)
        let files = ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "txt" && $0.lastPathComponent.first?.isNumber == true }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        return files.enumerated().compactMap { index, url in
            guard let lines = try? MetamorphicText.lines(of: url) else { return nil }
            return WildProbes.Text(name: url.lastPathComponent, lines: lines, holdout: index >= tuningCount)
        }
    }

    /// The real flaws of the pages, read by hand before the checker ran on them: "file kind text".
    static var gold: [(file: String, kind: String, text: String)] { gold(in: "outline-wild") }

    static func gold(in name: String) -> [(file: String, kind: String, text: String)] {
        let url = Fixtures.root.appendingPathComponent(name + "/gold.txt")
        let rows = ((try? String(contentsOf: url, encoding: .utf8)) ?? "").split(separator: "\n")
        return rows.compactMap { row in
            let parts = row.split(separator: " ", maxSplits: 2).map(String.init)
            return parts.count == 3 ? (parts[0], parts[1], parts[2]) : nil
        }
    }

    /// A marker at a line's start: its family (一、 (一) 1. 1、 (1) ① ⑴ 第一章 一是 …), its number,
    /// its text and where it ends in the line.
    struct Marker { var line: Int; var family: String; var number: Int; var text: String }

    static let numerals: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "壹": 1]
    static let circled = Array("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"), parenthesised = Array("⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇")

    static func chineseValue(_ c: ArraySlice<Character>) -> Int? {
        guard !c.isEmpty, c.count <= 3, c.allSatisfy({ numerals[$0] != nil }) else { return nil }
        let values = c.map { numerals[$0]! }
        if values.count == 1 { return values[0] }
        if values.count == 2 { return values[0] == 10 ? 10 + values[1] : values[1] == 10 ? values[0] * 10 : nil }
        return values[1] == 10 ? values[0] * 10 + values[2] : nil
    }

    static func marker(_ raw: String, line: Int) -> Marker? {
        let c = Array(raw.drop(while: { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }))
        guard let first = c.first else { return nil }
        if let i = circled.firstIndex(of: first) { return Marker(line: line, family: "①", number: i + 1, text: String(first)) }
        if let i = parenthesised.firstIndex(of: first) { return Marker(line: line, family: "⑴", number: i + 1, text: String(first)) }
        var end = 0
        if first == "(" || first == "（" {
            end = 1
            while end < c.count, end < 5, c[end] != ")" && c[end] != "）" { end += 1 }
            guard end < c.count, end > 1 else { return nil }
            let inner = c[1..<end], text = String(c[...end])
            if inner.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(String(inner)) { return Marker(line: line, family: "(1)", number: n, text: text) }
            if let n = chineseValue(inner) { return Marker(line: line, family: "(一)", number: n, text: text) }
            return nil
        }
        if first.isASCII, first.isNumber {
            while end < c.count, end < 2, c[end].isASCII, c[end].isNumber { end += 1 }
            guard end < c.count, let n = Int(String(c[..<end])), n > 0 else { return nil }
            let stop = c[end]
            guard "、.．。".contains(stop) else { return nil }
            // 1.1 is a section number, 1.2万 a decimal: never a list item here.
            if stop != "、", end + 1 < c.count, c[end + 1].isASCII, c[end + 1].isNumber { return nil }
            let family = stop == "、" ? "1、" : stop == "。" ? "1。" : "1."
            return Marker(line: line, family: family, number: n, text: String(c[...end]))
        }
        if first == "第" {
            end = 1
            while end < c.count, numerals[c[end]] != nil { end += 1 }
            guard end > 1, end < c.count, let n = chineseValue(c[1..<end]) else { return nil }
            let unit = c[end]
            guard "章节条篇".contains(unit) || unit == "部" && end + 1 < c.count && c[end + 1] == "分" else { return nil }
            let text = String(c[...(unit == "部" ? end + 1 : end)])
            return Marker(line: line, family: "第一" + String(unit), number: n, text: text)
        }
        while end < c.count, end < 3, numerals[c[end]] != nil { end += 1 }
        guard end > 0, end < c.count, let n = chineseValue(c[..<end]) else { return nil }
        switch c[end] {
        case "、": return Marker(line: line, family: "一、", number: n, text: String(c[...end]))
        case "是", "要": return Marker(line: line, family: "一" + String(c[end]), number: n, text: String(c[...end]))
        default: return nil
        }
    }

    static func markers(_ lines: [String]) -> [Marker] {
        lines.indices.compactMap { marker(lines[$0], line: $0) }
    }

    /// Consecutive items of one family (n, n + 1, nothing of that family between): deleting the
    /// first is a skip at the second. A first item (n = 1) counts only right under a marker of
    /// another family (its parent, nothing between) — a child list that loses its first item.
    static func pairs(_ markers: [Marker]) -> [(Marker, Marker, first: Bool)] {
        var out: [(Marker, Marker, first: Bool)] = []
        for (i, item) in markers.enumerated() {
            guard let j = markers[(i + 1)...].firstIndex(where: { $0.family == item.family }),
                  markers[j].number == item.number + 1 else { continue }
            if item.number == 1 {
                guard i > 0, markers[i - 1].family != item.family, markers[i - 1].line >= item.line - 3 else { continue }
            }
            out.append((item, markers[j], item.number == 1))
        }
        return out
    }

    /// The marker written with the number `n` (三、 → 二、, (4) → (3), ④ → ③, 第三章 → 第二章).
    static func renumbered(_ marker: Marker, to n: Int) -> String? {
        if marker.family == "①" { return n >= 1 && n <= 20 ? String(circled[n - 1]) : nil }
        if marker.family == "⑴" { return n >= 1 && n <= 20 ? String(parenthesised[n - 1]) : nil }
        if marker.text.contains("壹") { return nil }
        return WildProbes.renumbered(marker.text, to: n)
    }
}
