/// Inline enumerations inside a paragraph: 一是…二是…, 一要…二要…, 第一,…第二,….
struct InlineMarker {
    var number: Int
    var start: Int
    var end: Int
    /// The character that defines the list family (是, 要, or 第 for 第一).
    var family: UInt32
}

enum InlineEnumeration {
    static let di = U.s("第"), shi = U.s("是"), yao = U.s("要")

    static func markers(_ line: LineText, from start: Int) -> [InlineMarker] {
        var result = [InlineMarker]()
        var index = start
        let count = line.count
        while index < count {
            let scalar = line[index]
            if scalar == di || CharClass.of(scalar).contains(.cjkNumeral) {
                let numeralStart = scalar == di ? index + 1 : index
                if atBoundary(line, index, paragraphStart: start), let run = HeadingParser.chineseRun(line, numeralStart) {
                    let next = line[run.end]
                    if scalar == di {
                        if next == U.comma || next == U.ideoComma || next == U.colon || next == shi {
                            result.append(InlineMarker(number: run.value, start: index, end: run.end + (next == shi ? 1 : 0), family: di))
                        }
                    } else if (next == shi || next == yao) && run.end - numeralStart <= 2 && !isWordAfter(line, run.end + 1) {
                        result.append(InlineMarker(number: run.value, start: index, end: run.end + 1, family: next))
                    }
                    index = run.end
                    continue
                }
            }
            index += 1
        }
        return result
    }

    /// A marker must start a clause: paragraph start, punctuation, space or a closing quote.
    private static func atBoundary(_ line: LineText, _ index: Int, paragraphStart: Int) -> Bool {
        if index <= paragraphStart { return true }
        let before = line[index - 1]
        let cls = CharClass.of(before)
        return cls.contains(.clauseBreak) || cls.contains(.space) || before == U.comma || before == U.rquote
            || before == U.s("’") || before == U.dot
    }

    /// "一是一,二是二" and similar idioms: 是 followed by the same numeral.
    private static func isWordAfter(_ line: LineText, _ index: Int) -> Bool {
        CharClass.of(line[index]).contains(.cjkNumeral) && CharClass.of(line[index + 1]).contains(.clauseBreak)
    }
}
