/// 预算为3328万元。其中,因公出国(境)费50万元,公务接待费478万元,公务用车购置及运行费2800万元。
/// 同口径比2018年减少830万元,下降20%: a change whose sentence states no amount of its own goes on
/// from the sentences before it, and when those are a total and its 其中 breakdown, the change is
/// the total's (830 / (3328 + 830) = 20%), not the breakdown's last part's (2800: a false 22.87%).
/// The parts' own changes follow as their own sentences (其中:因公出国(境)费…减少9万元); the total's
/// comes first. Twenty-seventh pass (xsum21).
///
/// Read when the increment (增加/减少 D, the figure right before the rate) is the first figure of
/// its sentence (a year is no amount) and the sentence before holds 其中 after a figure of D's
/// measure — the last such figure before 其中 is the total — or opens with 其中 and the sentence
/// before it ends with such a figure. On the first sentence of a line, the previous line's last
/// sentence is read the same way (财政拨款“三公”经费预算总额为2.7万元,其中,…1.2万元。⏎2018年“三公”
/// 经费预算数比2017年预算数减少0.06万元,减幅0.02%: 0.06 / 2.76 is 2.17%, an error). The total,
/// part and relation are fixed by the grammar, so a mismatch is flagged.
extension Ratios {
    /// The growth of the increment right before `hits[index]` over the total broken down in the
    /// sentence before, or nil when that reading does not apply.
    static func carriedChange(_ line: LineText, _ hits: [QuantityHit], _ index: Int) -> ArithmeticCheck? {
        guard let delta = openingIncrement(line, hits, index) else { return nil }
        let sentences = Sentences.ranges(line)
        guard let at = sentences.firstIndex(where: { $0.contains(delta.start) }), at > 0,
              let total = breakdownTotal(line, hits.filter { $0.end <= sentences[at].lowerBound }, sentences, before: at, measure: delta.measure)
        else { return nil }
        return carried(line, delta, over: total, hits[index], from: delta.start, "the total broken down in the sentence before")
    }

    /// The same reading on a line's first sentence, against the previous line's last sentence.
    static func carriedChanges(_ line: LineText, hits: [QuantityHit], previous: LineText?, checked: [ArithmeticCheck]) -> [ArithmeticCheck] {
        guard let previous, hits.count >= 2, previous.contains(scalar: TotalParts.breakdownLead[0]) else { return [] }
        let first = Sentences.ranges(line).first ?? 0..<line.count
        var checks = [ArithmeticCheck]()
        // The previous line scanned again once, at the first increment that needs it (not per increment).
        var earlier: (hits: [QuantityHit], sentences: [Range<Int>])?
        for index in hits.indices where hits[index].start < first.upperBound {
            guard let delta = openingIncrement(line, hits, index) else { continue }
            let column = line.column(of: hits[index].start)
            if checked.contains(where: { $0.line == line.number && $0.column <= column && column < $0.column + $0.text.count }) { continue }
            if earlier == nil { earlier = (QuantityScanner.scan(previous), Sentences.ranges(previous)) }
            guard let (before, sentences) = earlier, !sentences.isEmpty, let total = breakdownTotal(previous, before, sentences, before: sentences.count, measure: delta.measure)
            else { return checks }
            if let check = carried(line, delta, over: total, hits[index], from: delta.start, "the total broken down on the line before") { checks.append(check) }
        }
        return checks
    }

    /// The increment right before the growth rate `hits[index]` when it is the first amount of its
    /// sentence (所占比重 and years aside: 2018年 is a date).
    private static func openingIncrement(_ line: LineText, _ hits: [QuantityHit], _ index: Int) -> QuantityHit? {
        let percent = hits[index]
        guard index > 0, percent.isPercentSign, percent.change != nil, !percent.isApproximate else { return nil }
        let delta = hits[index - 1]
        guard delta.change != nil, !delta.isPercent, !delta.isApproximate, delta.normalized != 0, percent.start - delta.end <= 12 else { return nil }
        let sentence = Sentences.ranges(line).first { $0.contains(delta.start) } ?? 0..<line.count
        guard !hits[..<(index - 1)].contains(where: { $0.start >= sentence.lowerBound && $0.unit != "年" }) else { return nil }
        return delta
    }

    /// The total of a 其中 breakdown in `sentences[at - 1]` (or, when that sentence opens with 其中,
    /// the last figure of `sentences[at - 2]`), of `measure`.
    private static func breakdownTotal(_ line: LineText, _ figures: [QuantityHit], _ sentences: [Range<Int>], before at: Int,
                                       measure: String) -> QuantityHit? {
        guard at >= 1 else { return nil }
        let last = sentences[at - 1]
        guard let marker = last.first(where: { line.matches(TotalParts.breakdownLead, at: $0) }) else { return nil }
        let candidates = figures.filter { $0.measure == measure && $0.change == nil && !$0.isPercent && !$0.isApproximate && $0.normalized > 0 }
        if let total = candidates.last(where: { last.contains($0.start) && $0.end <= marker }) { return total }
        // 。其中,…: the sentence opens with the marker (spaces and a comma aside).
        guard (last.lowerBound..<marker).allSatisfy({ line.cls($0).contains(.space) }), at >= 2,
              let total = candidates.last(where: { sentences[at - 2].contains($0.start) }),
              !figures.contains(where: { sentences[at - 2].contains($0.start) && $0.start > total.start && !$0.isPercent && $0.change == nil })
        else { return nil }
        return total
    }

    private static func carried(_ line: LineText, _ delta: QuantityHit, over total: QuantityHit, _ percent: QuantityHit,
                                from: Int, _ reason: String) -> ArithmeticCheck? {
        guard total.normalized > abs(delta.normalized) || delta.change == "decrease",
              let g = growthOfIncrement(delta, over: total, percent) else { return nil }
        return make(line, "growth", from, percent.end, "growth \(g.formula) \(versus(g.rate, percent.number.value)) (\(reason))", g.ok)
    }
}
