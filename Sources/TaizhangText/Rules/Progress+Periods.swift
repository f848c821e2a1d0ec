/// Points against the rate of a period named by the comparison (比一季度回落5.6个百分点,
/// 两年平均增速比一季度加快0.3个百分点) and stated apart, often after it: 分季度看,一季度同比
/// 增长18.3%,两年平均增长5.0%. The compared term is the few letters between 比/较 and the
/// verb of change; the other rate is one whose sentence names that term before it (outside
/// the comparison itself). Agreement only, like the other rates stated apart.
extension Progress {
    /// Verbs of change that end the compared term (比一季度|回落).
    static let changeVerbs = Lexicon(["回落", "回升", "加快", "放缓", "提高", "提升", "下降", "下滑", "增长", "增加", "上升",
                                      "上涨", "减少", "降低", "收窄", "扩大", "高", "低", "快", "慢", "多", "少"])
    static let fallingVerbs = Lexicon(["回落", "放缓", "下降", "下滑", "减少", "降低", "收窄", "低", "慢", "少"])
    static let comparisonLeads: ScalarSet = [U.s("比"), U.s("较")]

    /// The letters between 比/较 and the change verb in `range` (2–6 letters), or nil.
    static func comparedTerm(_ line: LineText, in range: Range<Int>) -> Range<Int>? {
        guard let lead = range.first(where: { comparisonLeads.contains(line[$0]) }) else { return nil }
        var end = lead + 1
        while end < range.upperBound, end - lead <= 7, line.cls(end).contains(.ideograph), changeVerbs.prefix(in: line.norm, at: end) == 0 { end += 1 }
        guard end < range.upperBound, changeVerbs.prefix(in: line.norm, at: end) > 0, end - lead - 1 >= 2, end - lead - 1 <= 6 else { return nil }
        return (lead + 1)..<end
    }

    /// Rates of the line whose sentence names `term` before them, outside `own` (the
    /// comparison's clause).
    static func ratesNaming(_ line: LineText, _ hits: [QuantityHit], term: Range<Int>, own: Range<Int>) -> [QuantityHit] {
        let word = Array(line.norm[term])
        return hits.filter { hit in
            guard hit.isPercentSign, !hit.isApproximate, !own.contains(hit.start) else { return false }
            var start = hit.start
            while start > 0, !Sentences.stops.contains(line[start - 1]) { start -= 1 }
            var from = start
            while let at = line.firstIndex(of: word, in: from..<hit.start) {
                if !own.contains(at) { return true }
                from = at + 1
            }
            return false
        }
    }
}
