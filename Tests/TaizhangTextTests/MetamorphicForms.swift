import Foundation
@testable import TaizhangText

/// The rewrites of `MetamorphicFormTests`.
enum MetamorphicForms {
    /// Runs of sibling headings: consecutive outline items of one level under one parent, each
    /// whose line opens with its marker (not glued into a paragraph).
    static func siblingRuns(_ items: [OutlineItem], lines: [String]) -> [[OutlineItem]] {
        var runs: [[OutlineItem]] = [], current: [OutlineItem] = []
        for item in items {
            let opens = lines[item.line - 1].trimmingCharacters(in: .whitespaces).hasPrefix(item.marker)
            // One list: one level and one marker family (a page that opens inside a cut child
            // list, 5、…8、 ⏎ 二、…, reports both at level 1 — the outline streams — yet they are two
            // lists; deleting 8、 makes no skip at 二、 — outline18).
            if let last = current.last, last.level == item.level, last.document == item.document, opens, item.line > last.line,
               MetamorphicLayoutTests.family(last.marker) == MetamorphicLayoutTests.family(item.marker) {
                current.append(item)
            } else if let last = current.last, item.level > last.level, item.document == last.document {
                continue   // a child: the run goes on after it
            } else {
                if current.count >= 3 { runs.append(current) }
                current = opens ? [item] : []
            }
        }
        if current.count >= 3 { runs.append(current) }
        return runs
    }

    /// The line with its marker `old` (its first occurrence) replaced by `new`.
    static func remark(_ line: String, _ old: String, _ new: String) -> String {
        guard let range = line.range(of: old) else { return line }
        return line.replacingCharacters(in: range, with: new)
    }

    /// The line cut into lines of `width` characters (a narrow column of a PDF).
    static func wrapped(_ line: String, width: Int) -> [String] {
        let characters = Array(line.trimmingCharacters(in: .whitespaces))
        return stride(from: 0, to: characters.count, by: width).map { String(characters[$0..<min($0 + width, characters.count)]) }
    }

    /// Simplified → traditional, the first traditional form of each (the checker's table read backwards).
    static let traditionalForms: [UInt32: UInt32] = {
        var forms = [UInt32: UInt32]()
        for (traditional, simplified) in TraditionalChinese.table.enumerated() where simplified != UInt32(traditional) {
            if forms[simplified] == nil { forms[simplified] = UInt32(traditional) }
        }
        return forms
    }()

    static func traditional(_ line: String) -> String {
        String(String.UnicodeScalarView(line.unicodeScalars.map { Unicode.Scalar(traditionalForms[$0.value] ?? $0.value) ?? $0 }))
    }

    /// ASCII digits and punctuation written full-width (，：；（）０-９).
    static func fullWidth(_ line: String) -> String {
        String(String.UnicodeScalarView(line.unicodeScalars.map { scalar in
            let v = scalar.value
            return (v >= 0x30 && v <= 0x39) || "(),:;!?%".unicodeScalars.contains(scalar) ? Unicode.Scalar(v + 0xFEE0) ?? scalar : scalar
        }))
    }

    /// The line with the last digit of its first figure of two digits or more raised by one
    /// (not a year, month or day: 2023年, 6月 stay), if it has such a figure and is not too long.
    static func oneFigureChanged(_ line: String) -> String? {
        var characters = Array(line)
        guard characters.filter({ $0.isLetter || $0.isNumber }).count <= 400 else { return nil }
        var index = 0
        while index < characters.count {
            guard characters[index].isASCII, characters[index].isNumber else { index += 1; continue }
            var end = index
            while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
            let next = end < characters.count ? characters[end] : " "
            if end - index >= 2, !"年月日号.".contains(next), index == 0 || characters[index - 1] != "第" {
                characters[end - 1] = Character(String((Int(String(characters[end - 1]))! + 1) % 10))
                return String(characters)
            }
            index = end
        }
        return nil
    }

    static func count(_ key: String, _ ok: Bool, _ tried: inout [String: Int], _ held: inout [String: Int], _ misses: inout [String], _ what: String) {
        tried[key, default: 0] += 1
        if ok { held[key, default: 0] += 1 } else { misses.append("[\(key)] \(what)") }
    }
}
