/// A phone or ID number masked by a site (138****5678, 0871-****1234, 5301**********1234,
/// 138xxxx5678) is a redaction of a number that was there, not a blank left to fill: the
/// mask run has digits right after it and digits (or an area code and a hyphen) right before
/// it, and the whole token is as long as a phone number at least (7 digits and marks).
/// A blank year or figure (20xx年, 20**年, 1XX32元) has no digits after its marks, or is short.
extension PlaceholderRule {
    static let shortestMaskedNumber = 7

    static func maskedNumber(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        var before = start
        if line[before - 1] == U.hyphen, line.cls(before - 2).contains(.digit) { before -= 1 }
        guard line.cls(before - 1).contains(.digit), line.cls(end).contains(.digit), line.cls(end + 1).contains(.digit) else {
            return false
        }
        var first = before
        while line.cls(first - 1).contains(.digit) { first -= 1 }
        var last = end
        while line.cls(last).contains(.digit) { last += 1 }
        // Glued to a Latin word or a decimal point: a code or a figure, not a phone or ID.
        if line.cls(first - 1).contains(.latin) || line[first - 1] == U.dot { return false }
        return last - first >= shortestMaskedNumber
    }
}

extension PlaceholderRule {
    /// 138xxxx5678号: a run of x/X inside a digit token that `maskedNumber` reads as a redaction.
    static func maskedDigits(_ line: LineText, from start: Int, to end: Int) -> Bool {
        var index = start
        while index < end {
            if line[index] == x || line[index] == bigX {
                var runEnd = index
                while line[runEnd] == x || line[runEnd] == bigX { runEnd += 1 }
                if maskedNumber(line, index, runEnd) { return true }
                index = runEnd
            } else { index += 1 }
        }
        return false
    }
}

extension PlaceholderRule {
    /// 上传人:33****8 文档编号:…, 上传人:文库****品店 上传时间:…: a document site masks the middle of a
    /// value in its metadata row and keeps both ends. Stars (four or more: the sites' fixed mask) with
    /// letters on both sides, inside a value that a key's colon opens, with the row's next key and its
    /// colon right after it, are that mask. A template's blank has no letters kept on its
    /// left (负责人:*** 电话:), or stands in a clause; x/X beside the stars are blanks of their own.
    static func maskedRowValue(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start >= maskedRowStars else { return false }
        let kept = { (i: Int) in
            let c = line.cls(i)
            return (c.contains(.ideograph) || c.contains(.digit) || c.contains(.latin)) && line[i] != x && line[i] != bigX
        }
        var left = start
        while left > 0, start - left < maskedRowKept, kept(left - 1) { left -= 1 }
        guard left < start, left > 0, line[left - 1] == U.colon else { return false }
        // The value's kept end, then the row's next key and its colon: the analysis form has lost
        // the space between them when the value ends in a digit (33****8 文档编号: → 33****8文档编号:).
        guard kept(end) else { return false }
        var cursor = end
        while cursor < min(line.count, end + maskedRowKept + maskedRowKey), kept(cursor) || line.cls(cursor).contains(.space) {
            cursor += 1
        }
        return line[cursor] == U.colon
    }
    static let maskedRowStars = 4, maskedRowKept = 6, maskedRowKey = 8
}
