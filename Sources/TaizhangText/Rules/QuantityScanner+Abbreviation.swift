/// A figure glued after an indicator's Latin abbreviation (实现GDP19.92亿元, CPI102.3%): the
/// abbreviation names what is measured, the figure and its unit follow it as after any subject.
///
/// Why it generalises: an indicator abbreviation is a run of capitals standing alone (no letter,
/// digit, hyphen or dot before it); what separates it from a name that holds digits (PM2.5,
/// H7N9, ISO9001, COVID-19, 5G) is what follows the figure: a value of an indicator is money,
/// a magnitude or a share (万/亿/千/元/%/‰), which no such name is followed by (PM2.5浓度,
/// ISO9001认证, PM10年均). Lower-case or mixed runs (No.3, mg) are never read.
extension QuantityScanner {
    /// True when the capitals ending at `start - 1` are an abbreviation a figure may follow.
    static func afterAbbreviation(_ line: LineText, at start: Int) -> Bool {
        var first = start - 1
        while first >= 0, line[first] >= 0x41, line[first] <= 0x5A { first -= 1 }
        let letters = start - 1 - first
        guard letters >= 2, letters <= 5 else { return false }
        let before = line[first]
        return first < 0 || !(line.cls(first).contains(.latin) || line.cls(first).contains(.digit)
                              || before == U.hyphen || before == U.dot || before == U.slash || before == U.underscore)
    }

    /// The hit of a figure after an abbreviation when its unit is money, a magnitude or a share.
    static func abbreviatedValue(_ hit: QuantityHit?) -> QuantityHit? {
        guard let hit, hit.number.magnitude > 1 || hit.measure.hasPrefix("元") || hit.measure == "%" || hit.measure == "‰"
        else { return nil }
        return hit
    }
}
