/// A statement cut by a line break that is no paragraph end (PDF extraction, hard-wrapped
/// pages): 全镇共有党员60名,其中男党 / 员25名,女党员35名。 The last sentence of the line
/// before (it ends with no 。!?;:) and the first sentence of this line are read as one,
/// and the totals, rates and named lists that run over the break are reported, on the
/// line where they start. Statements inside either line are left to the line's own pass.
/// A paragraph that opens with 其中 or 分…看 breaks down the last sentence of the paragraph
/// before (共投入资金500万元。⏎其中道路建设300万元,…): the two are read together too, and only
/// agreement of a total is reported (the paragraph may open a subset or speak of another
/// figure; shares over the break are left to the earlier-whole rule).
/// Cost: one extra sentence per wrapped line, and only when both halves hold a figure
/// or a numeral (or the first ends in 、).
enum WrappedLines {
    static func checks(previous: LineText, line: LineText) -> [ArithmeticCheck] {
        let before = previous.raw, after = line.raw
        var last = before.count
        while last > 0, isSpace(before[last - 1]) { last -= 1 }
        // A line that ends in 、 stops inside a list (对东村、西村、⏎南村三个村…): its half needs
        // no figure, the count may come after the break.
        // A line that ends in a digit may have lost its measure to the next (…广场舞比赛20⏎场。):
        // the next half then needs no figure of its own.
        // A list may run on into a line without figures (建成服务站3个,⏎分别是东村站、西村站和南村站).
        // A list cut inside a name (…红色观影和志愿⏎服务三项活动。) needs only its 、 before the
        // break, and a count after it.
        // (Tested last: a scan of the line above, where the other tests are a look each.)
        var listRunsOn: Bool {
            line.mask.contains(.cjkNumeral) && previous.cls(last - 1).contains(.ideograph) && previous.contains(scalar: U.ideoComma)
        }
        guard last > 0, before[last - 1] != 0xFF1A, before[last - 1] != U.colon,
              previous.mask.contains(.digit) || previous.mask.contains(.cjkNumeral) || before[last - 1] == U.ideoComma || listRunsOn,
              line.mask.contains(.digit) || line.mask.contains(.cjkNumeral) || NumberParser.digitValue(before[last - 1]) != nil
                || before[last - 1] == U.ideoComma || line.contains(scalar: U.ideoComma) else { return [] }
        let breakdown = isBreak(before[last - 1])
        // Lines apart (a blank line between) are read together only as a breakdown.
        if previous.number != line.number - 1, !breakdown { return [] }
        if breakdown {
            var first = 0
            while first < after.count, isSpace(after[first]) { first += 1 }
            guard first + 1 < after.count, after[first] == U.s("其") && after[first + 1] == U.s("中")
                    || after[first] == BreakdownViews.split && BreakdownViews.opening(line, first..<after.count) != nil else { return [] }
        }
        var tailStart = breakdown ? last - 1 : last
        while tailStart > 0, !isBreak(before[tailStart - 1]) { tailStart -= 1 }
        var headEnd = 0
        // A breakdown runs to its sentence's end (分产业看,A…;B…;C…。), across semicolons —
        // also a 其中 line after a line cut with no stop (医院3.5亿人次,同比提高10.6%⏎其中:公立
        // 医院2.9亿人次,…;民营医院0.6亿人次): one sentence, read as if on one line, so its
        // flags stay (sumforms).
        // So does a 其中 breakdown begun in the line before and cut by the break inside an item (…其中:
        // 水毁修复64件,沟道岁修1475件,病险水⏎库除险加固7件;旱地水浇…34件;…其它209件。, dev zd07): its items
        // run on across semicolons to the sentence's end.
        let toStop = breakdown || opensWithQiZhong(line)
            || (tailStart..<max(tailStart, last - 1)).contains { before[$0] == TotalParts.breakdownLead[0] && before[$0 + 1] == TotalParts.breakdownLead[1] }
        while headEnd < after.count, !(toStop ? isStop(after[headEnd]) : isBreak(after[headEnd])) { headEnd += 1 }
        if headEnd < after.count { headEnd += 1 }
        if !breakdown {
            let (oneTail, oneHead) = (tailStart, headEnd)
            // A share cut from its part reads its whole in the sentence before the part
            // (…共出生1777人;政策内出生1771人,⏎政策生育率达到99.66%), and a rate may open the
            // sentence after the cut one (…求助50755件,⏎办结50405件。办结率为99.3%), as on one
            // line (`Ratios.check` looks one sentence back): one more sentence each side.
            // Only checks over the break are kept, so nothing of either line is read twice.
            if tailStart > 1 { tailStart -= 1; while tailStart > 0, !isBreak(before[tailStart - 1]) { tailStart -= 1 } }
            while headEnd < after.count, !isBreak(after[headEnd]) { headEnd += 1 }
            if headEnd < after.count { headEnd += 1 }
            if last - tailStart + headEnd > 600 { (tailStart, headEnd) = (oneTail, oneHead) }
        }
        guard last - tailStart >= 2, headEnd >= 2, last - tailStart + headEnd <= 600 else { return [] }
        // The scanner reads no figure in a text without a digit or a numeral (its first test):
        // asked of the two parts' classes before the joined text is built and folded again.
        if lacksFigure(previous, tailStart..<last), lacksFigure(line, 0..<headEnd) { return [] }
        let joined = LineText(number: previous.number, raw: Array(before[tailStart..<last]) + Array(after[..<headEnd]))
        let hits = QuantityScanner.scan(joined)
        guard !hits.isEmpty else { return [] }
        // Columns: the joined text starts at `tailStart` of the line before; the break lies
        // after the tail's characters.
        // (Counted by scalars where every one is plain: the same count, without a String.)
        let prefix = previous.rawCharacters(0..<tailStart)
        let boundary = previous.rawCharacters(tailStart..<last) + 1
        let found = Arithmetic.check(joined, hits: hits, previous: nil) + NamedLists.check(joined, hits: hits, previous: nil)
        return found.compactMap { check in
            guard check.column < boundary, check.column + LineText.characters(check.text) > boundary, !breakdown || check.consistent && check.kind == "sum" else { return nil }
            var moved = check
            moved.column += prefix
            return moved
        }
    }

