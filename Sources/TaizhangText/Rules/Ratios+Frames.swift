/// 在已审结的87件民事案件中,调解、撤诉结案49件,调解率为56.3%; 10项街道民生实事项目中,1项已完成,
/// 4项推进顺利,5项推进滞后,滞后项目占比50%: a clause ending in 中 that holds one figure frames
/// the sentence — what follows is counted among those things, so a rate right after a part,
/// named by a word of the part's label (调解 of 调解、撤诉结案; 滞后 of 推进滞后) and 率 or 占比,
/// is the part's share of the frame's figure. The grammar names part, whole and rate, so a
/// mismatch is flagged. Eighteenth pass (wrongsum).
///
/// Not read: a rate whose name shares no word with the part's label (…,5项推进滞后,完成率10%:
/// the rate is of another count), a frame without a figure or with two, 其中 (a breakdown
/// marker, not a frame), a part larger than the frame's figure.
extension Ratios {
    static func frameShare(_ line: LineText, _ hits: [QuantityHit], _ index: Int, sentences: [Range<Int>]) -> ArithmeticCheck? {
        let percent = hits[index]
        guard index >= 2, percent.isPercentSign, percent.change == nil, !percent.isApproximate else { return nil }
        let part = hits[index - 1]
        let clause = Sentences.clauseStart(line, before: percent.start)
        guard !part.isPercent, part.change == nil, !part.isApproximate, part.normalized > 0,
              // The part stands before the rate's clause: a numeral inside the rate's name (一类率为
              // 100%, ratioread) is a figure of that clause, and its label would run backwards.
              clause > 0, part.end < clause, line[clause - 1] == U.comma, Sentences.clauseStart(line, before: clause - 1) <= part.start,
              let name = rateLabel(line, clause..<percent.start) else { return nil }
        // The rate's name shares a word (two letters) with the part's clause, before or after
        // its figure (5项推进滞后; 调解、撤诉结案49件: a 、-list is one clause here).
        let label = Array(line.norm[Sentences.listStart(line, before: part.start)..<(clause - 1)])
        guard name.count >= 2, (0..<(name.count - 1)).contains(where: { at in
            (0..<max(0, label.count - 1)).contains { label[$0] == name[at] && label[$0 + 1] == name[at + 1] } }) else { return nil }
        let sentence = sentences[Sentences.sentence(of: percent.start, in: sentences)]
        // The nearest clause before the part ending in 中 (not 其中) right before a comma.
        guard let close = (sentence.lowerBound..<part.start).last(where: { line[$0] == U.s("中") && line[$0 + 1] == U.comma }),
              close > 0, line[close - 1] != U.s("其") else { return nil }
        let frame = Sentences.clauseStart(line, before: close)..<close
        let inside = hits[..<index].filter { frame.contains($0.start) }
        guard inside.count == 1, let whole = inside.first, !whole.isPercent, whole.change == nil, !whole.isApproximate,
              whole.normalized >= part.normalized, compatibleOrCount(part, whole) else { return nil }
        let ratio = part.normalized / whole.normalized * 100
        let statement = "ratio \(Sentences.format(part.normalized / part.number.magnitude))/\(Sentences.format(whole.normalized / whole.number.magnitude)) \(versus(ratio, percent.value)) (a share of the figure the sentence's …中 frames)"
        return make(line, "ratio", whole.start, percent.end, statement, matches(part: part, whole: whole, percent, shortFigures: true))
    }

    /// The name of a rate clause: 2–6 ideographs, then 率 or 占比, then nothing or 为/达/是.
    private static func rateLabel(_ line: LineText, _ range: Range<Int>) -> [UInt32]? {
        let words = Array(line.norm[range])
        guard words.allSatisfy({ CharClass.of($0).contains(.ideograph) }) else { return nil }
        var end = words.count
        if end > 0, [U.s("为"), U.s("达"), U.s("是")].contains(words[end - 1]) { end -= 1 }
        if end >= 2, words[end - 2] == share, words[end - 1] == U.s("比") { end -= 2 }
        else if end >= 1, words[end - 1] == U.s("率") { end -= 1 } else { return nil }
        return (2...6).contains(end) ? Array(words[..<end]) : nil
    }
}
