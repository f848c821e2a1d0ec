/// Percentage points. Comparisons: “增长19.9%,高于全省(11%)8.9个百分点” states 19.9 − 11 = 8.9.
/// 序时进度 (time-elapsed progress): “完成全年任务的56%,超序时进度6个百分点” states that the
/// completion rate minus the share of the year elapsed is 6 points. The share is 50% for
/// a half-year (上半年, 1-6月, 半年) and n/12 for 1-n月 written in the same line; without
/// either, 50% (the checker reads half-year summaries). 时序进度 is the same word with its
/// halves swapped (超时序进度3.5个百分点), and a period named in the rate's own sentence
/// (4个省级重点项目1-5月完成投资…,占年度投资计划45.2%) wins over one elsewhere in the line.
enum Progress {
    static let word = [UInt32](literal: "序时进度")
    static let swapped = [UInt32](literal: "时序进度")
    /// 达时序进度 / 达到序时进度: the rate has reached the elapsed share (no points stated).
    static let reached = Lexicon(["达到", "达", "符合", "实现"])
    static let ahead = Lexicon(["超过", "超出", "超", "快于", "高于", "高出", "领先"])
    static let behind = Lexicon(["低于", "慢于", "落后", "落后于", "滞后"])

    /// 增长19.9%,高于全省平均增幅(11%)8.9个百分点: a rate compared with another stated
    /// rate by a number of points (R − X = Y when 高于/快于/超过, X − R = Y when 低于/慢于).
    static func comparisons(_ line: LineText, hits: [QuantityHit]) -> [ArithmeticCheck] {
        var checks = [ArithmeticCheck]()
        for (index, points) in hits.enumerated() where points.isPoints && index >= 1 {
            // The other rate right before the points (高于全省(11%)8.9个百分点), or in brackets
            // right after them (高出全市平均水平5个百分点(全市为90%)).
            let before = index >= 2 && hits[index - 1].isPercentSign && points.start - hits[index - 1].end <= 2
            let after = !before && index + 1 < hits.count && line[points.end] == U.lparen && hits[index + 1].isPercentSign
                && hits[index + 1].start - points.end <= 8
            guard before || after else { continue }
            let other = before ? hits[index - 1] : hits[index + 1]
            // The rate compared is the last one that is not itself a baseline of an earlier
            // comparison (…高于全省(11%)8.9个百分点,高于州市(14.5%)5.4个百分点: both compare 19.9%).
            let candidates = hits[..<(before ? index - 1 : index)].indices.filter { i in
                hits[i].isPercentSign && !(i + 1 < hits.count && hits[i + 1].isPoints && hits[i + 1].start - hits[i].end <= 2)
            }
            guard let rateIndex = candidates.last else { continue }
            let rate = hits[rateIndex]
            guard other.start - rate.end <= 80 else { continue }
            let between = rate.end..<(before ? other.start : points.start)
            let sign: Double
            if between.contains(where: { ahead.prefix(in: line.norm, at: $0) > 0 }) { sign = 1 }
            else if between.contains(where: { behind.prefix(in: line.norm, at: $0) > 0 }) { sign = -1 } else { continue }
            let gap = (rate.number.value - other.number.value) * sign
            let decimals = max(points.number.decimals, rate.number.decimals, other.number.decimals)
            let ok = Sentences.agrees(gap, points.number.value, decimals: decimals)
            let statement = "points \(Sentences.format(rate.number.value))% − \(Sentences.format(other.number.value))% = \(Sentences.format(gap)) vs stated \(Sentences.format(points.number.value))"
            checks.append(Ratios.make(line, "ratio", rate.start, before ? points.end : other.end, statement, ok))
        }
        return checks
    }

