/// Where a letter of `Vocabulary.unitBlockers` after a one-letter unit begins the next word
/// instead of finishing a word with the unit (nineteenth pass, corpus y). Read from the letters
/// around the unit and from the number before it, not from a list of phrases.
enum UnitBlockers {
    private static let zhong = U.s("种"), lei = U.s("类"), bie = U.s("别"), xing = U.s("型")
    private static let ren = U.s("人"), jun = U.s("均"), mei = U.s("每")

    /// True when the blocker after the unit at `index` does not block the count before it:
    /// - 两种类别, 三种类型: 种 then the noun 类别/类型 (种 + 类别), not the word 种类;
    /// - 两人均当选, 3人均为党员: a bare count right before 人均 counts people who all did so.
    ///   Per head (人均) follows a noun (农民人均收入) or a base (每万人均, 每5000人均), never a
    ///   plain count: a number with a magnitude, a qualifier or 每 before it stays blocked.
    /// Only asked when a blocker matched, so it costs nothing on other lines.
    static func lifted(_ line: LineText, unitAt index: Int, number: ParsedNumber) -> Bool {
        let unit = line[index], next = line[index + 1]
        if unit == zhong, next == lei { return line[index + 2] == bie || line[index + 2] == xing }
        if unit == ren, next == jun {
            return index == number.end && number.magnitude == 1 && line[number.start - 1] != mei
        }
        return false
    }
}
