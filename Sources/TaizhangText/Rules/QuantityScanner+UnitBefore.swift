/// 诊疗人次5.9亿(…), 出院人次2359.7万,: statistical prose names the measure first and
/// gives the figure after it with only its magnitude, so the figure is a quantity in 万/亿.
extension QuantityScanner {
    /// A figure with 万/亿 and no unit after it, right after a unit of two or more characters
    /// (人次, 万元 …) that itself follows a noun, before punctuation or the line's end.
    static func unitNamedBefore(_ line: LineText, number: ParsedNumber, end: Int) -> Bool {
        guard !number.magnitudeText.isEmpty, !number.isChinese, end >= line.count || !line.cls(end).contains(.ideograph),
              !line.cls(end).contains(.digit), !line.cls(end).contains(.latin) else { return false }
        let unit = Vocabulary.units.suffix(in: line.norm, endingAt: number.start)
        guard unit >= 2, number.start - unit > 0 else { return false }
        let before = line.cls(number.start - unit - 1)
        return before.contains(.ideograph) && !before.contains(.cjkNumeral)
    }
}
