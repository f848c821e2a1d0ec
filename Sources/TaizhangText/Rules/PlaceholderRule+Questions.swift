/// Session 20 (precision20): `完成造林???万亩`, `占任务数???万亩的107%` — question marks where the
/// figures belong, the blank of a page whose template marks (×× or ○○) did not survive a conversion.
/// A run of two to six stands between text and a unit, a magnitude or %, as a figure does. A lost
/// character of a garbled page is a single mark before punctuation (發展?,F(xiàn)) or a run before a
/// letter that takes no figure (主干??偨Y); a date's part (??年) is left alone: a lost character
/// before 年 is as likely as a blank year.
extension PlaceholderRule {
    static let question = UInt32(0x3F)

    static func questionBlank(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 2, end - start <= 6, line.cls(start - 1).contains(.ideograph) else { return false }
        let next = line[end]
        if next == U.s("年") || next == U.s("月") || next == U.s("日") { return false }
        return next == U.percent || next == U.permille || magnitudes.contains(next)
            || Vocabulary.units.prefix(in: line.norm, at: end) > 0
    }
}
