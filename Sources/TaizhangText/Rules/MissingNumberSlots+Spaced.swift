/// A PDF extraction that spaced every letter (zf05, a Taiwan city's report: "一 東 區 區 公 所 部
/// 分", "於 103 年 6 月 23 日 假 臺 北 市"): the space before a measure word there is the
/// extraction's, not the gap a deleted figure left (`before` reads a blank), so 所 of 區公所 and 臺
/// of 臺北 are no count's measure.
extension MissingNumberSlots {
    /// The measure letter at `index` stands alone between single spaces, as do the letter before
    /// it and the one after it, with a space before that one too ("區 公 所 部", "日 假 臺 北"; the
    /// letter two before may be a figure's, its unit compacted onto it: 23 日 reads 23日, or a clause's
    /// punctuation). A blank
    /// left by a deleted figure follows a word written solid (增加 户, 共举办 场).
    static func isLetterSpaced(_ line: LineText, before index: Int) -> Bool {
        // After a clause's punctuation the spacing starts again (件, 新 臺 幣: no space kept after the comma).
        guard line.cls(index - 1).contains(.space), line.cls(index - 2).contains(.ideograph) else { return false }
        guard line.cls(index - 3).contains(.clauseBreak) || line.cls(index - 3).contains(.space)
                && index - 4 >= line.contentStart && !line.cls(index - 4).contains(.space) else { return false }
        guard index + 1 < line.count else { return true }
        return line.cls(index + 1).contains(.space) && line.cls(index + 2).contains(.ideograph)
            && !line.cls(index + 3).contains(.ideograph)   // 臺 幣 77: a figure's space is compacted
    }
}
