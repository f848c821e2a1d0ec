/// An amount written in groups of 兆, 亿 and 万, each magnitude with its own figure (metrics19):
/// 4億5,851萬3,000元 (Taiwan statistics), 3亿2000万元, 2萬3374件, 7,205萬0,000元, 3兆1,648億元.
///
/// Why it generalises: Chinese counts in myriads, so a large figure in Arabic digits is
/// naturally written group by group — the figure of 亿, then that of 万, then the units — as the
/// spoken number is. Read alone, each group looked like a figure of its own (`3,000 元`, a false
/// reading of the last group; `4亿` with no measure). The grammar is strict so that a figure that
/// only follows a magnitude is not swallowed: after 亿 a group must be closed by 万 (5,851萬) or
/// fill the four places below it; after 万 the last group must fill four places (3,000, 0,000,
/// 3374) — a lower group is zero-padded, a count that merely follows is not (2亿3个项目 stays
/// apart) — and a measure word must end the amount. The amount is reported in the last group's
/// magnitude: 4億5,851萬3,000元 → 458513000 元; 3亿2000万元 → 32000 万元.
extension QuantityScanner {
    /// 兆 as Taiwan writes money (3兆1,648億元): 10¹² (万亿). Read only with its lower groups: alone
    /// (兆瓦, 3兆元) it is ambiguous with the 10⁶ of mainland units, and left as it was.
    static let zhao = 1_000_000_000_000.0

    /// The figure at `number` followed by 兆 at `index` and its groups (3兆1,648億元 → 31648 亿元), or nil.
    static func trillionGroups(_ line: LineText, number: ParsedNumber, at index: Int) -> ParsedNumber? {
        if number.isChinese { return chineseTrillionGroups(line, number: number, at: index) }
        guard !number.isChinese, number.decimals == 0, line[index] == U.s("兆"), line.cls(index + 1).contains(.digit) else { return nil }
        var big = number
        big.magnitude = zhao
        return lowerGroups(line, number: big, at: index + 1)
    }

    /// The figure at `number` (an Arabic figure with 万 or 亿, its digits at `index` of the next
    /// group) extended over its lower groups, or nil when what follows is no lower group.
    static func lowerGroups(_ line: LineText, number: ParsedNumber, at index: Int) -> ParsedNumber? {
        guard !number.isChinese, number.magnitude == 10_000 || number.magnitude == 100_000_000 || number.magnitude == Self.zhao
        else { return nil }
        var total = number.value * number.magnitude
        var magnitude = number.magnitude
        var at = index
        var closed = false
        while !closed, line.cls(at).contains(.digit) {
            guard let group = NumberParser.arabic(line, at: at), group.decimals == 0 else { return nil }
            let digits = (at..<group.end).reduce(0) { $0 + (line.cls($1).contains(.digit) ? 1 : 0) }
            // A group closed by the next magnitude down: 兆 → 亿 → 万.
            let next = line[group.end]
            let lower: Double? = next == U.s("亿") && magnitude > 100_000_000 ? 100_000_000
                : (next == U.s("万") && magnitude > 10_000 ? 10_000 : nil)
            if let lower, digits <= 4 {
                total += group.value * lower
                magnitude = lower
                at = group.end + 1
                continue
            }
            // The last group fills the places below 亿 or 万; below 兆 it must be closed by 亿.
            guard digits == 4, magnitude <= 100_000_000 else { return nil }
            total += group.value
            magnitude = 1
            at = group.end
            closed = true
        }
        // Nothing read, or a group not closed by a measure word (2亿3个 has none of the shape).
        guard at > index, Vocabulary.units.prefix(in: line.norm, at: at) > 0, !line.cls(at).contains(.digit) else { return nil }
        var grouped = number
        grouped.value = total / magnitude
        grouped.end = at
        grouped.decimals = 0
        grouped.magnitude = magnitude
        grouped.magnitudeText = magnitude == 10_000 ? "万" : (magnitude == 100_000_000 ? "亿" : "")
        return grouped
    }

    /// 一兆八十二億元 (zf10: 10,082 亿元): the same groups in Chinese numerals — 兆 after a figure with
    /// no magnitude of its own, and right after it a numeral closed by 亿 or 万 (八十二億, 九八八三億,
    /// 二千億). 兆 with nothing of that shape after it (三兆瓦, 兆元) is left as it was.
    static func chineseTrillionGroups(_ line: LineText, number: ParsedNumber, at index: Int) -> ParsedNumber? {
        guard number.magnitude == 1, number.decimals == 0, line[index] == U.s("兆"), line.cls(index + 1).contains(.cjkNumeral),
              let lower = NumberParser.chinese(line, at: index + 1) ?? NumberParser.digitByDigit(line, at: index + 1),
              lower.decimals == 0, lower.magnitude == 100_000_000 || lower.magnitude == 10_000
        else { return nil }
        var grouped = number
        grouped.value = number.value * (zhao / lower.magnitude) + lower.value
        grouped.end = lower.end
        grouped.magnitude = lower.magnitude
        grouped.magnitudeText = lower.magnitudeText
        return grouped
    }
}
