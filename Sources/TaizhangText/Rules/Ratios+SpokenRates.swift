/// Rates written in words — N成 (tenths), N分之M and 百分之R — read by the same grammar that
/// reads a written percentage (twentieth pass, ratios). A spoken rate becomes a percentage hit
/// (`spokenRate`) and goes to the readers whose grammar names the part and the whole: 占 then
/// the whole's figure (`statedShare`: 占全镇120个村的三分之二), a target's figure then 的
/// (`targetShare`: 完成全年任务2355万元的六成), a breakdown's part then 占 (`partShare`: 共有
/// 企业200家,其中规上企业50家,占两成), a clause framing the count (`frameShare`). Those readers
/// flag a mismatch only where one pair of figures can be meant; here a flag is also dropped
/// when any two figures nearby give the fraction (`Ratios.fractions` keeps agreement first).
///
/// Rounding as written: N成 and N分之M are shares rounded to a tenth (decimals −1: 三成 is
/// 25 % … 35 %, or truncated, 30 % … 40 %); 百分之R has R's own decimals. An approximate rate
/// (约占三成, 近三成, 超过三分之一, 三成以上, 八成多) states no rounding and is not checked by
/// grammar.
extension Ratios {
    /// Words before the rate, in its clause, that make it approximate.
    static let spokenApproximations = Lexicon(["近", "约", "超", "逾", "过", "不足", "不到", "几", "将近", "接近", "大约", "左右", "上下"])
    /// Words right after the rate that make it approximate (三成多, 三分之一强).
    static let spokenTails = Lexicon(["多", "余", "以上", "以下", "以内", "左右", "上下", "强", "弱", "有余", "之多"])

    /// A percentage hit standing for a rate in words over `range` (value in percent).
    static func spokenRate(_ range: Range<Int>, percent: Double, decimals: Int) -> QuantityHit {
        let number = ParsedNumber(value: percent, start: range.lowerBound, end: range.upperBound, decimals: decimals, isChinese: true)
        return QuantityHit(number: number, start: range.lowerBound, end: range.upperBound, unit: "%", measure: "%", qualifier: nil,
                           prefixQualifier: nil, postQualifier: nil, change: nil, subject: .empty)
    }

    /// The check of a rate in words whose part and whole the grammar names, or nil.
    static func namedSpokenShare(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>], rate: QuantityHit) -> ArithmeticCheck? {
        let clause = Sentences.clauseStart(line, before: rate.start)
        guard !Sentences.contains(line, spokenApproximations, in: clause..<rate.start),
              rate.end >= line.count || spokenTails.prefix(in: line.norm, at: rate.end) == 0 else { return nil }
        // The rate's own numerals (三十 of 百分之三十) are no part or whole.
        var figures = hits.filter { $0.end <= rate.start || $0.start >= rate.end }
        let index = figures.firstIndex { $0.start >= rate.end } ?? figures.count
        figures.insert(rate, at: index)
        let sentence = sentences[Sentences.sentence(of: rate.start, in: sentences)]
        let inSentence = figures[..<index].filter { $0.start >= sentence.lowerBound }
        return statedShare(line, rate, inSentence) ?? targetShare(line, rate, inSentence)
            ?? partShare(line, figures, index) ?? frameShare(line, figures, index, sentences: sentences)
    }
}
