/// A ratio written with colons and the figures it summarises: 三次产业结构为10:40:50 after
/// 第一产业50亿元、第二产业200亿元、第三产业250亿元; 男女比例为1:1,男性500人,女性500人. The
/// terms (two or more, after a ratio word: 比例, 比, 结构, 之比) are compared with as many
/// consecutive figures of one measure in the sentence, before or after: each figure's share of
/// their sum, scaled to the terms' sum, must lie within half a unit of its term's last digit. Agreement only (which
/// figures are meant is found by search).
extension Ratios {
    static let ratioWords = Lexicon(["比例", "结构", "之比", "比"])
    static let colons: ScalarSet = [U.colon, 0xFF1A, 0x2236]

    static func colonRatios(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>]) -> [ArithmeticCheck] {
        // (The shares of a structure need no figure of the line: `structureShares`.)
        guard line.contains(scalar: U.colon) || line.contains(scalar: 0x2236) else { return [] }
        var checks = [ArithmeticCheck]()
        var index = 0
        while index < line.count {
            guard let (terms, start, end) = terms(line, from: index) else { break }
            index = end
            // A ratio word right before the terms (为/是 between): 比例为1:1, 结构为10:40:50.
            guard ratioWords.suffix(in: line.norm, endingAt: ratioLead(line, start)) > 0 else { continue }
            if let shares = structureShares(line, terms, start, end) { checks.append(shares) }
            guard hits.count >= 2 else { continue }
            let sentence = sentences[Sentences.sentence(of: start, in: sentences)]
            let figures = hits.filter { sentence.contains($0.start) && $0.change == nil && !$0.isPercent && !$0.isApproximate && ($0.end <= start || $0.start >= end) }
            guard let run = (figures.count >= terms.count ? agreeingRun(terms, figures) : nil)
                    ?? earlierSentencesRun(terms, hits: hits, before: sentence.lowerBound) else { continue }
            checks.append(make(line, "ratio", min(start, run[0].start), max(end, run[run.count - 1].end), statement(terms, run), true))
        }
        return checks
    }

    /// 从产业结构看,三次产业比例为1.2:75.1:23.7 on a line of its own, after the paragraph that
    /// states the amounts: the terms are compared with runs of the figures remembered from the
    /// lines before (the latest run that agrees; corpus-o). Agreement only, and only for terms
    /// no figure of their own sentence explains.
    static func rememberedColonRatios(_ line: LineText, memory: [QuantityHit], known: [ArithmeticCheck]) -> [ArithmeticCheck] {
        guard !memory.isEmpty, line.contains(scalar: U.colon) || line.contains(scalar: 0x2236) else { return [] }
        var checks = [ArithmeticCheck]()
        var index = 0
        while index < line.count {
            guard let (terms, start, end) = terms(line, from: index) else { break }
            index = end
            guard terms.count >= 3, ratioWords.suffix(in: line.norm, endingAt: ratioLead(line, start)) > 0,
                  !known.contains(where: { $0.kind == "ratio" && $0.statement.hasSuffix("(terms of a ratio)") && $0.line == line.number }),
                  let run = agreeingRun(terms, memory, latest: true) ?? skippingRun(terms, memory) else { continue }
            checks.append(make(line, "ratio", start, end, statement(terms, run) + " stated earlier", true))
        }
        return checks
    }

    /// Three or more terms whose figures stand in earlier sentences of their line (其中,第一产业
    /// …18.33亿元…第三产业…53.84亿元。三次产业结构比为14.6:42.7:42.7): the latest agreeing run
    /// of those figures, as for remembered lines. Agreement only.
    static func earlierSentencesRun(_ terms: [(value: Double, decimals: Int)], hits: [QuantityHit], before: Int) -> [QuantityHit]? {
        guard terms.count >= 3 else { return nil }
        let earlier = hits.filter { $0.end <= before && $0.change == nil && !$0.isPercent && !$0.isPoints && !$0.isApproximate }
        return agreeingRun(terms, earlier, latest: true)
    }

    /// 三次产业增加值结构为5.5:50.6:43.9: three terms or more that make 100 within their rounding
    /// are the shares of one whole in per cent, whatever figures they summarise (agreement
    /// only: terms of another base make no error). Twenty-first pass (sumshapes).
    static func structureShares(_ line: LineText, _ terms: [(value: Double, decimals: Int)], _ start: Int, _ end: Int) -> ArithmeticCheck? {
        let sum = terms.reduce(0) { $0 + $1.value }
        let tolerance = terms.reduce(0) { $0 + 0.5 * Sentences.pow10(-$1.decimals) } + 1e-9
        // Whole terms only (10:40:50) must make 100 exactly: 1:50:50 is no share structure.
        let rounded = terms.contains(where: { $0.decimals > 0 })
        guard terms.count >= 3, abs(sum - 100) <= (rounded ? tolerance : 1e-9) else { return nil }
        return make(line, "sum", start, end, "shares " + terms.map { Sentences.format($0.value) }.joined(separator: " + ")
            + " = \(Sentences.format(sum)) (terms of a structure, per cent of one whole)", true)
    }

    /// Where a ratio word must end before the terms starting at `start` (为/是/达 between).
    static func ratioLead(_ line: LineText, _ start: Int) -> Int {
        var lead = start
        while lead > 0, line[lead - 1] == U.s("为") || line[lead - 1] == U.s("是") || line[lead - 1] == U.s("达") { lead -= 1 }
        return lead
    }

    /// The first (or the latest) run of as many consecutive figures of one measure as there are
    /// terms whose shares of their sum, scaled to the terms' sum, lie within half a unit of each
    /// term's last digit (each term was rounded; strictly: 1:2 is no 500:500).
    static func agreeingRun(_ terms: [(value: Double, decimals: Int)], _ figures: [QuantityHit], latest: Bool = false) -> [QuantityHit]? {
        let termSum = terms.reduce(0) { $0 + $1.value }
        guard termSum > 0, figures.count >= terms.count else { return nil }
        let starts = Array(0...(figures.count - terms.count))
        for first in latest ? starts.reversed() : starts {
            let run = Array(figures[first..<(first + terms.count)])
            guard run.allSatisfy({ Ratios.compatible($0, run[0]) }) else { continue }
            let sum = run.reduce(0) { $0 + $1.normalized }
            guard sum > 0 else { continue }
            if zip(run, terms).allSatisfy({ figure, term in
                abs(figure.normalized / sum * termSum - term.value) < 0.5 * Sentences.pow10(-term.decimals) - 1e-9 }) { return run }
        }
        return nil
    }

    static func statement(_ terms: [(value: Double, decimals: Int)], _ run: [QuantityHit]) -> String {
        "ratio " + terms.map { Sentences.format($0.value) }.joined(separator: ":") + " = "
            + run.map { Sentences.format($0.normalized) }.joined(separator: " : ") + " (terms of a ratio)"
    }

    /// The next run of numbers joined by colons from `index`: their values and decimals, start, end.
    private static func terms(_ line: LineText, from index: Int) -> ([(value: Double, decimals: Int)], Int, Int)? {
        var at = index
        while at < line.count {
            guard let (first, afterFirst) = decimal(line, at), colons.contains(line[afterFirst]), decimal(line, afterFirst + 1) != nil else { at += 1; continue }
            // Not a part of a longer number or a time of day's neighbour (2023:…).
            if at > 0, NumberParser.digitValue(line[at - 1]) != nil || line[at - 1] == U.dot { at += 1; continue }
            var terms = [first], end = afterFirst
            while colons.contains(line[end]), let (next, after) = decimal(line, end + 1) { terms.append(next); end = after }
            return (terms, at, end)
        }
        return nil
    }

    private static func decimal(_ line: LineText, _ start: Int) -> ((value: Double, decimals: Int), Int)? {
        guard start < line.count, NumberParser.digitValue(line[start]) != nil else { return nil }
        var value = 0.0, at = start, decimals = 0
        while let digit = NumberParser.digitValue(line[at]) { value = value * 10 + Double(digit); at += 1 }
        if line[at] == U.dot, NumberParser.digitValue(line[at + 1]) != nil {
            at += 1
            var scale = 0.1
            while let digit = NumberParser.digitValue(line[at]) { value += Double(digit) * scale; scale /= 10; decimals += 1; at += 1 }
        }
        return ((value, decimals), at)
    }
}
