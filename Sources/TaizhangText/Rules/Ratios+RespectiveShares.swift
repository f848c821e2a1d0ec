/// 有986户通电,有242户通有线电视,拥有电视机农户807户(分别占农户总数的100%、25.05%和83.54%): k
/// rates listed after 分别占 + a whole's name + 的 pair, in order, with the k figures before 分别 (twenty-
/// fifth pass, xwrong). Read one rate at a time, the first rate was paired with the last figure (807
/// with 100%) and the wide agreement search found accidents (201亩/201亩 = 100%): neither is the
/// statement. Grammar and structure only: 分别 says "each in turn", the parts are exactly the figures
/// of the sentence before 分别 (after a 其中 that opens the breakdown), the whole the one figure
/// the phrase names (`namedCandidates`, as for one share). A list that does not pair (another count of
/// figures, measures that differ, no figure or several figures named) is left unread: which rate is
/// whose is then not known, so neither agreement nor a mismatch is told.
extension Ratios {
    static let respectivelyShare: [UInt32] = [0x5206, 0x522B, 0x5360]   // 分别占
    static let listSeparators: ScalarSet = [U.ideoComma, U.comma, U.s("和"), U.s("及"), U.s("与")]

    /// Whether the rate stands in a list after 分别占 in its clause (、 does not end it).
    static func inRespectiveList(_ line: LineText, _ percent: QuantityHit) -> Bool {
        line.contains(scalar: share) && line.contains(respectivelyShare, in: Sentences.listStart(line, before: percent.start)..<percent.start)
    }

    /// The run starting at `index` (its last rate's index) and its check, when `index` is the first
    /// rate of a 分别占…的 list; nil when it is not.
    static func respectiveShares(_ line: LineText, hits: [QuantityHit], at index: Int, sentences: [Range<Int>],
                                 memory: [QuantityHit]) -> (last: Int, check: ArithmeticCheck?)? {
        let first = hits[index]
        guard first.isPercentSign, first.change == nil, !first.isApproximate, first.start >= 4,
              line[first.start - 1] == possessive || CharClass.of(line[first.start - 1]).contains(.space),
              let named = wholeName(line, before: first.start), !named.target, !named.noun.isEmpty, named.head >= 2,
              line.matches(respectivelyShare, at: named.head - 2) else { return nil }
        var last = index
        while last + 1 < hits.count, hits[last + 1].isPercentSign, hits[last + 1].change == nil, !hits[last + 1].isApproximate,
              hits[last + 1].start - hits[last].end <= 2,
              (hits[last].end..<hits[last + 1].start).allSatisfy({ listSeparators.contains(line[$0]) || CharClass.of(line[$0]).contains(.space) }) {
            last += 1
        }
        let k = last - index + 1
        guard k >= 2 else { return nil }
        let sentence = sentences[Sentences.sentence(of: first.start, in: sentences)]
        let respectively = named.head - 2
        let from = (sentence.lowerBound..<respectively).last { TotalParts.markers.prefix(in: line.norm, at: $0) > 0 } ?? sentence.lowerBound
        let parts = hits[..<index].filter { $0.start >= from && $0.end <= respectively }
        guard parts.count == k, parts.allSatisfy({ !$0.isPercent && $0.change == nil && !$0.isApproximate && $0.normalized > 0 }),
              parts.allSatisfy({ compatibleOrCount(parts[0], $0) }),
              let smallest = parts.min(by: { $0.normalized < $1.normalized }) else { return (last, nil) }
        let (candidates, meant) = namedCandidates(named, part: smallest, before: hits[..<index], sentence: sentence, memory: memory)
        let rates = Array(hits[index...last])
        func agrees(_ whole: QuantityHit) -> Bool { zip(parts, rates).allSatisfy { matches(part: $0, whole: whole, $1) } }
        let agreeing = candidates.last(where: agrees)
        guard let whole = agreeing ?? meant.last else { return (last, nil) }
        // A mismatch only against one named whole (a figure stated twice is one), unmodified.
        if agreeing == nil, !meant.allSatisfy({ $0.normalized == whole.normalized }) || modified(whole, named) { return (last, nil) }
        let pairs = zip(parts, rates).map { part, rate in
            "\(Sentences.format(part.normalized / part.number.magnitude))/\(Sentences.format(whole.normalized / whole.number.magnitude)) \(versus(part.normalized / whole.normalized * 100, rate.value))"
        }
        let statement = "ratio (respectively) \(pairs.joined(separator: "; ")) (the whole named by its noun, stated earlier)"
        return (last, make(line, "ratio", parts[0].start, rates[k - 1].end, statement, agreeing != nil))
    }
}
