/// 3 0场, 1 2 0 0人次: a PDF line justified letter by letter puts one space between the
/// digits of a number. `compactFigures` removes such spaces from the analysis form (the raw
/// text and its offsets are kept), so the scanner reads one figure with its measure word.
extension LineText {
    /// True when the single space at `index` lies in a run of single digits set apart by
    /// single spaces, right before a measure word (a letter other than 年/月/日/号, or %) and
    /// right after a letter of text or an opening mark. Not joined: a run at the line's start
    /// (numbered items), after a digit, a point, a space or a Latin letter (lists of numbers,
    /// table rows, codes), a group of two digits or more (2023 12, the thousands groups
    /// NumberParser reads), a run with a unit of its own on either side of a space (3场 0场
    /// has no space between digits), or one before a space (a list: 1 2 3 项).
    static func splitsDigits(_ norm: [UInt32], _ classes: [UInt8], at index: Int) -> Bool {
        let digit = CharClass.digit.rawValue, ideograph = CharClass.ideograph.rawValue
        let count = norm.count
        func isDigit(_ i: Int) -> Bool { i >= 0 && i < count && classes[i] & digit != 0 }
        func single(_ i: Int) -> Bool { isDigit(i) && !isDigit(i - 1) && !isDigit(i + 1) }
        guard norm[index] == 0x20, single(index - 1), single(index + 1) else { return false }
        var start = index - 1
        while start >= 2, norm[start - 1] == 0x20, single(start - 2) { start -= 2 }
        var last = index + 1
        while last + 2 < count, norm[last + 1] == 0x20, single(last + 2) { last += 2 }
        guard start >= 1, last + 1 < count else { return false }
        // 共 3 0场: spaces between a letter and a digit are removed anyway.
        var open = start - 1
        while open > 0, norm[open] == 0x20 { open -= 1 }
        let spaced = open < start - 1
        let before = norm[open], after = norm[last + 1]
        let opens = classes[open] & ideograph != 0 || !spaced && (before == U.comma || before == U.colon
            || before == U.lparen || before == U.lquote || before == U.lbook)
        guard opens else { return false }
        let measure = classes[last + 1] & ideograph != 0 && after != U.s("年") && after != U.s("月") && after != U.s("日")
            && after != U.s("号") || after == U.percent
        return measure
    }
}
