/// Follows the outline of a document: assigns levels to headings and reports
/// numbering that skips or repeats within one list (1. 3. 4.; 一、二、四、).
///
/// A heading whose style is already open pops the deeper levels and continues that
/// list; a style not yet open becomes a child level. A list that restarts at 1 is a new
/// list (a new section or a new bundled document), never a numbering error.
struct OutlineTracker {
    struct Level { var style: HeadingStyle; var last: Int }
    struct Outcome {
        var level: Int
        /// Expected number when this heading breaks the sequence.
        var expected: Int?
        /// True when the top level restarted at 1 after at least 一、二、.
        var topLevelRestart: Bool
    }

    private(set) var stack: [Level] = []

    mutating func reset() { stack.removeAll(keepingCapacity: true) }

    mutating func accept(_ heading: Heading) -> Outcome {
        if let position = stack.firstIndex(where: { $0.style == heading.style }) {
            let previous = stack[position].last
            stack.removeSubrange((position + 1)...)
            stack[position].last = heading.number
            if heading.number == previous + 1 { return Outcome(level: position + 1, expected: nil, topLevelRestart: false) }
            if heading.number == 1 {
                return Outcome(level: position + 1, expected: nil, topLevelRestart: position == 0 && previous >= 2)
            }
            return Outcome(level: position + 1, expected: previous + 1, topLevelRestart: false)
        }
        stack.append(Level(style: heading.style, last: heading.number))
        return Outcome(level: stack.count, expected: nil, topLevelRestart: false)
    }

    /// The marker text a heading should have had, in the same style ("2.", "(三)", "三是").
    static func expectedMarker(_ heading: Heading, number: Int) -> String {
        let numeral = ChineseNumerals.string(number)
        switch heading.style {
        case .cjk: return numeral + "、"
        case .cjkParen: return "(" + numeral + ")"
        case .arabic: return String(number) + (heading.marker.hasSuffix("、") ? "、" : ".")
        case .arabicParen: return "(" + String(number) + ")"
        case .circled: return Unicode.Scalar(U.circledOne + UInt32(number - 1)).map { String(Character($0)) } ?? String(number)
        case .shi: return numeral + String(heading.marker.suffix(1))
        }
    }
}

enum ChineseNumerals {
    static let digits = Array("零一二三四五六七八九")

    /// 1 … 99 as written in outlines: 一, 十, 十一, 二十三.
    static func string(_ n: Int) -> String {
        guard n > 0, n < 100 else { return String(n) }
        if n < 10 { return String(digits[n]) }
        let tens = n / 10, ones = n % 10
        return (tens == 1 ? "" : String(digits[tens])) + "十" + (ones == 0 ? "" : String(digits[ones]))
    }
}
