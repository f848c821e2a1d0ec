/// A Chinese numeral whose last letter is a place of a lower section, not a magnitude of the
/// whole (zf09, a Taiwan township budget): 一萬八千元 is 18,000 元 and 四千八百四十八萬五千元
/// 48,485,000 元 — the trailing 千 counts thousands inside the section below 万, so splitting it
/// off as the magnitude (`NumberParser.chinese`: 三千 → 3 千) read 1万8 千 = 10,008 千元. Likewise
/// 三亿五千万元 ends on the 万 of the section below 亿: 35,000 万元, not (3亿5千) 万.
///
/// Why it generalises: a Chinese numeral counts by myriads, so any place letter (千, 万) after a
/// higher magnitude (万, 亿) belongs to the lower group, whatever the figures; a 千 or 万 with no
/// higher magnitude before it (三千元, 八千万元) still ends the figure as its magnitude, as before.
/// The figure is reported in its last group's magnitude, as the Arabic groups are
/// (`QuantityScanner.lowerGroups`: 3亿2000万元 → 32000 万元; 4億5,851萬3,000元 → 458513000 元).
extension NumberParser {
    /// The numeral over `range` (its last letter 千 or 万) read with that letter as a lower place,
    /// or nil when no higher magnitude comes before it.
    static func lowerSection(_ line: LineText, _ range: Range<Int>) -> ParsedNumber? {
        let last = line[range.upperBound - 1]
        var higher = false
        for index in range.lowerBound..<(range.upperBound - 1) {
            let scalar = line[index]
            // 万 or 亿 before a trailing 千; 亿 before a trailing 万 (万 before 万 is no numeral).
            if scalar == 0x4EBF || scalar == 0x4E07 && last == 0x5343 { higher = true; break }
        }
        // 十万千米, 五万千瓦: a 千 that opens a unit (千米, 千瓦, 千克) is the unit's, left as before.
        let opensUnit = last == 0x5343 && Vocabulary.units.prefix(in: line.norm, at: range.upperBound - 1) > 0
        guard higher, !opensUnit, last == 0x5343 || last == 0x4E07, let whole = evaluate(line.norm, range) else { return nil }
        let magnitude = last == 0x4E07 ? 10_000.0 : 1
        return ParsedNumber(value: whole / magnitude, start: range.lowerBound, end: range.upperBound, decimals: 0, isChinese: true,
                            magnitude: magnitude, magnitudeText: magnitude > 1 ? "万" : "")
    }
}
