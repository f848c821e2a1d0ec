/// 主要做了以下3各方面的工作:一是…二是…三是…: an announced count written with Arabic digits,
/// or with 各 (each) typed for its homophone 个, over the 一是…N是 list that the colon opens. The
/// scanner reads no figure in 3各 (各 is no measure word), and an Arabic count elsewhere is
/// mostly a quantity (3个项目,一是…), so only this grammar is read: digits, 个 or 各, a counted
/// noun of enumerations (方面 项 条 点, after 个 / 各 or not), at most ten letters of noun phrase, then the colon right
/// before the list's first marker. A digit before 各 leaves no other reading: 各 takes no
/// numeral. Twenty-third pass (xparts; dev zb19).
extension CountAnnouncements {
    static let writtenCountNouns = Lexicon(["方面", "项", "条", "点"])

    /// The count's value and start, when the colon before `marker` closes such an announcement.
    static func writtenCount(_ line: LineText, before marker: Int) -> (value: Int, start: Int)? {
        var colon = marker - 1
        while colon > 0, line.cls(colon).contains(.space) { colon -= 1 }
        guard colon >= 3, line[colon] == U.colon else { return nil }
        // Back over the noun phrase (letters only) to a counted noun right after the digits, or
        // after 个 / 各 right after them (3项, 3个方面, 3各方面).
        var at = colon - 1, letters = 0
        func countedAt(_ index: Int) -> Int? {
            guard writtenCountNouns.prefix(in: line.norm, at: index) > 0 else { return nil }
            if line.cls(index - 1).contains(.digit) { return index }
            return (line[index - 1] == U.s("个") || line[index - 1] == U.s("各")) && line.cls(index - 2).contains(.digit) ? index - 1 : nil
        }
        var found: Int? = nil
        while at > 1, letters <= 10, line.cls(at).contains(.ideograph) {
            if let digitsEnd = countedAt(at) { found = digitsEnd; break }
            at -= 1; letters += 1
        }
        guard let digitsEnd = found else { return nil }
        at = digitsEnd
        var start = at - 1
        while start > 0, line.cls(start - 1).contains(.digit) { start -= 1 }
        // Not a decimal, a date, an ordinal (第3个) or a figure glued to a letter.
        if start > 0, line[start - 1] == U.dot || line[start - 1] == U.s("第") || line.cls(start - 1).contains(.latin) { return nil }
        guard at - start <= 2 else { return nil }
        let value = (start..<at).reduce(0) { $0 * 10 + Int(line[$1]) - 48 }
        guard (2...12).contains(value) else { return nil }
        return (value, start)
    }
}
