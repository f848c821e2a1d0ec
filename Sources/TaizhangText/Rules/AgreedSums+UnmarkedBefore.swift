/// Agreement without a cue, parts first (thirtieth pass, pairsum24): the mirror of `unmarked`. The
/// whole is the LAST figure of its measure in its sentence and every earlier figure of that measure
/// in the sentence is a part, with nothing naming the whole a total:
///
///     …戛洒灌区的4条干渠总长21.66km、2条支渠总长3.84km、13条斗渠总长6.54km以及者竜灌区的9条干渠总36.95km,两个灌区的渠道全长68.99km。
///
/// Chinese also states a whole after its parts (quarters, then the year's 总金额; lengths, then 全长);
/// `partsBefore` reads that order when a totalling word of the closed class stands in the whole's
/// clause, this reader when none does (全长, 总金额 and 整体规模 are not in the class). A part named by
/// such a word (明年總額…九八八三億元, then 一九九億元 and 整體規模…一兆八十二億元) stops it: a total of its own. What makes it safe is the same as for `unmarked`, fitted on dev's
/// non-statements (docs/checker.md, "Thirtieth pass — pairsum24"): every earlier figure of the measure
/// must be a part (no sub-run is tried: 2 + 1 of 4 + 3 + 1 is how small counts agree by chance) and the
/// whole must be significant against the rounding (`significant`): of dev's parts-first pairs below
/// that size, as many were coincidences as statements; above it, none was.
extension AgreedSums {
    static func unmarkedBefore(_ line: LineText, _ hits: [QuantityHit], _ index: Int, _ sentences: [Range<Int>]) -> ArithmeticCheck? {
        let total = hits[index]
        // Cheap first: a whole under 100 (in its last digit) never passes the significance gate.
        guard index >= 2, total.number.value * Sentences.pow10(total.number.decimals) >= 100 else { return nil }
        let sentence = sentences[Sentences.sentence(of: total.start, in: sentences)]
        // The whole closes the run: no later figure of its measure in the sentence.
        // (Both scans stop at the sentence's edges: a line of many figures is not walked per figure.)
        guard !hits[(index + 1)...].prefix(while: { $0.start < sentence.upperBound }).contains(where: { sameMeasure($0, total) && !$0.isPercent }),
              !compares(line, total, from: Sentences.clauseStart(line, before: total.start)) else { return nil }
        var first = index
        while first > 0, hits[first - 1].start >= sentence.lowerBound { first -= 1 }
        var parts = [QuantityHit](), previousEnd = sentence.lowerBound
        for part in hits[first..<index] where sameMeasure(part, total) {
            if insideBracket(line, previousEnd..<part.start) { continue }
            if part.isApproximate || part.isPercent || part.isPoints || totallingCue(line, before: part) { return nil }
            if part.change != nil || compares(line, part, from: previousEnd) { continue }
            // A part as large as the whole restates it (已办结3059条 … 3059条): no breakdown.
            guard summable(part), part.normalized < total.normalized else { return nil }
            parts.append(part); previousEnd = part.end
        }
        guard parts.count >= 2, parts.count <= 8, agrees(total, parts), significant(total, parts) else { return nil }
        return Arithmetic.make(line, "sum", parts[0].start, total.end, statement(total, parts, "no cue: every earlier figure of the measure"), true)
    }
}
