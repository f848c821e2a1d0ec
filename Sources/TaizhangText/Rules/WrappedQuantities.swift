/// A quantity cut by the line break of a PDF extraction, which ends a line wherever a run of
/// text ends: the figure on one line and its measure on the next (花生种植面积达 ⏎ 7860 ⏎ 亩,增长),
/// or a qualifier ending one line and the figure opening the next (全文电子化率达 ⏎ 90.3%).
/// The figure may keep its magnitude on the first line (农户16.8108 万 ⏎ 户, metrics19): 万 and
/// 亿 belong to the number, the measure word is what wrapped.
/// Read alone, the first line holds digits with no measure (no quantity) and the second a figure
/// without its qualifier; read as one line (the end of the one and the start of the other, as
/// `WrappedLines` does for statements) the scanner applies its usual grammar, exclusions and
/// unit blockers (人 ⏎ 员 is no measure) to the joined text.
///
/// Near misses left alone: a table row of figures set apart by spaces (12 35 47 ⏎ 万元以上…), a
/// figure after a sentence stop (…任务。2 ⏎ …: a numbered item or a page number), a figure glued
/// to a label whose next line reads on (电话12345 ⏎ 人工服务…), lines apart.
/// Cost: two looks (last and first letter) per line; a join only when both fit.
enum WrappedQuantities {
    /// The quantity whose digits end `previous` and whose measure opens `line`, reported on
    /// `previous` (its text is the figure as it stands on that line).
    static func carriedFigure(previous: LineText, line: LineText) -> Quantity? {
        guard previous.number == line.number - 1 else { return nil }
        let last = end(of: previous)
        // 涉及农户16.8108 万 ⏎ 户: the figure's magnitude stays with it, its measure word wraps.
        let figureEnd = last > 1 && NumberParser.bigUnit(previous[last - 1]) != nil ? last - 1 : last
        guard figureEnd > 0, NumberParser.digitValue(previous[figureEnd - 1]) != nil else { return nil }
        let first = firstLetter(of: line)
        // 出动 ⏎ 8000 ⏎ 余人次 (zf14): the qualifier 余/多 wraps with the measure it stands before.
        let unitStart = first + (line[first] == U.s("余") || line[first] == U.s("多") ? 1 : 0)
        guard first < line.count, line.cls(first).contains(.ideograph) || line[first] == U.percent || line[first] == U.permille,
              Vocabulary.units.prefix(in: line.norm, at: unitStart) > 0 else { return nil }
        // The figure: digits and a decimal point, back from the line's end.
        var start = figureEnd
        while start > 0, NumberParser.digitValue(previous[start - 1]) != nil || previous[start - 1] == U.dot { start -= 1 }
        let before = previous[start - 1]
        // A row of figures (cells set apart by spaces) or a figure after a stop is no wrapped text.
        if start > 0, isSpace(before) || isStop(before) || previous.cls(start - 1).contains(.latin) { return nil }
        // The clause the figure ends (for a qualifier before it), at most 8 letters of it.
        var tailStart = start
        while tailStart > 0, start - tailStart < 8, !previous.cls(tailStart - 1).contains(.clauseBreak), !isSpace(previous[tailStart - 1]) {
            tailStart -= 1
        }
        var headEnd = first
        while headEnd < line.count, headEnd - first < 12, !line.cls(headEnd).contains(.clauseBreak) { headEnd += 1 }
        // Joined from `norm` (the indices here are norm's: raw may hold spaces and glosses it dropped).
        let joined = LineText(number: previous.number, raw: Array(previous.norm[tailStart..<last]) + Array(line.norm[first..<headEnd]))
        let boundary = last - tailStart
        guard let hit = QuantityScanner.scan(joined).first(where: { $0.number.start == start - tailStart && $0.end > boundary }),
              hit.number.end == figureEnd - tailStart else { return nil }
        // A figure alone on its line is a run of its own (PDF). One glued to text before it must
        // close its clause with the measure (培训班12 ⏎ 场次,…): 联系电话12345 ⏎ 人工服务… reads on.
        if start > 0, hit.end < joined.count, !joined.cls(hit.end).contains(.clauseBreak) { return nil }
        let from = tailStart + hit.start
        return Quantity(text: previous.string(from..<last), value: hit.number.value, unit: hit.unit,
                        multiplier: hit.number.magnitude, qualifier: hit.qualifier, subject: hit.subject,
                        line: previous.number, column: previous.column(of: from), change: hit.change)
    }

    /// `hit` (a quantity opening `line`) with the qualifier that ends `previous` (…率达 ⏎ 90.3%),
    /// when the two read as one line give it one; else `hit` unchanged.
    static func carriedQualifier(previous: LineText?, line: LineText, hit: QuantityHit) -> QuantityHit {
        guard let previous, previous.number == line.number - 1, hit.prefixQualifier == nil,
              hit.start == firstLetter(of: line) else { return hit }
        let last = end(of: previous)
        guard last > 0, previous.cls(last - 1).contains(.ideograph),
              Vocabulary.prefixQualifiers.suffix(in: previous.norm, endingAt: last) > 0 else { return hit }
        var tailStart = last
        while tailStart > 0, last - tailStart < 8, previous.cls(tailStart - 1).contains(.ideograph) { tailStart -= 1 }
        let headEnd = min(line.count, hit.end + 4)
        let joined = LineText(number: line.number, raw: Array(previous.norm[tailStart..<last]) + Array(line.norm[hit.start..<headEnd]))
        let boundary = last - tailStart
        guard let read = QuantityScanner.scan(joined).first(where: { $0.number.start == boundary }),
              read.prefixQualifier != nil, read.start < boundary, read.unit == hit.unit, read.number.value == hit.number.value else { return hit }
        var carried = hit
        carried.prefixQualifier = read.prefixQualifier
        carried.qualifier = read.qualifier
        return carried
    }

    /// The end of the line's text, trailing spaces left out.
    /// The end of the line's last letter (spaces after it aside); `Arithmetic+CutDecimals` reads it too.
    static func end(of line: LineText) -> Int {
        var last = line.count
        while last > 0, isSpace(line[last - 1]) { last -= 1 }
        return last
    }

    /// The first letter after leading spaces.
    private static func firstLetter(of line: LineText) -> Int {
        var first = 0
        while first < line.count, isSpace(line[first]) { first += 1 }
        return first
    }

    private static func isStop(_ scalar: UInt32) -> Bool {
        scalar == U.ideoStop || scalar == 0xFF01 || scalar == 0xFF1F || scalar == U.s("!") || scalar == U.s("?") || scalar == U.semicolon
    }

    /// The spaces `WrappedLines` steps over at a line's ends (one definition for both joins).
    private static func isSpace(_ scalar: UInt32) -> Bool { WrappedLines.isSpace(scalar) }
}
