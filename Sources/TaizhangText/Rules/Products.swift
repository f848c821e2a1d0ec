/// A total that is a count times a rate: 为120户困难群众每户发放慰问金500元,共计6万元;
/// 补贴标准300元/人,发放1200人,合计36万元. The rate is a figure next to 每X or /X, the
/// count a figure whose measure is X, the total another figure of the rate's measure in
/// the same sentence. Only agreement is reported (the total may hold other payments).
/// Averages read the same way (发放低保金85.6万元,惠及310户,户均2761元; 人均耕地1.5亩): the
/// rate after X均, within the rounding of the rate times the count; 平均3000元 names no
/// measure, so any count of the sentence may be it (惠及400户,平均3000元 with 120万元).
enum Products {
    static let anyMeasure = "*"

    static func check(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>]) -> [ArithmeticCheck] {
        guard hits.count >= 3, line.contains(scalar: U.s("每")) || line.contains(scalar: U.slash) || line.contains(scalar: U.s("均")) else { return [] }
        var checks = [ArithmeticCheck]()
        for rate in hits where !rate.isPercent && rate.change == nil && rate.normalized > 0 {
            guard let per = perMeasure(line, rate) else { continue }
            // 500元/人 is in 元: the total is in the measure before the slash.
            let base = rate.measure.firstIndex(of: "/").map { String(rate.measure[..<$0]) } ?? rate.measure
            let sentence = sentences[Sentences.sentence(of: rate.start, in: sentences)]
            let inSentence = hits.filter { sentence.contains($0.start) && $0.start != rate.start && $0.change == nil && !$0.isPercent }
            // 平均30万元 names no measure: any count of the sentence may be what it is per.
            for count in inSentence where (per == anyMeasure ? count.measure != base && !count.measure.hasSuffix("元")
                                             && count.number.magnitude == 1 : count.measure == per)
                && count.normalized >= 2 && !count.isApproximate {
                let product = count.normalized * rate.normalized
                guard let total = inSentence.first(where: { $0.measure == base && $0.start != count.start && !$0.isApproximate
                    && abs($0.normalized - product) <= 0.5 * Sentences.pow10(-$0.number.decimals) * $0.number.magnitude
                        + 0.5 * Sentences.pow10(-rate.number.decimals) * rate.number.magnitude * count.normalized + 1e-9 }) else { continue }
                let statement = "total \(Sentences.format(total.value))\(total.unit) = \(Sentences.format(count.normalized)) × \(Sentences.format(rate.normalized)) (a count times a rate per \(per))"
                let from = min(rate.start, count.start, total.start), to = max(rate.end, count.end, total.end)
                checks.append(Arithmetic.make(line, "sum", from, to, statement, true))
                break
            }
        }
        return checks
    }

    /// 每户500元 / 每人每月300元 (the first 每) / 500元/人: the measure the rate is per.
    static func perMeasure(_ line: LineText, _ rate: QuantityHit) -> String? {
        // 500元/人: the scanner keeps the compound unit; the letter after its slash.
        if let slash = rate.measure.firstIndex(of: "/"), let letter = rate.measure[rate.measure.index(after: slash)...].first,
           letter.unicodeScalars.first?.properties.isIdeographic == true {
            return String(letter)
        }
        if line[rate.end] == U.slash, line.cls(rate.end + 1).contains(.ideograph) {
            return String(UnicodeScalar(line[rate.end + 1]).map(Character.init) ?? " ")
        }
        var index = rate.start - 1
        while index >= 0, rate.start - index <= 8, !line.cls(index).contains(.clauseBreak), line[index] != U.comma {
            if line[index] == U.s("每"), line.cls(index + 1).contains(.ideograph) {
                return String(UnicodeScalar(line[index + 1]).map(Character.init) ?? " ")
            }
            // 户均2761元, 人均耕地1.5亩: the letter before 均 is what the rate is per; 平均 names none.
            if line[index] == U.s("均"), index > 0, line[index - 1] == U.s("平") { return anyMeasure }
            if line[index] == U.s("均"), index > 0, line.cls(index - 1).contains(.ideograph) {
                return String(UnicodeScalar(line[index - 1]).map(Character.init) ?? " ")
            }
            index -= 1
        }
        return nil
    }
}
