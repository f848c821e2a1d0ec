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
