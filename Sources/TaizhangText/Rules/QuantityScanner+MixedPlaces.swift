/// A figure in Arabic digits with the place letters of a Chinese numeral between them (numerals21:
/// a Matsu township budget `歲入6千4百54萬元` = 6,454 万元; ze14's museum `2万6千多人` = 2.6 万人 多).
/// Read digit by digit as before, `6千` had no measure and `54萬元` was taken alone (54 万元, a
/// false amount); `2万6千多人` gave `6 千人`.
///
/// Why it generalises: it is the spoken numeral with its digit letters typed as Arabic digits,
/// so it obeys the numeral's grammar (`NumberParser.evaluate`): one digit before 千, 百 or 十,
/// places falling within a section, 万 and 亿 closing a section (up to four digits before them),
/// and trailing units below the last place (the 54 after 4百). At least one place letter and a
/// second group are required — `10千伏` (kilovolts), `3千元` stay with the other readers — and a
/// 千 that opens a unit (千米, 千瓦, 千克) is left to it. The amount is reported in its lowest
/// 万 or 亿 (6454 万元, 2.6 万人), as the Arabic groups are (`lowerGroups`).
extension QuantityScanner {
    @inline(__always) private static func place(_ scalar: UInt32) -> Double? {
        switch scalar {
        case 0x5343: return 1000   // 千
        case 0x767E: return 100    // 百
        case 0x5341: return 10     // 十
        default: return nil
        }
    }

    /// The figure at `start` read over its place letters, or nil when it has none of the shape.
    static func mixedPlaces(_ line: LineText, number first: ParsedNumber) -> ParsedNumber? {
        guard first.decimals == 0, !first.isChinese, first.value >= 0 else { return nil }
        let after = line[first.end]
        guard place(after) != nil || NumberParser.bigUnit(after) != nil else { return nil }
        var total = 0.0, section = 0.0, lastPlace = Double.infinity, lowestBig = 1.0
        var index = first.start, groups = 0, placed = false
        while true {
            if line.cls(index).contains(.digit) {
                var end = index, digits = 0.0, count = 0
                while let d = NumberParser.digitValue(line[end]) { digits = digits * 10 + Double(d); end += 1; count += 1 }
                let letter = line[end]
                if let p = place(letter), count == 1, p < lastPlace,
                   !(p == 1000 && Vocabulary.units.prefix(in: line.norm, at: end) > 0 && !line.cls(end + 1).contains(.digit)) {
                    section += digits * p; lastPlace = p; placed = true; groups += 1; index = end + 1
                    continue
                }
                if let big = NumberParser.bigUnit(letter), count <= 4, section + digits < 10_000 {
                    section += digits
                    total = big == 100_000_000 ? (total + section) * big : total + section * big
                    section = 0; lastPlace = .infinity; lowestBig = big; groups += 1; index = end + 1
                    continue
                }
                // Units below the last place (the 54 of 6千4百54萬): then only 万 or 亿 may follow.
                guard placed, digits < lastPlace, line[end] != U.dot else { return nil }
                section += digits; groups += 1; index = end
                if let big = NumberParser.bigUnit(line[index]) {
                    total = big == 100_000_000 ? (total + section) * big : total + section * big
                    section = 0; lowestBig = big; index += 1
                }
                break
            } else if let big = NumberParser.bigUnit(line[index]), section > 0 {
                // 3千2百万: the places of a section closed by 万 with no units of their own.
                total = big == 100_000_000 ? (total + section) * big : total + section * big
                section = 0; lastPlace = .infinity; lowestBig = big; index += 1
            } else {
                break
            }
        }
        guard placed, groups >= 2 else { return nil }
        var number = first
        number.value = (total + section) / lowestBig
        number.end = index
        number.magnitude = lowestBig
        number.magnitudeText = lowestBig == 10_000 ? "万" : (lowestBig == 100_000_000 ? "亿" : "")
        return number
    }
}
