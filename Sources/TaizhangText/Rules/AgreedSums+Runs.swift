/// The two orders of `AgreedSums`: parts after the total, parts before it.
extension AgreedSums {
    /// T, then its parts in order: figures of other measures between them are stepped
    /// over (…30场、观众2000人次,B25场); a figure of T's measure that is not summable, or
    /// that a comparison or a totalling word introduces, ends the run.
    static func partsAfter(_ line: LineText, _ hits: [QuantityHit], _ index: Int, _ sentences: [Range<Int>]) -> ArithmeticCheck? {
        let total = hits[index]
        let sentence = Sentences.sentence(of: total.start, in: sentences)
        var end = sentences[sentence].upperBound
        // 共收到来信55件。其中…: a total ending its sentence, broken down by the next
        // sentence when that opens with a breakdown word.
        if sentence + 1 < sentences.count, !hits[(index + 1)...].contains(where: { $0.start < end }),
           breakdown.prefix(in: line.norm, at: sentences[sentence + 1].lowerBound) > 0 {
            end = sentences[sentence + 1].upperBound
        }
        let totalled = totallingCue(line, before: total)
        // Cheap first: without a cue in reach there is no run to read.
        guard totalled || breakdownCue(line, after: total, before: line.count) else { return nil }
        var parts = [QuantityHit](), previousEnd = total.end
        for (offset, part) in hits[(index + 1)...].enumerated() where part.start < end {
            guard sameMeasure(part, total) else { continue }
            guard summable(part), !compares(line, part, from: previousEnd) else { return nil }
            if parts.isEmpty, !totalled && !breakdownCue(line, after: total, before: part.start) { return nil }
            // A totalling word before a part opens a statement of its own.
            if !parts.isEmpty, Sentences.contains(line, totalling, in: previousEnd..<part.start) { return nil }
            parts.append(part); previousEnd = part.end
            guard parts.count >= 2 else { continue }
            if agrees(total, parts) {
                let rest = hits[(index + 2 + offset)...].filter { $0.start < end }
                guard !listGoesOn(line, after: part, rest: rest, like: total) else { return nil }
                return Arithmetic.make(line, "sum", total.start, part.end, statement(total, parts, totalled ? "total word" : "breakdown"), true)
            }
            if parts.reduce(0, { $0 + $1.normalized }) > total.normalized { return nil }
        }
        return nil
    }

    /// A、B、C … T: the parts, then a totalling word in T's own clause. The parts are the
    /// figures of T's measure right before it in its sentence; the shortest run ending at
    /// T that adds up is read only when the figure before that run is no further part of
    /// the same list (so a longer list that misses is never read as its tail).
    static func partsBefore(_ line: LineText, _ hits: [QuantityHit], _ index: Int, _ sentences: [Range<Int>]) -> ArithmeticCheck? {
        let total = hits[index]
        guard index >= 2, totallingCue(line, before: total) else { return nil }
        let from = sentences[Sentences.sentence(of: total.start, in: sentences)].lowerBound
        let clause = Sentences.clauseStart(line, before: total.start)
        var parts = [QuantityHit]()
        for part in hits[..<index].reversed() where part.start >= from {
            guard sameMeasure(part, total) else { continue }
            guard summable(part), part.end <= clause, !compares(line, part, from: from),
                  !totallingCue(line, before: part) else { break }
            parts.insert(part, at: 0)
            guard parts.count >= 2, agrees(total, parts) else { continue }
            let before = hits[..<index].last { $0.start >= from && $0.end <= part.start && sameMeasure($0, total) }
            if let before, listSeparated(line, before.end..<part.start) { return nil }
            return Arithmetic.make(line, "sum", part.start, total.end, statement(total, parts, "parts then total word"), true)
        }
        return nil
    }

    /// After a match, another figure of T's measure that continues the same list (only
    /// 、 , or a label between): the match was a prefix of a longer list, not the breakdown.
    static func listGoesOn(_ line: LineText, after part: QuantityHit, rest: [QuantityHit], like total: QuantityHit) -> Bool {
        guard let next = rest.first(where: { sameMeasure($0, total) }) else { return false }
        return listSeparated(line, part.end..<next.start) && !Sentences.contains(line, totalling, in: part.end..<next.start)
    }

    /// A gap that holds neither a semicolon nor a sentence end: items of one list.
    static func listSeparated(_ line: LineText, _ gap: Range<Int>) -> Bool {
        !gap.contains(where: { line[$0] == U.semicolon || line.cls($0).contains(.sentenceEnd) })
    }
}
