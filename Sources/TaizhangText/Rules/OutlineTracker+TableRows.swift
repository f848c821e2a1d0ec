/// A table extracted one cell per line (a statistics page copied from the web or a PDF:
/// 醫療衛生機構合計 ⏎ 384569.5 ⏎ 391698.5 ⏎ 1.9 ⏎ 一、醫院 ⏎ 156870.4 …): its row labels keep the
/// numbering of the table's own rows (一、醫院, 二、基層醫療衛生機構), which is no heading of the
/// text's outline — read as one, 一、醫院 was a repeat of the text's 一、診療人次 (corpus-o's o23).
/// A label is known by what stands before it: two lines or more that hold a figure alone.
/// One such line is not enough: a page number stands alone between two pages.
extension OutlineTracker {
    static let cellsBeforeRowLabel = 2

    /// The line holds one figure and nothing else (digits, a decimal point, a sign, %).
    static func isCell(_ line: LineText) -> Bool {
        var digits = 0
        for index in line.contentStart..<line.count {
            let cls = line.cls(index)
            if cls.contains(.digit) { digits += 1; continue }
            if cls.contains(.space) { continue }
            switch line[index] {
            case U.dot, U.hyphen, U.plus, U.percent, U.comma: continue
            default: return false
            }
        }
        return digits > 0
    }
}
