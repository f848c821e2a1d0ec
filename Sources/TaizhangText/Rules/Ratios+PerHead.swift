/// 耕地面积2406亩…562户2462人。…农民人均耕地1.1亩: a per-head figure (人均 / 户均 / 生均 + noun +
/// amount) is a total of that noun ÷ a count of heads, both usually stated earlier (twenty-second
/// pass, xratio). The total is the remembered figure of the same measure whose subject bears the
/// noun (耕地 in 耕地面积, 粮 in 粮食总产量; with no noun, 生均25册, any figure in 册); the heads are 人均's population (a figure in 人/口/名
/// whose subject says 人口, or the 人 right after a 户 count: 562户2462人), 户均's households (户
/// with 户数 or 总户), 生均's students (学生, 在校生). Each must be the only one in the window.
///
/// Agreement within the figure's rounding (or 1 %, for inputs rounded themselves) is reported.
/// A mismatch is flagged only when it is more than a tenth of the figure — a population counted
/// at another date moves a per-head figure by a few percent, never by a tenth — and never for
/// money (人均收入, 人均可支配收入 are survey statistics, not a quotient of stated totals), nor for
/// an approximate figure (生均25册左右: agreement only).
extension Ratios {
    static let perHeadLetters: ScalarSet = [U.s("人"), U.s("户"), U.s("生")]
    /// Verbs between 人均 and its noun (人均有粮, 人均拥有, 人均占有) and linkers after it.
    static let perHeadVerbs = Lexicon(["占有", "拥有", "有", "达到", "达", "为"])

    static func perHead(_ line: LineText, hits: [QuantityHit], memory: [QuantityHit], checked: [ArithmeticCheck]) -> [ArithmeticCheck] {
        guard !hits.isEmpty, line.contains(scalar: U.s("均")) else { return [] }
        var checks = [ArithmeticCheck]()
        for (index, figure) in hits.enumerated() where !figure.isPercent && figure.change == nil && figure.normalized > 0 {
            guard let (head, noun) = perHeadNoun(line, figure) else { continue }
            let column = line.column(of: figure.start), end = line.column(of: figure.end)
            if checked.contains(where: { $0.line == line.number && $0.column <= column && $0.column + $0.text.count == end }) { continue }
            let earlier = memory + hits[..<index].filter { !$0.isPercent && $0.change == nil && !$0.isApproximate && $0.normalized > 0 }
            // An approximate total of the figure's own line (藏书5000多册,生均25册左右) may agree, never flag.
            let near = hits[..<index].filter { $0.isApproximate && !$0.isPercent && $0.change == nil && $0.normalized > 0 }
            let totals = (earlier + near).filter { compatible(figure, $0) && $0.normalized > figure.normalized && names($0, noun) }
            let counts = heads(head, earlier)
            guard let total = totals.last, let count = counts.last,
                  totals.allSatisfy({ $0.normalized == total.normalized }), counts.allSatisfy({ $0.normalized == count.normalized }) else { continue }
            let quotient = total.normalized / count.normalized
            let unit = 0.5 * Sentences.pow10(-figure.number.decimals) * figure.number.magnitude
            let gap = abs(quotient - figure.normalized)
            let rough = figure.isApproximate || total.isApproximate
            let agrees = gap <= unit + 1e-9 || gap <= 0.01 * quotient || rough && gap <= 0.05 * quotient
            let money = figure.measure.hasSuffix("元")
            guard agrees || !money && !rough && gap > 0.1 * quotient else { continue }
            let statement = "ratio \(Sentences.format(total.normalized)) \(figure.measure) / \(Sentences.format(count.normalized)) \(count.measure) = \(String(format: "%.2f", quotient)) \(figure.measure) per head vs stated \(Sentences.format(figure.normalized))"
            checks.append(make(line, "ratio", figure.start, figure.end, statement, agrees))
        }
        return checks
    }

    /// 人均 / 户均 / 生均 in the figure's subject, and the noun after it (verbs dropped).
    private static func perHeadNoun(_ line: LineText, _ figure: QuantityHit) -> (UInt32, [UInt32])? {
        // The figure's clause, not its subject: the subject drops a trailing 均 (生均25册).
        let clause = Sentences.clauseStart(line, before: figure.start)
        guard let at = (clause..<figure.start).last(where: { line[$0] == U.s("均") && $0 > clause && perHeadLetters.contains(line[$0 - 1]) })
        else { return nil }
        var start = at + 1, end = figure.start
        let verb = perHeadVerbs.prefix(in: line.norm, at: start)
        if verb > 0, start + verb < end { start += verb }
        let linker = perHeadVerbs.suffix(in: line.norm, endingAt: end)
        if linker > 0, end - linker > start { end -= linker }
        let letters = line.norm[start..<end].filter { $0 != totalLetter }
        // 生均25册: no noun — the measure alone names the total (one figure in 册 earlier).
        guard letters.allSatisfy({ CharClass.of($0).contains(.ideograph) }) else { return nil }
        return (line[at - 1], Array(letters.suffix(2)))
    }

    /// The head counts a per-head figure divides by, among the earlier figures.
    private static func heads(_ head: UInt32, _ earlier: [QuantityHit]) -> [QuantityHit] {
        var found = [QuantityHit]()
        for (index, figure) in earlier.enumerated() {
            let letters = folded(figure)
            func says(_ word: String) -> Bool {
                let word = word.unicodeScalars.map(\.value)
                return letters.count >= word.count && (0...(letters.count - word.count)).contains { Array(letters[$0..<($0 + word.count)]) == word }
            }
            switch head {
            case U.s("人"):
                guard ["人", "口", "名"].contains(figure.measure) else { continue }
                // 562户2462人: the people of the households just counted.
                let afterHouseholds = index > 0 && earlier[index - 1].measure == "户" && (earlier[index - 1].end...(earlier[index - 1].end + 1)).contains(figure.start)
                if says("人口") || afterHouseholds { found.append(figure) }
            case U.s("户"):
                if figure.measure == "户", says("户数") || says("总户") { found.append(figure) }
            default:
                if ["人", "名"].contains(figure.measure), says("学生") || says("在校生") { found.append(figure) }
            }
        }
        return found
    }
}
