/// 诊疗人次5.9亿(…), 出院人次2359.7万,: statistical prose names the measure first and
/// gives the figure after it with only its magnitude, so the figure is a quantity in 万/亿.
extension QuantityScanner {
    /// A figure with 万/亿 and no unit after it, right after a unit of two or more characters
    /// (人次, 万元 …) that itself follows a noun, before punctuation or the line's end.
    static func unitNamedBefore(_ line: LineText, number: ParsedNumber, end: Int) -> Bool {
        guard !number.magnitudeText.isEmpty, !number.isChinese, end >= line.count || !line.cls(end).contains(.ideograph),
              !line.cls(end).contains(.digit), !line.cls(end).contains(.latin) else { return false }
        if magnitudeClosesClause(line, number: number, end: end) { return true }
        let unit = Vocabulary.units.suffix(in: line.norm, endingAt: number.start)
        guard unit >= 2, number.start - unit > 0 else { return false }
        let before = line.cls(number.start - unit - 1)
        return before.contains(.ideograph) && !before.contains(.cjkNumeral)
    }

    /// 总人口19.7万, / 生产总值43.9亿; — a figure with 万/亿 that closes its clause right after
    /// the noun it measures leaves the unit unsaid (people, yuan): the magnitude is all the
    /// unit there is. Only Arabic figures (一万 is a word), only after a letter that is no
    /// numeral, and only before a comma, semicolon, full stop or the line's end (19.7万人 has a
    /// unit, 3万-5万 is a range, and 1.2万、3.4万人 share the unit named after the list). After
    /// a time (全年5.9万,) nothing names what is counted: no quantity.
    static func magnitudeClosesClause(_ line: LineText, number: ParsedNumber, end: Int) -> Bool {
        guard number.start > 0, line.cls(number.start - 1).contains(.ideograph),
              !line.cls(number.start - 1).contains(.cjkNumeral), !timeNouns.contains(line[number.start - 1]) else { return false }
        guard end < line.count else { return true }
        let next = line[end]
        return next == U.comma || next == U.semicolon || next == U.ideoStop
    }

    static let timeNouns = ScalarSet("年月日天周季度期时".unicodeScalars.map(\.value))
}
