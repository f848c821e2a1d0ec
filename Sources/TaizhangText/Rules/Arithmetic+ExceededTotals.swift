/// 开展文艺演出30场、送电影下乡25场、广场舞比赛10场,共计55场: parts listed first (one 、
/// list that fills its clause) and a total word opening the next clause right before the total.
/// Trailing totals are otherwise read for agreement only (the first figures of a sentence may
/// be about something else, and a total may count kinds not listed); but parts that add up
/// to MORE than the total they are summed into are an error whatever the kinds left out.
/// Fifteenth pass (errprobe).
extension Arithmetic {
    static func exceededTrailingTotal(_ line: LineText, _ hits: [QuantityHit], _ index: Int) -> ArithmeticCheck? {
        let total = hits[index]
        guard index >= 2, !total.isApproximate, !total.isPercent, total.change == nil, total.normalized > 0 else { return nil }
        // 共计55场 / 合计为500万元: the total word opens the clause and the figure follows it
        // (not 共青团员10人, where 共 opens a noun).
        let clause = Sentences.clauseStart(line, before: total.start)
        let word = totalWords.prefix(in: line.norm, at: clause)
        guard clause > 0, word > 0, total.start == clause + word
                || total.start == clause + word + 1 && [U.s("为"), U.s("达"), U.s("有")].contains(line[clause + word]) else { return nil }
        // The list's clause: back to the previous , ; : 。 (a 、 inside the list does not end it).
        var start = clause - 1
        while start > 0, ![U.comma, U.semicolon, U.colon, U.ideoStop].contains(line[start - 1]) { start -= 1 }
        var parts = line[clause - 1] == U.semicolon ? rows(line, hits, index, before: clause) : hits[..<index].filter { $0.start >= start }
        var commaRows = false
        if line[clause - 1] == U.comma, parts.count < 2 || !TotalParts.oneList(line, parts) {
            parts = self.commaRows(line, hits, index, before: clause); commaRows = true
        }
        guard parts.count >= 2, hits[..<index].last.map({ $0.end < clause }) ?? false,
              parts.allSatisfy({ !$0.isPercent && $0.change == nil && !$0.isApproximate
                  && ($0.measure == total.measure || ItemTotals.sameKind($0.measure, total.measure)) }),
              line[clause - 1] == U.semicolon || commaRows || TotalParts.oneList(line, parts) else { return nil }
        let sum = parts.reduce(0) { $0 + $1.normalized } / total.number.magnitude
        let tolerance = Sentences.tolerance(total: total, parts: parts)
        guard sum > total.value + tolerance else { return nil }
        let statement = "total \(Sentences.format(total.value))\(total.unit) < " + parts.map { Sentences.format($0.normalized / total.number.magnitude) }.joined(separator: " + ")
            + " = \(Sentences.format(sum)) (tolerance ±\(Sentences.format(tolerance))); parts exceed the total"
        return make(line, "sum", parts[0].start, total.end, statement, false)
    }

    /// 城区学校投入300万元;农村学校投入250万元;合计500万元: a total after a semicolon sums the
    /// rows before it — the clauses between semicolons back to the sentence's or a colon's
    /// start, each one clause holding one figure (eighteenth pass, wrongsum). Any row with a
    /// comma or a second figure, or none, and nothing is read.
    static func rows(_ line: LineText, _ hits: [QuantityHit], _ index: Int, before clause: Int,
                     separator: UInt32 = U.semicolon) -> [QuantityHit] {
        var rows = [QuantityHit]()
        var end = clause - 1
        while end > 0, line[end] == separator {
            var start = end
            while start > 0, !line.cls(start - 1).contains(.clauseBreak) || line[start - 1] == U.ideoComma { start -= 1 }
            let inside = hits[..<index].filter { $0.start >= start && $0.end <= end }
            guard inside.count == 1 else { return [] }
            rows.insert(inside[0], at: 0)
            guard start > 0, line[start - 1] == separator else {
                // The first row opens the sentence, the line or a colon's list.
                return start == 0 || line[start - 1] == U.colon || line.cls(start - 1).contains(.sentenceEnd) ? rows : []
            }
            end = start - 1
        }
        return []
    }
}
