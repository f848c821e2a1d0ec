/// 共组织国税收入38842万元,…,同比增收3192万元 ⏎ 中央级收入…30284万元,…,增收2064万元;省级收入
/// 完成2946万元,…,增收345万元;地方级收入完成5612万元,…,增收794万元: parts that add up to
/// their whole exactly are a partition of it — no label, no 其中-subset question: the sum says
/// so. Each part then states its change by the same verb as the whole's (增收, 增加, 减少 …),
/// and the changes of a partition add up to the whole's change: 2064 + 345 + 794 = 3203 is not
/// 3192, an error. Read only when the whole and every part hold exactly one change of their
/// measure, in their own sentence (the part's: up to the next part), by one verb and one
/// direction. The form across lines of `increments` (parts after 其中 in the total's line,
/// each change tied to its figure by a comparison word): here the total and its parts stand in
/// two lines (`ItemTotals`), and a change belongs to its figure by sharing the whole's verb.
/// Twenty-first pass (sumshapes): dev's wrong sums left unflagged (l17).
extension TotalParts {
    /// The one change of `figure`'s measure after it, before `end`, and its verb.
    static func companionChange(_ line: LineText, _ hits: [QuantityHit], of figure: QuantityHit, before end: Int) -> (QuantityHit, [UInt32])? {
        let changes = hits.filter { $0.start > figure.end && $0.start < end && $0.change != nil && !$0.isPercent && !$0.isPoints
            && !$0.isApproximate && ItemTotals.sameKind($0.measure, figure.measure) }
        guard changes.count == 1, let change = changes.first else { return nil }
        let at = change.start > 0 && line[change.start - 1] == U.s("了") ? change.start - 1 : change.start
        let verb = AgreedSums.changes.suffix(in: line.norm, endingAt: at)
        guard verb > 0 else { return nil }
        return (change, Array(line.norm[(at - verb)..<at]))
    }

    /// Bases other than the year before (a month, a quarter, the year's start): which one a
    /// change is against, when its words name one.
    static let otherBases = Lexicon(["环比", "上月", "上季度", "上周", "上期", "年初"])
    static func otherBase(_ line: LineText, _ range: Range<Int>) -> Bool { Sentences.contains(line, otherBases, in: range) }

    /// The end of the sentence holding `position` (。;!? or the line's end).
    static func endOfSentence(_ line: LineText, after position: Int) -> Int {
        var index = position
        while index < line.count, !line.cls(index).contains(.sentenceEnd) { index += 1 }
        return index
    }

    /// The changes of `parts` (in `partLine`) against the change of `total` (in `totalLine`).
    static func incrementsAcrossLines(total: QuantityHit, in totalLine: LineText, _ totalHits: [QuantityHit],
                      parts: [QuantityHit], in partLine: LineText, _ partHits: [QuantityHit]) -> ArithmeticCheck? {
        guard parts.count >= 2, let (whole, verb) = companionChange(totalLine, totalHits, of: total, before: endOfSentence(totalLine, after: total.end))
        else { return nil }
        // Every change against the same base: a part's 环比/上月 change is no part of a 同比 one.
        let base = otherBase(totalLine, total.end..<whole.start)
        var changes = [QuantityHit]()
        for (offset, part) in parts.enumerated() {
            let next = offset + 1 < parts.count ? parts[offset + 1].start : partLine.count
            guard let (change, partVerb) = companionChange(partLine, partHits, of: part, before: min(next, endOfSentence(partLine, after: part.end))),
                  partVerb == verb, change.change == whole.change, otherBase(partLine, part.end..<change.start) == base else { return nil }
            changes.append(change)
        }
        let (sum, tolerance, agrees) = Sentences.partsSum(changes, of: whole, stated: whole.number.value)
        let statement = "change of the total \(Sentences.format(whole.number.value))\(whole.unit) \(agrees ? "=" : "≠") "
            + Sentences.partsTerms(changes, of: whole, sum: sum)
            + " (changes of the parts in the line after it, which make the total"
            + " \(Sentences.format(total.value))\(total.unit); tolerance ±\(Sentences.format(tolerance)))"
        // On the first part's change: where a reader finds the first figure that disagrees.
        return Arithmetic.make(partLine, "sum", changes[0].start, changes[0].end, statement, agrees)
    }
}
