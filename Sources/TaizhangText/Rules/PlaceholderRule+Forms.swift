/// Blanks of printed forms rather than of typed templates (issue #14, twelfth pass; question-mark
/// runs: `PlaceholderRule+Questions`):
/// - runs of a blank symbol (○○街道, 完成△△万元, □□%, ■■村); one symbol only right after
///   text and before a unit (共□人, □月): alone it is a checkbox (□是 □否) or a bullet (■加强);
///   ○ and 〇 next to a Chinese numeral are the zero of a year or a figure (二○○八年);
/// - empty brackets before a unit ((  )项, (   )万元, 【 】人次); not (  )内打√, 字体:[ ];
/// - template fields: {单位名称}, <单位> (any Chinese text), and in 【】 or [] a fill
///   instruction (【填写】) or, inside a sentence, a field's name (由【单位名称】负责); a label
///   heading (【人民调解】, 【正文】) is none.
extension PlaceholderRule {
    static let blankSymbols = ScalarSet([0x25CB, 0x3007, 0x25B3, 0x25A1, 0x25A0])   // ○ 〇 △ □ ■
    static let circle = UInt32(0x25CB), zero = UInt32(0x3007), lenticular = UInt32(0x3010), lenticularClose = UInt32(0x3011)
    static let lbrace = UInt32(0x7B), rbrace = UInt32(0x7D), langle = UInt32(0x3C), rangle = UInt32(0x3E)
    /// A field left to fill: an instruction to fill it, or the name of what goes in it.
    static let fillInstructions = Lexicon(["填写", "填入", "输入", "请填", "待填", "此处填"])
    static let fieldNames = Lexicon(["名称", "姓名", "全称", "金额", "数量", "数字"])
    /// What a figure left blank stands before: a unit, a magnitude, or a date's part.
    static let dateParts = ScalarSet("年月日万亿千百".unicodeScalars.map(\.value))
    static let magnitudes = ScalarSet("十百千万亿".unicodeScalars.map(\.value))

    /// The form blanks of a line; only lines holding one of the scalars are scanned.
    static func forms(_ line: LineText) -> [Hit] {
        if line.mayHaveFormMarks { return formsAll(line) }
        // No symbol and no { <: only brackets can hold a blank; jump from one to the next
        // (none in the line: `nextIndex` answers from the triggers without a scan).
        var hits = [Hit]()
        var index = 0
        while true {
            index = line.nextIndex(from: index, classes: 0, or: U.lparen, U.lbracket, lenticular, U.lbracketCJK)
            guard index < line.count else { break }
            if let end = bracketBlankEnd(line, index) { hits.append(hit(line, index, end)); index = end } else { index += 1 }
        }
        return hits
    }

    /// `forms` without the precheck.
    static func formsAll(_ line: LineText) -> [Hit] {
        var hits = [Hit]()
        var index = 0
        while index < line.count {
            let scalar = line[index]
            if blankSymbols.contains(scalar) {
                var end = index
                while line[end] == scalar { end += 1 }
                if blankRun(line, index, end) { hits.append(hit(line, index, end)) }
                index = end
                continue
            }
            if scalar == question {
                var end = index
                while line[end] == question { end += 1 }
                if questionBlank(line, index, end) { hits.append(hit(line, index, end)) }
                index = end
                continue
            }
            if let end = bracketBlankEnd(line, index) { hits.append(hit(line, index, end)); index = end; continue }
            index += 1
        }
        return hits
    }

    /// The end of an empty pair of brackets before a unit or of a template field opening at `index`.
    private static func bracketBlankEnd(_ line: LineText, _ index: Int) -> Int? {
        let scalar = line[index]
        if scalar == U.lparen || scalar == U.lbracket || scalar == lenticular || scalar == U.lbracketCJK,
           let end = emptyBracketsEnd(line, index) ?? elidedBlankEnd(line, index) { return end }
        if scalar == lbrace || scalar == langle || scalar == lenticular || scalar == U.lbracket { return templateFieldEnd(line, index) }
        return nil
    }

    private static func blankRun(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        let symbol = line[start]
        // 二○○八年, 一○○人: the zero of a Chinese numeral (a digit of one before it, or after
        // it; 20○○万元 ends in a magnitude, which follows a blank as well as a figure).
        if symbol == circle || symbol == zero {
            let numeral = { (i: Int) in line.cls(i).contains(.cjkNumeral) && line[i] != zero }
            if numeral(start - 1) || numeral(end) && !magnitudes.contains(line[end]) { return false }
        }
        let before = line.cls(start - 1), after = line.cls(end)
        if end - start >= 2 {
            // A row of symbols alone is a rule, not a blank.
            guard end - start <= 6 else { return false }
            return before.contains(.ideograph) || after.contains(.ideograph) || before.contains(.digit) || line[end] == U.percent
        }
        // One symbol: only between text and a unit (共□人, 完成□万元, □月); 〇 alone is a zero.
        guard symbol != zero, symbol != 0x25A0, before.contains(.ideograph) || before.contains(.digit) else { return false }
        return unitFollows(line, at: end)
    }

    /// Whether a unit, a date's part or % starts at `index` (what a blank stands before).
    static func unitFollows(_ line: LineText, at index: Int) -> Bool {
        line[index] == U.percent || dateParts.contains(line[index]) || Vocabulary.units.prefix(in: line.norm, at: index) > 0
    }

    /// The closing bracket of an opening one a blank or a field may stand in.
    static func closing(of open: UInt32) -> UInt32 {
        switch open {
        case U.lparen: U.rparen
        case U.lbracket: U.rbracket
        case lenticular: lenticularClose
        case lbrace: rbrace
        case langle: rangle
        default: U.rbracketCJK
        }
    }

    /// (  )项, (   )万元, 【 】人次: brackets holding nothing but spaces, before a unit.
    private static func emptyBracketsEnd(_ line: LineText, _ start: Int) -> Int? {
        let open = line[start]
        var end = start + 1
        while end < line.count, line.cls(end).contains(.space) { end += 1 }
        guard line[end] == closing(of: open) else { return nil }
        end += 1
        var next = end
        while next < line.count, line.cls(next).contains(.space) { next += 1 }
        return unitFollows(line, at: next) ? end : nil
    }

    /// {单位名称}, <单位>, 【填写】, 由【单位名称】负责: a field of a template left unfilled.
    private static func templateFieldEnd(_ line: LineText, _ start: Int) -> Int? {
        let open = line[start]
        var end = start + 1
        while end < line.count, end - start <= 11, line.cls(end).contains(.ideograph) { end += 1 }
        guard end > start + 1, end - start <= 11, line[end] == closing(of: open) else { return nil }
        // <一>、 holds a numeral only: a sub-heading's marker (HeadingParser), not a field.
        if open == langle, (start + 1..<end).allSatisfy({ line.cls($0).contains(.cjkNumeral) }) { return nil }
        if open == lbrace || open == langle { return end + 1 }
        if fillInstructions.prefix(in: line.norm, at: start + 1) > 0 { return end + 1 }
        // A field's name inside a sentence (由【单位名称】负责); at a line's start it labels what follows.
        guard line.cls(start - 1).contains(.ideograph), fieldNames.suffix(in: line.norm, endingAt: end) > 0 else { return nil }
        return end + 1
    }
}