    /// No scalar of `range` (raw indices) is a digit or a numeral — answered only where the line's
    /// analysis form is its raw text scalar for scalar (no space, reading or entity removed, so
    /// the indices agree and each class is that of the scalar's fold, as in the joined text) and
    /// no & could begin an entity that decodes to a digit.
    static func lacksFigure(_ line: LineText, _ range: Range<Int>) -> Bool {
        guard line.origin.isEmpty, line.raw.count == line.count, !line.mayContain(U.ampersand) else { return false }
        let figure = CharClass.digit.rawValue | CharClass.cjkNumeral.rawValue
        return line.classes.withUnsafeBufferPointer { classes in
            for index in range where classes[index] & figure != 0 { return false }
            return true
        }
    }

    /// 。!?; (full- or half-width): the end of a sentence.
    private static func isBreak(_ scalar: UInt32) -> Bool {
        scalar == U.ideoStop || scalar == 0xFF01 || scalar == 0xFF1F || scalar == 0xFF1B || scalar == U.s("!") || scalar == U.s("?")
            || scalar == U.semicolon
    }

    /// True when the line opens with 其中 or 分…看: it may break down the paragraph before, even
    /// across a blank line (`Analyzer`, `LineFacts` then read the two together).
    static func opensBreakdown(_ line: LineText) -> Bool {
        let first = line.contentStart
        guard first + 1 < line.count else { return false }
        return line[first] == U.s("其") && line[first + 1] == U.s("中")
            || line[first] == BreakdownViews.split && BreakdownViews.opening(line, first..<line.count) != nil
    }

    /// 其中 at the line's first letter (after spaces and marks).
    private static func opensWithQiZhong(_ line: LineText) -> Bool {
        let first = line.contentStart
        return first + 1 < line.count && line[first] == U.s("其") && line[first + 1] == U.s("中")
    }

    /// 。!? only.
    private static func isStop(_ scalar: UInt32) -> Bool {
        scalar == U.ideoStop || scalar == 0xFF01 || scalar == 0xFF1F || scalar == U.s("!") || scalar == U.s("?")
    }

    static func isSpace(_ scalar: UInt32) -> Bool { scalar == 0x20 || scalar == 0x3000 || scalar == 0x09 || scalar == 0x0D }
}
