/// Inline enumerations inside a paragraph: 一是…二是…, 一要…二要…, 第一,…第二,…, 其一,…其二,….
struct InlineMarker {
    var number: Int
    var start: Int
    var end: Int
    /// The character that defines the list family (是, 要, 第 for 第一, 其 for 其一).
    var family: UInt32
}

enum InlineEnumeration {
    static let di = U.s("第"), shi = U.s("是"), yao = U.s("要"), qi = U.s("其")

    static func markers(_ line: LineText, from start: Int) -> [InlineMarker] {
        var result = [InlineMarker]()
        // Every marker holds a numeral (第 alone never makes one): skip lines without.
        guard line.mask.contains(.cjkNumeral) else { return result }
        var index = start
        let count = line.count
        let numeralBit = CharClass.cjkNumeral.rawValue
        while index < count {
            index = line.nextIndex(from: index, classes: numeralBit, or: di)
            guard index < count else { break }
            let scalar = line.norm[index]
            // 其一,…其二,…: the numeral is found first; 其 before it at a clause start makes the marker.
            if scalar != di, index > start, line[index - 1] == qi, atBoundary(line, index - 1, paragraphStart: start),
               let run = HeadingParser.chineseRun(line, index), run.end - index == 1,
               line[run.end] == U.comma || line[run.end] == U.ideoComma || line[run.end] == U.colon {
                result.append(InlineMarker(number: run.value, start: index - 1, end: run.end, family: qi))
                index = run.end
                continue
            }
            if scalar == di || line.classes[index] & numeralBit != 0 {
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
        let cls = line.cls(index - 1)
        return cls.contains(.clauseBreak) || cls.contains(.space) || before == U.comma || before == U.rquote
            || before == U.s("’") || before == U.dot
    }

    /// "一是一,二是二" and similar idioms: 是 followed by the same numeral.
    private static func isWordAfter(_ line: LineText, _ index: Int) -> Bool {
        line.cls(index).contains(.cjkNumeral) && line.cls(index + 1).contains(.clauseBreak)
    }
}

extension InlineEnumeration {
    /// Whether the text from `from` up to `copyAt` (a marker and its clause, closed by a
    /// sentence end) is repeated verbatim right at `copyAt`: a doubled run, not a new item.
    static func doubledRun(_ line: LineText, from: Int, copyAt: Int) -> Bool {
        let length = copyAt - from
        guard length >= 4, copyAt + length <= line.count, line.cls(copyAt - 1).contains(.sentenceEnd) else { return false }
        return (0..<length).allSatisfy { line[from + $0] == line[copyAt + $0] }
    }
}
