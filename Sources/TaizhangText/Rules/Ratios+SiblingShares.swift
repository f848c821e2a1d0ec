/// 求助类401069个,占总量的55.97%;咨询类158019个,占总量的22.05%;举报类来电62635个,占总量的8.74%:
/// a list of parts, each followed by its share in a clause of its own that opens with 占 and
/// names the same whole (the same words, or none after a first that names the whole of
/// everything: 占全部诉求的 … 占 … 占), states one whole — each part and its rounded share
/// imply a range for it. When all shares but one imply a common whole and that one cannot, its
/// rate is wrong whatever the whole is: it is flagged, by the grammar of the list (one whole
/// named once), not by finding figures that happen to agree. Eighteenth pass (wrongsum).
///
/// Not read: two pairs (which one is wrong is not known), lists across a sentence end (直办…,
/// 转办… 。 咨询类…: a new list may be of another whole), shares whose clause names a figure
/// (占年初预算1600万元的: the whole is stated and read by `statedShare`), money mixed with
/// counts, two outliers (the shares may be of two wholes).
extension Ratios {
    struct SiblingShare { var part: QuantityHit, rate: QuantityHit, phrase: [UInt32] }

    /// The flags of the list's outlier, keyed by its rate's start.
    static func siblingShares(_ line: LineText, hits: [QuantityHit]) -> [Int: ArithmeticCheck] {
        guard line.contains(scalar: share) else { return [:] }
        var flags: [Int: ArithmeticCheck] = [:]
        var chain: [SiblingShare] = []
        var lastIndex = -1
        for index in hits.indices.dropFirst() {
            guard let pair = sibling(line, hits, index) else { continue }
            // A chain continues over changes (同比提高10.6%) only, within one sentence.
            let between = (lastIndex + 1)..<(index - 1)
            // 其中 between two pairs opens shares of a part (A 200人,占40%;其中B 50人,占25%: of
            // the 200), so the chain ends there.
            let gap = chain.isEmpty ? 0..<0 : (chain.last!.rate.end)..<pair.part.start
            let continues = !chain.isEmpty && hits[between].allSatisfy({ $0.change != nil })
                && !gap.contains(where: { line[$0] == 0x3002 || line[$0] == 0x0A || TotalParts.markers.prefix(in: line.norm, at: $0) > 0 })
            if !continues {
                flags.merge(outlier(line, chain)) { a, _ in a }
                chain = []
            }
            chain.append(pair)
            lastIndex = index
        }
        flags.merge(outlier(line, chain)) { a, _ in a }
        return flags
    }

    /// A part right before a clause that opens with 占 and holds no figure before its rate.
    private static func sibling(_ line: LineText, _ hits: [QuantityHit], _ index: Int) -> SiblingShare? {
        let rate = hits[index], part = hits[index - 1]
        guard rate.isPercentSign, rate.change == nil, !rate.isApproximate, rate.value > 0, rate.value < 100,
              !part.isPercent, part.change == nil, !part.isApproximate, part.normalized > 0,
              line[part.end] == U.comma, line[part.end + 1] == share,
              Sentences.clauseStart(line, before: rate.start) == part.end + 1 else { return nil }
        var phrase = Array(line.norm[(part.end + 2)..<rate.start])
        guard phrase.allSatisfy({ CharClass.of($0).contains(.ideograph) }) else { return nil }
        if phrase.last == possessive { phrase.removeLast() }
        // 占比, 占比为, 占比率达, 占比量: no whole named.
        if phrase.first == U.s("比") { phrase = [] }
        return SiblingShare(part: part, rate: rate, phrase: phrase)
    }

