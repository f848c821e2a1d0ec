/// Growth stated as a multiple of the earlier figure:
/// - 接待游客22万人次,比去年同期的10万人次增长1.2倍: X − B = N·B (增长/增加/提高 N倍);
/// - 是去年同期10万人次的2.2倍, 为上年的2.2倍: X = N·B;
/// - 由10万元增至20万元,翻了一番 / 翻两番: X = 2ⁿ·B; 与去年同期(120件)持平: X = B.
/// The base is the figure of a clause that names the earlier period or a comparison
/// (去年同期, 上年, 比, 较) or the first of 由A到B; the current amount is the nearest other
/// figure of its measure in the sentence. Only agreement is reported: 增长N倍 is often
/// written for 是…的N倍, so either reading agreeing is taken as agreement, and a mismatch
/// is left unchecked.
extension Ratios {
    static let doublingVerb: UInt32 = 0x7FFB, doublingNoun: UInt32 = 0x756A, multipleMark: UInt32 = 0x500D   // 翻, 番, 倍

    static func multiples(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>]) -> [ArithmeticCheck] {
        guard hits.count >= 2 else { return [] }
        var checks = [ArithmeticCheck]()
        // Scalar prechecks first: a measure compared as a String costs more than a line scan.
        if line.contains(scalar: multipleMark) {
        for (index, multiple) in hits.enumerated() where multiple.measure == "倍" && !multiple.isApproximate
            && multiple.change != "decrease" && multiple.normalized > 0 {
            let grows = multiple.change != nil
            let factor = multiple.number.value
            // 是A镇2亿元的1.5倍: the figure right before 的 and the multiple is the base.
            let ofBase = !grows && index >= 2 && line[hits[index - 1].end] == possessive && hits[index - 1].end + 1 == multiple.start
                ? hits[index - 1] : nil
            let own = Sentences.sentence(of: multiple.start, in: sentences)
            let current = ofBase.flatMap { base in hits[..<(index - 1)].last(where: { compatible($0, base) && $0.change == nil && !$0.isPercent
                && !$0.isApproximate && Sentences.sentence(of: $0.start, in: sentences) == own }) }
            guard let pair = ofBase.flatMap({ base in current.map { (base: base, current: $0) } })
                    ?? basePair(line, hits, before: index, sentences: sentences) else { continue }
            let ratio = pair.current.normalized / pair.base.normalized
            let decimals = max(multiple.number.decimals, 1)
            let strict = grows ? ratio - 1 : ratio
            let loose = grows && matches(ratio, factor, decimals: decimals)
            guard matches(strict, factor, decimals: decimals) || loose else { continue }
            let reading = grows && !matches(strict, factor, decimals: decimals) ? " (read as 是…的\(Sentences.format(factor))倍)" : ""
            let verb = grows ? "增长" : ""
            let statement = "growth \(Sentences.format(pair.current.normalized)) / \(Sentences.format(pair.base.normalized)) = \(String(format: "%.2f", ratio))× vs stated \(verb)\(Sentences.format(factor))倍\(reading)"
            checks.append(make(line, "growth", min(pair.base.start, pair.current.start), multiple.end, statement, true))
        }
        }
        checks += doublings(line, hits: hits, sentences: sentences)
        checks += levels(line, hits: hits, sentences: sentences)
        return checks
    }

    static let level: [UInt32] = [0x6301, 0x5E73]   // 持平

    /// 受理120件,与去年同期(120件)持平: the current amount equals the base.
    private static func levels(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>]) -> [ArithmeticCheck] {
        guard hits.count >= 2, line.contains(level) else { return [] }
        var checks = [ArithmeticCheck]()
        var from = 0
        while let at = line.firstIndex(of: level, in: from..<line.count) {
            from = at + level.count
            let index = hits.firstIndex { $0.start >= at } ?? hits.count
            guard let pair = basePair(line, hits, before: index, sentences: sentences, at: at),
                  abs(pair.current.normalized - pair.base.normalized) <= 1e-9 * pair.base.normalized else { continue }
            let statement = "growth \(Sentences.format(pair.current.normalized)) = \(Sentences.format(pair.base.normalized)) vs stated 持平 (level)"
            checks.append(make(line, "growth", min(pair.base.start, pair.current.start), at + level.count, statement, true))
        }
        return checks
    }

    /// 翻一番, 翻了两番: the current amount is 2ⁿ times the base.
    private static func doublings(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>]) -> [ArithmeticCheck] {
        guard line.contains(scalar: doublingVerb), line.contains(scalar: doublingNoun) else { return [] }
        var checks = [ArithmeticCheck]()
        for at in 0..<line.count where line[at] == doublingVerb {
            var numeral = at + 1
            if line[numeral] == U.s("了") { numeral += 1 }
            // 两 is no heading numeral, so chineseRun leaves it out.
            let run = line[numeral] == U.s("两") ? (value: 2, end: numeral + 1) : HeadingParser.chineseRun(line, numeral)
            guard let run, run.value >= 1, run.value <= 4, line[run.end] == doublingNoun else { continue }
            let index = hits.firstIndex { $0.start >= at } ?? hits.count
            guard let pair = basePair(line, hits, before: index, sentences: sentences, at: at) else { continue }
            var factor = 1.0
            for _ in 0..<run.value { factor *= 2 }
            let ratio = pair.current.normalized / pair.base.normalized
            guard matches(ratio, factor, decimals: 1) else { continue }
            let statement = "growth \(Sentences.format(pair.current.normalized)) / \(Sentences.format(pair.base.normalized)) = \(String(format: "%.2f", ratio))× vs stated \(Sentences.format(factor))× (翻\(run.value)番)"
            checks.append(make(line, "growth", min(pair.base.start, pair.current.start), run.end + 1, statement, true))
        }
        return checks
    }

    /// The base and current figures of a growth stated before `index` (a hit index; `at`
    /// the position of the statement when it is no hit) in the same sentence: 由A到B, or a
    /// figure whose clause names the earlier period and the nearest other figure of its measure.
    static func basePair(_ line: LineText, _ hits: [QuantityHit], before index: Int, sentences: [Range<Int>],
                         at position: Int? = nil) -> (base: QuantityHit, current: QuantityHit)? {
        let anchor = position ?? hits[index].start
        let sentence = sentences[Sentences.sentence(of: anchor, in: sentences)]
        let figures = hits[..<index].filter { sentence.contains($0.start) && !$0.isPercent && $0.change == nil
            && !$0.isApproximate && $0.normalized > 0 && $0.measure != "倍" }
        guard figures.count >= 2 else { return nil }
        // 由A增至B: the first figure after 由/从, the second after 到/至.
        if let from = figures.first(where: { fromWords.suffix(in: line.norm, endingAt: $0.start) > 0
                || Sentences.contains(line, fromWords, in: Sentences.clauseStart(line, before: $0.start)..<$0.start) }),
           let to = figures.first(where: { $0.start > from.end && compatible($0, from)
               && (from.end..<$0.start).contains { toWords.prefix(in: line.norm, at: $0) > 0 } }) {
            return (from, to)
        }
        guard let base = figures.last(where: { figure in
            let previousEnd = figures.last(where: { $0.end <= figure.start })?.end ?? 0
            // 与去年同期(120件)持平: an opening bracket ends no clause here.
            var clause = Sentences.clauseStart(line, before: figure.start)
            if clause > 0, line[clause - 1] == U.lparen { clause = Sentences.clauseStart(line, before: clause - 1) }
            let words = max(previousEnd, clause)..<figure.start
            return Sentences.contains(line, baseWords, in: words) || compares(line, in: words)
        }), let current = figures.last(where: { $0.start != base.start && compatible($0, base) }) else { return nil }
        // Nothing of the measure may stand between the pair and the statement but the pair.
        let last = max(base.end, current.end)
        guard !figures.contains(where: { $0.start >= last && compatible($0, base) }) else { return nil }
        return (base, current)
    }
}
