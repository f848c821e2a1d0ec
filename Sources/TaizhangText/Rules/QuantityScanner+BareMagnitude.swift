/// Qualifiers of a bare magnitude (metrics19): 过千万元, 過億元, 上百名, 均破百億元.
///
/// Why it generalises: a bare magnitude (百, 千, 万, 亿, 千万, 百亿 with no digit before it) is
/// never an exact count — Chinese uses it only after a word of comparison (过亿, 上百, 破万, 逾千),
/// so the word before it is its qualifier whatever stands before that word. The scanner's guard
/// against 过 and 上 glued to a word (开展过3次: an aspect suffix; 会上5人: a place) holds for
/// figures with digits and is lifted for bare magnitudes only. 破 ("breaks through") qualifies a
/// bare magnitude when an adverb of scope or time or nothing stands before it (均破百億元, 首破万人,
/// ,破千万): after another verb letter it is part of that verb (侦破, 攻破, 打破千年…), and never
/// with 余/多 after the figure (侦破百余起 counts cases, 破 is no qualifier there).
extension QuantityScanner {
    /// True for a figure read from a bare magnitude: value 1 with the magnitude its only digit.
    @inline(__always) static func isBareMagnitude(_ number: ParsedNumber) -> Bool {
        number.isChinese && number.value == 1 && number.magnitude > 10
    }

    /// Adverbs that may stand before 破 + a bare magnitude (均破, 已破, 首破, 双破 …): a closed
    /// class of scope and time adverbs.
    private static let adverbsBeforePo = ScalarSet("均已首再将双齐全皆都即".unicodeScalars.map(\.value))

    /// "破" when it qualifies the bare magnitude at `number`, else nil.
    static func brokenMagnitude(_ line: LineText, number: ParsedNumber, postQualifier: String?) -> String? {
        guard postQualifier == nil, isBareMagnitude(number), line[number.start - 1] == U.s("破"),
              breaksThrough(line, at: number.start - 1) else { return nil }
        return "破"
    }

    /// True when the 破 at `index` stands alone or after an adverb (均破), not inside a verb (侦破).
    static func breaksThrough(_ line: LineText, at index: Int) -> Bool {
        let before = index - 1
        return before < 0 || !line.cls(before).contains(.ideograph) || adverbsBeforePo.contains(line[before])
    }
}