    private static func outlier(_ line: LineText, _ chain: [SiblingShare]) -> [Int: ArithmeticCheck] {
        if chain.count == 2 { return pairOfOneAttribute(line, chain) }
        guard chain.count >= 3 else { return [:] }
        // One whole named: the same words each time, or none after a first naming all (总, 全部).
        let named = Set(chain.map(\.phrase).filter { !$0.isEmpty })
        guard named.count <= 1 else { return [:] }
        if let words = named.first, chain.contains(where: { $0.phrase.isEmpty }),
           !(words.contains(U.s("总")) || words.contains(U.s("全"))) { return [:] }
        let money = chain.map { $0.part.measure.hasSuffix("元") }
        guard Set(money).count == 1 else { return [:] }
        let ranges = chain.map(impliedWholes)
        var found: [Int] = []
        for i in chain.indices {
            let others = ranges.indices.filter { $0 != i }.map { ranges[$0] }
            let low = others.map(\.lowerBound).max()!, high = others.map(\.upperBound).min()!
            if low <= high, ranges[i].upperBound < low || ranges[i].lowerBound > high { found.append(i) }
        }
        guard found.count == 1, let i = found.first else { return [:] }
        let others = ranges.indices.filter { $0 != i }.map { ranges[$0] }
        let low = others.map(\.lowerBound).max()!, high = others.map(\.upperBound).min()!
        let pair = chain[i], scale = pair.part.number.magnitude
        func whole(_ value: Double) -> String { Sentences.format((value / scale * 100).rounded() / 100) }
        let statement = "share \(Sentences.format(pair.part.normalized / scale)) = \(Sentences.format(pair.rate.value))% of a whole of "
            + "\(whole(ranges[i].lowerBound))–\(whole(ranges[i].upperBound)), but the list's other "
            + "\(chain.count - 1) shares of the same whole imply \(whole(low))–\(whole(high))"
        return [pair.rate.start: make(line, "ratio", pair.part.start, pair.rate.end, statement, false)]
    }

    /// The wholes a part (rounded to its last digit if scaled or decimal) and its rate allow —
    /// a rate within a unit of its last digit either way: rounded, truncated, or rounded from a
    /// whole that the list's other rates were not (e09: 826 of 1563 is 52.85%, stated 52.84%).
    private static func impliedWholes(_ pair: SiblingShare) -> ClosedRange<Double> {
        let unit = Sentences.pow10(-pair.rate.number.decimals)
        let rounded = pair.part.number.decimals > 0 || pair.part.number.magnitude > 1
        let half = rounded ? 0.5 * Sentences.pow10(-pair.part.number.decimals) * pair.part.number.magnitude : 0
        let low = (pair.part.normalized - half) * 100 / (pair.rate.value + unit)
        let high = (pair.part.normalized + half) * 100 / max(pair.rate.value - unit, 1e-9)
        return low...high
    }

    /// 直办37527件,占52.7%,转办33657件,占47.3%: two pairs whose labels are values of one
    /// attribute (one letter differs, as in `TotalParts.oneAttribute`) share a whole; when their
    /// rates imply none, one of them is wrong — the pair is flagged as one statement. Labels
    /// that differ more (发现问题20个,占30%,整改15个,占75%: the second of the first) are left.
    private static func pairOfOneAttribute(_ line: LineText, _ chain: [SiblingShare]) -> [Int: ArithmeticCheck] {
        guard chain[0].phrase == chain[1].phrase, chain[0].part.measure.hasSuffix("元") == chain[1].part.measure.hasSuffix("元") else { return [:] }
        let labels = chain.map { pair in Array(line.norm[Sentences.clauseStart(line, before: pair.part.start)..<pair.part.start]) }
        guard TotalParts.oneAttribute(labels) else { return [:] }
        let a = impliedWholes(chain[0]), b = impliedWholes(chain[1])
        guard !a.overlaps(b) else { return [:] }
        let statement = "shares \(Sentences.format(chain[0].rate.value))% and \(Sentences.format(chain[1].rate.value))% of one whole "
            + "(labels of one attribute) imply different wholes"
        let check = make(line, "ratio", chain[0].part.start, chain[1].rate.end, statement, false)
        return [chain[0].rate.start: check, chain[1].rate.start: check]
    }
}
