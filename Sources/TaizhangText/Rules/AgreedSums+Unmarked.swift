/// Agreement without a cue (twenty-fourth pass, xagree): the whole is the first figure of its
/// measure in its sentence and every later figure of that measure in the sentence is a part
/// (受理省派工单2917件,已处理完毕2349件,正在办理568件). Nothing in the wording ties them;
/// what makes the reading safe is that the figures agree where chance rarely makes them agree:
///
/// - the parts are ALL the sentence's remaining figures of the measure (no sub-run is tried),
///   each smaller than the whole, cut in order into runs of two to eight that each add up to it
///   (`breakdowns`: one whole broken down by source, then by kind);
/// - the whole is large against the rounding window of the comparison (`significant`): two
///   counts adding up to 2917 exactly by chance is about one in a thousand, to 10 one in ten.
///
/// Agreement only: a sentence of figures that do not add up states no sum.
extension AgreedSums {
    /// The whole must be at least this many rounding windows wide (the chance that unrelated
    /// parts land in the window is then about 1/200 per reading).
    static let significance = 200.0

    /// Measures of dates and serial numbers: a year or a document number is no total.
    static let calendar: MeasureSet = ["年", "月", "日", "号", "时", "分", "秒", "期"]

    /// A whole against which agreement is unlikely by chance, and no date or serial number.
    static func significant(_ total: QuantityHit, _ parts: [QuantityHit]) -> Bool {
        !calendar.contains(total) && total.number.value >= significance * Sentences.tolerance(total: total, parts: parts)
    }

    /// One check per breakdown (the first spans the whole and its parts, a later one its parts).
    static func unmarked(_ line: LineText, _ hits: [QuantityHit], _ index: Int, _ sentences: [Range<Int>]) -> [ArithmeticCheck] {
        let total = hits[index]
        // Cheap first: a whole under 100 never passes the significance gate.
        guard total.number.value * Sentences.pow10(total.number.decimals) >= 100 else { return [] }
        let sentence = sentences[Sentences.sentence(of: total.start, in: sentences)]
        // The whole opens the run: no earlier figure of its measure in the sentence.
        guard !hits[..<index].contains(where: { $0.start >= sentence.lowerBound && sameMeasure($0, total) && !$0.isPercent }),
              !compares(line, total, from: sentence.lowerBound) else { return [] }
        var parts = [QuantityHit](), previousEnd = total.end
        for part in hits[(index + 1)...] where part.start < sentence.upperBound && sameMeasure(part, total) {
            if insideBracket(line, previousEnd..<part.start) { continue }
            if part.isApproximate || part.isPercent || part.isPoints || totallingCue(line, before: part) { return [] }
            if part.change != nil || compares(line, part, from: previousEnd) { continue }
            guard summable(part), part.normalized <= total.normalized else { return [] }
            parts.append(part); previousEnd = part.end
        }
        guard parts.count >= 2, let groups = breakdowns(total, parts), significant(total, groups[0]) else { return [] }
        return groups.enumerated().map { offset, group in
            Arithmetic.make(line, "sum", offset == 0 ? total.start : group[0].start, group.last!.end,
                            statement(total, group, "no cue: every later figure of the measure"), true)
        }
    }

    /// The parts cut, in order, into consecutive runs that each add up to the whole (a sentence
    /// may break one whole down twice: by who received it, then by kind, then by outcome); a
    /// figure equal to the whole alone is a restatement (已办结3059条). Nil unless every part
    /// falls in a run of two to eight that agrees.
    static func breakdowns(_ total: QuantityHit, _ parts: [QuantityHit]) -> [[QuantityHit]]? {
        var groups = [[QuantityHit]](), current = [QuantityHit]()
        for part in parts {
            if current.isEmpty, part.normalized == total.normalized { continue }
            current.append(part)
            if current.count >= 2, agrees(total, current) {
                groups.append(current); current = []
            } else if current.count > 8 || current.reduce(0, { $0 + $1.normalized }) > total.normalized { return nil }
        }
        return current.isEmpty && !groups.isEmpty ? groups : nil
    }
}
