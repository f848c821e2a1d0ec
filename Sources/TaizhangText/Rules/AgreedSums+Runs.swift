/// The two orders of `AgreedSums`: parts after the total, parts before it.
extension AgreedSums {
    /// T, then its parts in order: figures of other measures between them are stepped
    /// over (…30场、观众2000人次,B25场), as are figures of comparison or change (同比增加5场)
    /// and a part's own detail in brackets (65人(含…9人)); an approximate figure of T's
    /// measure, or a clause that a totalling word opens, ends the run. A bracket right
    /// after T holds the whole breakdown; read without it when it holds something else.
    /// `lastCue`: where the line's last breakdown word or 中 starts (`lastCue(line)`).
    static func partsAfter(_ line: LineText, _ hits: [QuantityHit], _ index: Int, _ sentences: [Range<Int>], lastCue: Int) -> ArithmeticCheck? {
        let total = hits[index]
        let totalled = totallingCue(line, before: total)
        // Cheap first: without a cue in reach there is no run to read.
        guard totalled || announcesParts(line, after: total) || lastCue >= total.end else { return nil }
        if announcesParts(line, after: total), line[total.end] != U.colon, let close = closing(line, from: total.end),
           let check = run(line, hits, index, from: total.end + 1, to: close, cue: "bracket") { return check }
        let sentence = Sentences.sentence(of: total.start, in: sentences)
        var end = sentences[sentence].upperBound
        // 共收到来信55件,同比增长5%。其中…: a total whose sentence goes on with rates and
        // changes only, broken down by the next sentence when that opens with a breakdown word.
        if sentence + 1 < sentences.count, opensBreakdown(line, sentence: sentences[sentence + 1]),
           !hits[(index + 1)...].contains(where: { $0.start < end && sameMeasure($0, total) && summable($0) && !compares(line, $0, from: total.end) }) {
            end = sentences[sentence + 1].upperBound
        }
        return run(line, hits, index, from: total.end, to: end, cue: totalled ? "total word" : "breakdown")
    }

    /// Where the line's last breakdown word or locative 中 starts (-1 if none): a total after
    /// it has no breakdown cue to read, so one scan of the line spares a scan per figure.
    static func lastCue(_ line: LineText) -> Int {
        var index = line.count - 1
        while index >= 0 {
            if line[index] == locative || breakdown.prefix(in: line.norm, at: index) > 0 { return index }
            index -= 1
        }
        return -1
    }

    /// The bracket closing the one opened at `from` (nil when unclosed).
    static func closing(_ line: LineText, from: Int) -> Int? {
        var depth = 0
        for index in from..<line.count {
            if line[index] == U.lparen || line[index] == U.lbracketCJK { depth += 1 }
            if line[index] == U.rparen || line[index] == U.rbracketCJK { depth -= 1; if depth == 0 { return index } }
        }
        return nil
    }

    /// The run of parts of `hits[index]` between `from` and `to`.
    static func run(_ line: LineText, _ hits: [QuantityHit], _ index: Int, from: Int, to end: Int, cue: String) -> ArithmeticCheck? {
        let total = hits[index]
        var parts = [QuantityHit](), previousEnd = from
        for (offset, part) in hits[(index + 1)...].enumerated() where part.start >= from && part.start < end {
            guard sameMeasure(part, total), !insideBracket(line, previousEnd..<part.start) else { continue }
            if part.isApproximate || part.isPercent || part.isPoints { return nil }
            if part.change != nil || compares(line, part, from: previousEnd) { continue }
            guard summable(part) || part.normalized == 0 && part.change == nil else { return nil }
            if parts.isEmpty, cue != "bracket", !totallingCue(line, before: total) && !breakdownCue(line, after: total, before: part.start) { return nil }
            // A clause that a totalling word opens is a statement of its own (…,合计55场).
            let clause = Sentences.clauseStart(line, before: part.start)
            if clause > previousEnd || parts.isEmpty && clause > total.end, totallingWord(line, in: clause..<min(clause + 2, part.start)) { return nil }
            parts.append(part); previousEnd = part.end
            guard parts.count >= 2 else { continue }
            if agrees(total, parts) {
                let rest = hits[(index + 2 + offset)...].filter { $0.start < end }
                guard !listGoesOn(line, after: part, rest: rest, like: total) else { return nil }
                return Arithmetic.make(line, "sum", total.start, part.end, statement(total, parts, cue), true)
            }
            if parts.reduce(0, { $0 + $1.normalized }) > total.normalized { return nil }
        }
        return nil
    }

    /// A bracket opened and not closed in `gap`: the figure is a part's own detail.
    static func insideBracket(_ line: LineText, _ gap: Range<Int>) -> Bool {
        var depth = 0
        for index in gap {
            if line[index] == U.lparen || line[index] == U.lbracketCJK { depth += 1 }
            if line[index] == U.rparen || line[index] == U.rbracketCJK { depth = max(0, depth - 1) }
        }
        return depth > 0
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

    /// After a match, another figure of T's measure joined to the last part by 、 alone
    /// (a label between, no comma, semicolon or bracket): the match was a prefix of a longer
    /// enumeration, not the breakdown. (After a comma a clause may begin anything.)
    static func listGoesOn(_ line: LineText, after part: QuantityHit, rest: [QuantityHit], like total: QuantityHit) -> Bool {
        guard let next = rest.first(where: { sameMeasure($0, total) }) else { return false }
        return !(part.end..<next.start).contains(where: {
            // An ASCII full stop outside a figure ends a sentence in PDF-punctuated text.
            line[$0] == U.dot && !line.cls($0 - 1).contains(.digit) || line[$0] == U.comma || line[$0] == U.rparen || line[$0] == U.colon || line.cls($0).contains(.sentenceEnd) || line.cls($0).contains(.clauseBreak) && line[$0] != U.ideoComma
        })
    }

    /// A gap that holds neither a semicolon nor a sentence end: items of one list.
    static func listSeparated(_ line: LineText, _ gap: Range<Int>) -> Bool {
        !gap.contains(where: { line[$0] == U.semicolon || line.cls($0).contains(.sentenceEnd) })
    }
}
