extension MissingNumberRule {
    /// 对红花套、高坝洲、枝城等5个乡镇: a 、-list that ends in 等 and a count names its members;
    /// a measure letter closing one of them is the last letter of a name (红花套, 马家台), not a
    /// count whose figure went (missing15, e07). Read from the 、 after the measure over names
    /// (ideographs and 、 only, each at most four letters) to 等 and a figure or numeral.
    static func endsCountedNameList(_ line: LineText, from comma: Int) -> Bool {
        guard line[comma] == U.ideoComma else { return false }
        var position = comma + 1, item = 0
        while position < min(line.count, comma + namedListReach) {
            if line[position] == U.s("等") {
                return item > 0 && (line.cls(position + 1).contains(.digit) || line.cls(position + 1).contains(.cjkNumeral))
            }
            guard line.cls(position).contains(.ideograph) || line[position] == U.ideoComma else { return false }
            // Names are short (2–4 letters: 高坝洲, 枝城); a longer item is a clause (发放资料份).
            item = line[position] == U.ideoComma ? 0 : item + 1
            guard item <= namedItemLength else { return false }
            position += 1
        }
        return false
    }
    static let namedListReach = 40
    static let namedItemLength = 4
}
