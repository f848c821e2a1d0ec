/// Three ways a growth statement's figures are not what the plain increment reader takes them
/// for (twenty-sixth pass, xrate20, from real bulletins outside every fixture):
/// - a real growth: 农民人均现金收入2111元,同比增加314元,扣除价格因素,实际增长13.3%. Prices are
///   taken out of the rate, not of the figures, so the nominal 314 / 1797 = 17.5% is no check of
///   it — statistics bulletins say so by 实际 right before the change verb, or by 扣除价格因素 /
///   可比价 between the last figure and the rate. Such a rate is not read;
/// - a restatement in another unit in brackets right after a figure: 总产量13659.6万吨(2731.9亿斤),
///   比2013年增产474.8万吨(94.9亿斤),增长3.6%. The bracket holds the same amount again, so it is
///   neither the increment nor the current amount; the growth readers see the figures without it;
/// - an actual flow named by a target word: 一般公共预算收入 / 预算支出 are money that came in or
///   went out, not a budget (`flowWords`), so 全市一般公共预算支出完成372037万元 is the current
///   amount of 增长9.66%,增支32770万元.
extension Ratios {
    static let realWords = Lexicon(["扣除价格因素", "扣除价格", "可比价", "按可比", "实际增长", "实际下降", "实际增", "实际减"])

    /// The rate is a real (deflated) change: 实际 right before its verb, or a price adjustment
    /// between the figure before it (or its clause start) and it.
    static func isRealGrowth(_ line: LineText, _ percent: QuantityHit, after earlier: QuantityHit?) -> Bool {
        let from = max(earlier?.end ?? 0, percent.start - 24)
        return Sentences.contains(line, realWords, in: from..<percent.start)
    }

    /// The figures without restatements: a figure opening a bracket that follows another figure
    /// with nothing between (13659.6万吨(2731.9亿斤)).
    static func withoutRestatements(_ line: LineText, _ figures: [QuantityHit], all hits: [QuantityHit]) -> [QuantityHit] {
        figures.filter { !isRestatement(line, $0, all: hits) }
    }

    /// Wider than `Restatements` (which the plain readers use): the bracket need not close
    /// right after the figure, and the two may share a measure.
    static func isRestatement(_ line: LineText, _ figure: QuantityHit, all hits: [QuantityHit]) -> Bool {
        guard figure.start >= 1, line[figure.start - 1] == U.lparen else { return false }
        return hits.contains { !$0.isPercent && Brackets.opensRightAfter(line, figure, $0) }
    }

    /// A target word in `range` that names a target, not an actual flow (预算收入, 预算支出).
    static func containsTarget(_ line: LineText, in range: Range<Int>) -> Bool {
        var index = max(range.lowerBound, 0)
        let end = min(range.upperBound, line.count)
        while index < end {
            index = targetWords.nextCandidate(in: line.norm, from: index, to: end)
            guard index < end else { return false }
            let length = targetWords.prefix(in: line.norm, at: index)
            if length > 0 {
                let after = index + length
                let flow = flowWords.contains { word in
                    after + word.count <= line.count && (0..<word.count).allSatisfy { line.norm[after + $0] == word[$0] }
                }
                if !flow { return true }
            }
            index += 1
        }
        return false
    }
}

/// 新落户企业839户,注册资本35.46亿元,比去年同期增加563户,同比增长204%: the increment's current
/// amount is the last figure of its own measure in its sentence when a figure of another measure
/// (an attribute of the same things) stands between them.
extension Ratios {
    static func sameMeasure(_ line: LineText, _ delta: QuantityHit, _ last: QuantityHit?, _ earlier: [QuantityHit]) -> QuantityHit? {
        guard let last, last.measure != delta.measure, last.change == nil else { return last }
        let sentence = sentenceStart(line, before: delta.start)
        return earlier.last { $0.start >= sentence && $0.end <= last.start && $0.measure == delta.measure && $0.change == nil
            && !isShareWhole(line, $0) && !$0.isApproximate } ?? last
    }

    /// The start of the sentence holding `position` (。！？; or the line's start).
    static func sentenceStart(_ line: LineText, before position: Int) -> Int {
        var index = position
        while index > 0, line[index - 1] != U.ideoStop, line[index - 1] != U.semicolon, line[index - 1] != U.s("!"),
              line[index - 1] != U.s("?") { index -= 1 }
        return index
    }
}
