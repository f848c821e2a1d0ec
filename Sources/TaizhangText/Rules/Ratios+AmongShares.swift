/// A share of the figure a part is counted among (eighteenth pass, corpus-u): 48名党员中有30名
/// 外出打工,占总数的60% — the whole is the figure before 中 (有) and the part the figure right
/// after it; the rate's clause opens with 占 and names no other whole (占比, 占总数的). The
/// grammar fixes the pair, so a mismatch (30 of 48 is 62.5%) is an error.
extension Ratios {
    static func amongShare(_ line: LineText, _ hits: [QuantityHit], _ index: Int) -> ArithmeticCheck? {
        guard index >= 2 else { return nil }
        let percent = hits[index], part = hits[index - 1], whole = hits[index - 2]
        guard percent.isPercentSign, percent.change == nil else { return nil }
        let clause = Sentences.clauseStart(line, before: percent.start)
        guard line[clause] == share, sharePhrase(line, (clause + 1)..<percent.start) else { return nil }
        for figure in [part, whole] {
            guard !figure.isPercent, figure.change == nil, !figure.isApproximate, figure.normalized > 0 else { return nil }
        }
        // The part's clause runs on to the rate's: words only, then one break.
        guard part.end < clause, (part.end..<(clause - 1)).allSatisfy({ line.cls($0).contains(.ideograph) }) else { return nil }
        // Between the two figures: the whole's noun, then 中 or 中有, all in one clause.
        let gap = whole.end..<part.start
        guard gap.count >= 2, gap.count <= 8, gap.allSatisfy({ line.cls($0).contains(.ideograph) }) else { return nil }
        let among = line[gap.upperBound - 1] == middle ? gap.upperBound - 1
            : (line[gap.upperBound - 1] == have && line[gap.upperBound - 2] == middle ? gap.upperBound - 2 : -1)
        guard among > gap.lowerBound, compatibleOrCount(part, whole), part.normalized <= whole.normalized else { return nil }
        let ratio = part.normalized / whole.normalized * 100
        let ok = matches(part: part, whole: whole, percent)
        let statement = "ratio \(Sentences.format(part.normalized / part.number.magnitude))/\(Sentences.format(whole.normalized / whole.number.magnitude)) \(versus(ratio, percent.value)) (a part of the figure it is counted among)"
        return make(line, "ratio", whole.start, percent.end, statement, ok)
    }

    static let middle: UInt32 = 0x4E2D, have: UInt32 = 0x6709   // 中, 有
}
