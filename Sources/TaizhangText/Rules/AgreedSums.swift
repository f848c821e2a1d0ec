/// Sums read without forms (agree pass): a figure T and a run of two or more figures of
/// the same measure that add up to it exactly (within the rounding of the figures as
/// written), tied to T by the grammar of totals (`AgreedSums+Cues`): a totalling word
/// before T or a breakdown word, colon or bracket after it, the parts following in order
/// in T's sentence (or the next one when it opens with a breakdown word); or a totalling
/// word in T's own clause with the parts right before it.
///
/// The form rules (`TotalParts`, `ItemTotals`, `NamedLists` …) each read the phrasings
/// they were written for; this reader asks only for measure, order and a cue, so it
/// carries to phrasings nobody wrote down. It never flags: agreement by exact sum is
/// evidence, disagreement without a declared-exhaustive list is not (a 其中 subset).
/// Strict by construction: same measure (人/名/位 count the same people; 人 and 人次 do
/// not), no percentage, change, approximate figure or figure of comparison in the run,
/// and a list that goes on past the match (…、C) is no match.
enum AgreedSums {
    static func check(_ line: LineText, _ hits: [QuantityHit], _ sentences: [Range<Int>],
                      known: [[ArithmeticCheck]]) -> [ArithmeticCheck] {
        guard hits.count >= 3 else { return [] }
        var checks = [ArithmeticCheck]()
        let cue = lastCue(line)
        // The known sums' columns, counted once per line (`String.count` walks graphemes; it
        // was counted again for every figure, ≈ 0.7 % of the CLI's instructions).
        var knownSpans: [Range<Int>]? = nil
        for index in hits.indices where summable(hits[index]) {
            // A total another rule has already read (agreement or flag) is left to it.
            let column = line.column(of: hits[index].start)
            let covers = { (check: ArithmeticCheck) in check.kind == "sum" && check.column <= column && column < check.column + check.text.count }
            if knownSpans == nil {
                knownSpans = known.flatMap { $0.filter { $0.kind == "sum" }.map { $0.column..<($0.column + $0.text.count) } }
            }
            if checks.contains(where: covers) || knownSpans!.contains(where: { $0.contains(column) }) { continue }
            if let check = partsAfter(line, hits, index, sentences, lastCue: cue) ?? partsBefore(line, hits, index, sentences) {
                checks.append(check)
            }
        }
        // Then sums without a cue (xagree), in a pass of their own so that they never cover a
        // total the cue readers above would have read.
        // A breakdown whose start another check covers is left to it; the whole's later
        // breakdowns are still read (3059条: 1904 + 1155 read by a form, then 3055 + 4).
        for index in hits.indices where summable(hits[index]) {
            for check in unmarked(line, hits, index, sentences) + (unmarkedBefore(line, hits, index, sentences).map { [$0] } ?? []) {
                // Covered: another check spans this one's first and last figure.
                let first = check.column, last = check.column + check.text.count - 1
                let covers = { (other: ArithmeticCheck) in other.kind == "sum" && other.column <= first && last < other.column + other.text.count }
                if !checks.contains(where: covers), knownSpans?.contains(where: { $0.contains(first) && $0.contains(last) }) != true { checks.append(check) }
            }
        }
        return checks
    }

    /// Measures that never add up: ages, multiples, tenths (三成), rates (元/人).
    static let unsummed: MeasureSet = ["岁", "倍", "成", "度", "级", "星"]

    /// A figure that may be a total or a part: exact, no rate, no change.
    static func summable(_ hit: QuantityHit) -> Bool {
        // The measure's test (`unsummedMeasure`) is a bit of the hit, computed once: the set
        // of Strings was hashed for every figure the sum readers asked about.
        hit.summableMeasure && !hit.isPercent && !hit.isPoints && hit.change == nil && !hit.isApproximate && hit.normalized > 0
    }

    static func sameMeasure(_ a: QuantityHit, _ b: QuantityHit) -> Bool {
        ItemTotals.sameKind(a, b)
    }

    /// Sum and total compared in the total's unit, within the rounding of the figures.
    static func agrees(_ total: QuantityHit, _ parts: [QuantityHit]) -> Bool {
        let sum = parts.reduce(0) { $0 + $1.normalized } / total.number.magnitude
        return abs(sum - total.number.value) <= Sentences.tolerance(total: total, parts: parts)
    }

    static func statement(_ total: QuantityHit, _ parts: [QuantityHit], _ cue: String) -> String {
        let scale = total.number.magnitude
        return "sum: " + parts.map { Sentences.format($0.normalized / scale) }.joined(separator: " + ")
            + " = \(Sentences.format(total.value))\(total.unit) (\(cue); agreement read without a form)"
    }
}
