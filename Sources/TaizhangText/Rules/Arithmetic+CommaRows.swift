/// 道路建设300万元,环境整治200万元,绿化工程150万元,合计600万元: the rows of `rows` separated by
/// commas (nineteenth pass, sumread). A total word right before the figure opens the last clause
/// (`exceededTrailingTotal`'s cue); the clauses back to the sentence's or a colon's start each
/// hold one figure. Commas also join a whole and its parts (受理1000件,办结900件,转办60件,合计950件
/// sums the last two), so a row that alone reaches the total, or a clause naming a whole (其中,
/// 包括 …, or a total word of its own) before the rows, or rows whose measure is followed by
/// another noun than the total's, read nothing; parts above the total are
/// then flagged, parts below it stay unread (kinds not listed).
extension Arithmetic {
    static func commaRows(_ line: LineText, _ hits: [QuantityHit], _ index: Int, before clause: Int) -> [QuantityHit] {
        let total = hits[index]
        let found = rows(line, hits, index, before: clause, separator: U.comma)
        guard found.count >= 2, let first = found.first,
              found.allSatisfy({ $0.normalized < total.normalized }) else { return [] }
        // 游泳十个项目,获得了七个第一名,共十五个奖项: a noun after the measure names what a figure
        // counts; rows counting other nouns than the total are no parts of it.
        let noun = nounAfter(line, total)
        guard found.allSatisfy({ nounAfter(line, $0) == noun }) else { return [] }
        // No breakdown marker or total word in the rows' clauses: the first figure would be a whole.
        let span = Sentences.clauseStart(line, before: first.start)..<clause
        guard !Sentences.contains(line, TotalParts.markers, in: span), !Sentences.contains(line, breakdownOpeners, in: span),
              !Sentences.contains(line, runningTotalWords, in: span), !Sentences.contains(line, totalWords, in: span) else { return [] }
        return found
    }

    /// The letters right after a figure's measure, up to the clause's end (十个项目 → 项目).
    static func nounAfter(_ line: LineText, _ figure: QuantityHit) -> ArraySlice<UInt32> {
        var end = figure.end
        while end < line.count, line.cls(end).contains(.ideograph) { end += 1 }
        return line.norm[figure.end..<end]
    }
}