    static func check(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>]) -> [ArithmeticCheck] {
        var checks = comparisons(line, hits: hits)
        for progressWord in [word, swapped] where line.contains(progressWord) {
            checks += check(line, hits: hits, sentences: sentences, word: progressWord)
        }
        return checks
    }

    private static func check(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>], word: [UInt32]) -> [ArithmeticCheck] {
        var checks = [ArithmeticCheck]()
        var index = 0
        while let at = line.firstIndex(of: word, in: index..<line.count) {
            index = at + word.count
            // 完成率分别为43.2%、37.8%,分别超时序进度9.9个百分点、4.5个百分点: pairs in order.
            if let pairs = respectivePairs(line, hits: hits, word: at..<index) {
                checks += pairs.compactMap { check(line, rate: $0.rate, points: $0.points, at: at, sentences: sentences) }
                continue
            }
            guard let rate = hits.last(where: { $0.end <= at && $0.isPercentSign && $0.change == nil && at - $0.end <= 16 }) else { continue }
            let elapsed = elapsedShare(line, sentence: sentences[Sentences.sentence(of: rate.start, in: sentences)], before: rate.start)
            guard let points = hits.first(where: { $0.start >= index && $0.start - index <= 4 && $0.isPoints }) else {
                // 占年度投资计划50%,达时序进度: reached, agreement only (a rate short of the
                // share may still be called on schedule by its writer's rounding of the period).
                if reached.suffix(in: line.norm, endingAt: at) > 0, rate.number.value + 0.5 >= elapsed, rate.number.value - elapsed <= 0.5 {
                    let statement = "progress \(Sentences.format(rate.number.value))% reaches \(Sentences.format(elapsed))% elapsed"
                    checks.append(Ratios.make(line, "ratio", rate.start, at + word.count, statement, true))
                }
                continue
            }
            if let check = check(line, rate: rate, points: points, at: at, sentences: sentences) { checks.append(check) }
        }
        return checks
    }

    /// The rate minus the elapsed share against the stated points (超/高于: R − E; 低于/落后: E − R).
    static func check(_ line: LineText, rate: QuantityHit, points: QuantityHit, at: Int, sentences: [Range<Int>]) -> ArithmeticCheck? {
        let elapsed = elapsedShare(line, sentence: sentences[Sentences.sentence(of: rate.start, in: sentences)], before: rate.start)
        let sign: Double
        if ahead.suffix(in: line.norm, endingAt: at) > 0 { sign = 1 } else if behind.suffix(in: line.norm, endingAt: at) > 0 { sign = -1 } else { return nil }
        let gap = (rate.number.value - elapsed) * sign
        // The stated rounding is the points' own: the elapsed share (5/12 = 41.67%) is no written
        // figure, so the gap has no exact form at the rate's decimals and the writer rounds it
        // where the points stop (完成年初预算的47.5%,快于序时进度约6个百分点: 5.83 is 6; ratio23).
        let decimals = points.number.decimals
        let ok = Ratios.matches(gap, points.number.value, decimals: decimals)
            || Sentences.agrees(gap, points.number.value, decimals: decimals)
        let statement = "progress \(Sentences.format(rate.number.value))% − \(Sentences.format(elapsed))% elapsed = \(String(format: "%.2f", gap)) points vs stated \(Sentences.format(points.number.value))"
        return Ratios.make(line, "ratio", rate.start, points.end, statement, ok)
    }

    /// 1-n月 in the rate's sentence before it, else 上半年/半年 there, else 1-n月 anywhere in
    /// the line gives the elapsed share; otherwise a half-year.
    private static func elapsedShare(_ line: LineText, sentence: Range<Int>, before position: Int) -> Double {
        if let months = lastMonths(line, in: sentence.lowerBound..<position) { return months }
        if line.contains(halfYear, in: sentence.lowerBound..<position) { return 50 }
        return lastMonths(line, in: 0..<line.count, first: true) ?? 50
    }

    private static let halfYear = [UInt32](literal: "半年")

    /// The share of the year of the last (or first) 1-n月 in `range`.
    private static func lastMonths(_ line: LineText, in range: Range<Int>, first: Bool = false) -> Double? {
        var found: Double? = nil
        var index = range.lowerBound
        while index + 3 < range.upperBound {
            if line[index] == U.s("1"), line[index + 1] == U.hyphen || line[index + 1] == U.s("—") || line[index + 1] == U.tilde || line[index + 1] == U.s("至"),
               let month = NumberParser.digitValue(line[index + 2]) {
                var n = month, end = index + 3
                if let second = NumberParser.digitValue(line[end]) { n = n * 10 + second; end += 1 }
                if line[end] == U.s("月"), n >= 1, n <= 12 {
                    found = Double(n) / 12 * 100
                    if first { return found }
                }
            }
            index += 1
        }
        return found
    }
}
