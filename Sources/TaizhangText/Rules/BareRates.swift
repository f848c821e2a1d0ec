/// Rates whose `%` sign was lost: 同比增长56.5, 下降15.8(同期…), 占总产值的12, 占比50 — a
/// bare number right after a change verb, 占…的 or 占比/比重/率 为·达, ending its clause (no
/// unit follows). Grammar says it is a percentage, so it is read as one for the rate rules
/// (`Ratios`), with two guards: only agreement is reported (which figure the lost sign
/// belonged to is a guess), and a whole number is only matched against the figures its
/// own structure names (占 B, 由 A 到 B, 去年同期), never searched for among all figures.
enum BareRates {
    static let changeVerbs = Lexicon(["增长", "下降", "增幅", "降幅", "提高", "上升", "减少", "增加", "下滑", "回落"])
    static let shareEnds = Lexicon(["占比", "比重", "比例", "占"])
    static let linkers = Lexicon(["为", "达", "达到", "了", "约"])

    static func find(_ line: LineText, hits: [QuantityHit]) -> [QuantityHit] {
        var rates = [QuantityHit]()
        var index = 1
        while index < line.count {
            defer { index += 1 }
            guard line.cls(index).contains(.digit), !line.cls(index - 1).contains(.digit), line[index - 1] != U.dot,
                  !hits.contains(where: { $0.start <= index && index < $0.end }),
                  let number = NumberParser.arabic(line, at: index), number.value > 0, number.value < 1000,
                  closesClause(line[number.end]) else { continue }
            // What stands before the number: a linking verb, then the rate's word.
            var wordEnd = index
            let link = linkers.suffix(in: line.norm, endingAt: wordEnd)
            if link > 0 { wordEnd -= link }
            var change: String? = nil
            if changeVerbs.suffix(in: line.norm, endingAt: wordEnd) > 0 {
                change = Vocabulary.decreaseWords.suffix(in: line.norm, endingAt: wordEnd) > 0 ? "decrease" : "increase"
            } else if line[wordEnd - 1] == Ratios.possessive || shareEnds.suffix(in: line.norm, endingAt: wordEnd) > 0
                        || line[wordEnd - 1] == U.s("率") {
                let clause = Sentences.clauseStart(line, before: index)
                guard (clause..<index).contains(where: { Ratios.shareWords.prefix(in: line.norm, at: $0) > 0 || line[$0] == U.s("率") || line[$0] == U.s("比") })
                else { continue }
            } else { continue }
            var parsed = number
            parsed.start = index
            rates.append(QuantityHit(number: parsed, start: index, end: number.end, unit: "%", measure: "%", qualifier: nil,
                                     prefixQualifier: nil, postQualifier: nil, change: change, subject: .empty))
            index = number.end
        }
        return rates
    }

    /// ,。;、 ( or the end of the line: nothing that could be a unit follows.
    static func closesClause(_ scalar: UInt32) -> Bool {
        scalar == 0 || scalar == U.comma || scalar == U.ideoStop || scalar == U.semicolon || scalar == U.ideoComma
            || scalar == U.lparen || scalar == U.rparen || scalar == 0x3002
    }
}
