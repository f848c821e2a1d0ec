/// Numbered items inside a paragraph written with digits: …:(1)…;(2)…;(4)…, ①…②…④…,
/// ⑴…⑵…⑷…, and …:1、…;2、…;4、… or 1)…;2)…;4)… after a clause break. Families are the
/// bracket (`(`), the circled digits (`①`), the parenthesized digits (`⑴`), the enumeration
/// comma (`、`) and the half bracket (`)`), so that they never mix with 一是 or with each other.
/// (⑴ and 1) inline: eighteenth pass.)
extension InlineEnumeration {
    static let bracketFamily = U.lparen, circledFamily = U.circledOne, commaFamily = U.ideoComma
    static let parenthesizedFamily = U.parenthesizedOne, halfBracketFamily = U.rparen

    static func numberedMarkers(_ line: LineText, from start: Int) -> [InlineMarker] {
        var result = [InlineMarker]()
        guard line.mask.contains(.digit) || line.mask.contains(.clauseBreak) else { return result }
        let count = line.count
        var index = start
        let digit = CharClass.digit.rawValue
        while index < count {
            // Skip to the next bracket, circled digit or digit that may open an item, over the raw
            // buffers. A digit opens one (1、 1)) only at the paragraph's start or after 。;: (the
            // tests below): inside a figure it is passed here, not stopped at and tested (cli15).
            index = line.classes.withUnsafeBufferPointer { classes in
                line.norm.withUnsafeBufferPointer { norm in
                    var i = index
                    while i < count {
                        let s = norm[i]
                        // Every stop is a digit or below U+2488 (the bracket, ① … ⒇): one test passes
                        // the ideographs and CJK punctuation (cli18).
                        if s < 0x2488 || classes[i] & digit != 0 {
                            if s == U.lparen || s >= U.circledOne && s <= U.parenthesizedTwenty { break }
                            if classes[i] & digit != 0, i == start || startsItem(norm[i - 1]) { break }
                        }
                        i += 1
                    }
                    return i
                }
            }
            guard index < count else { break }
            let scalar = line.norm[index]
            if scalar >= U.circledOne && scalar <= U.circledTwenty {
                result.append(InlineMarker(number: Int(scalar - U.circledOne) + 1, start: index, end: index + 1, family: circledFamily))
            } else if scalar >= U.parenthesizedOne && scalar <= U.parenthesizedTwenty {
                result.append(InlineMarker(number: Int(scalar - U.parenthesizedOne) + 1, start: index, end: index + 1, family: parenthesizedFamily))
            } else if scalar == U.lparen, let run = HeadingParser.arabicRun(line, index + 1), run.end - index <= 3, line[run.end] == U.rparen {
                result.append(InlineMarker(number: run.value, start: index, end: run.end + 1, family: bracketFamily))
                index = run.end
            } else if line.classes[index] & CharClass.digit.rawValue != 0, index == start || startsItem(line[index - 1]),
                      let run = HeadingParser.arabicRun(line, index), run.end - index <= 2, line[run.end] == U.ideoComma,
                      !line.cls(run.end + 1).contains(.digit) {
                result.append(InlineMarker(number: run.value, start: index, end: run.end + 1, family: commaFamily))
                index = run.end
            } else if line.classes[index] & CharClass.digit.rawValue != 0, index == start || startsItem(line[index - 1]),
                      let run = HeadingParser.arabicRun(line, index), run.end - index <= 2, line[run.end] == U.rparen,
                      line.cls(run.end + 1).contains(.ideograph) {
                result.append(InlineMarker(number: run.value, start: index, end: run.end + 1, family: halfBracketFamily))
                index = run.end
            }
            index += 1
        }
        return result
    }

    /// 1、 starts an item only after a sentence or clause end (。;:) — not 1、2月.
    private static func startsItem(_ before: UInt32) -> Bool {
        before == U.ideoStop || before == U.semicolon || before == U.colon
    }

    /// How an item of `family` numbered `number` is written (三是, 第三, (3), ③, 3、).
    static func label(_ number: Int, family: UInt32) -> String {
        switch family {
        case di: return "第" + ChineseNumerals.string(number)
        case qi: return "其" + ChineseNumerals.string(number)
        case bracketFamily: return "(\(number))"
        case circledFamily: return Unicode.Scalar(U.circledOne + UInt32(number - 1)).map { String(Character($0)) } ?? String(number)
        case parenthesizedFamily: return Unicode.Scalar(U.parenthesizedOne + UInt32(number - 1)).map { String(Character($0)) } ?? String(number)
        case halfBracketFamily: return "\(number))"
        case commaFamily: return "\(number)、"
        default: return ChineseNumerals.string(number) + String(Character(Unicode.Scalar(family)!))
        }
    }
}
