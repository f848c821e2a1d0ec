/// 序时进度 (time-elapsed progress): “完成全年任务的56%,超序时进度6个百分点” states that the
/// completion rate minus the share of the year elapsed is 6 points. The share is 50% for
/// a half-year (上半年, 1-6月, 半年) and n/12 for 1-n月 written in the same line; without
/// either, 50% (the checker reads half-year summaries).
enum Progress {
    static let word = [UInt32](literal: "序时进度")
    static let ahead = Lexicon(["超过", "超出", "超", "快于", "高于"])
    static let behind = Lexicon(["低于", "慢于", "落后", "落后于", "滞后"])

    static func check(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>]) -> [ArithmeticCheck] {
        guard line.contains(word) else { return [] }
        var checks = [ArithmeticCheck]()
        var index = 0
        while let at = line.firstIndex(of: word, in: index..<line.count) {
            index = at + word.count
            guard let points = hits.first(where: { $0.start >= index && $0.start - index <= 4 && $0.measure.hasSuffix("百分点") }),
                  let rate = hits.last(where: { $0.end <= at && $0.measure == "%" && $0.change == nil && at - $0.end <= 16 })
            else { continue }
            let sign: Double
            if ahead.suffix(in: line.norm, endingAt: at) > 0 { sign = 1 } else if behind.suffix(in: line.norm, endingAt: at) > 0 { sign = -1 } else { continue }
            let elapsed = elapsedShare(line)
            let gap = (rate.number.value - elapsed) * sign
            let decimals = max(points.number.decimals, rate.number.decimals)
            let ok = Ratios.matches(gap, points.number.value, decimals: decimals)
                || Sentences.agrees(gap, points.number.value, decimals: decimals)
            let statement = "progress \(Sentences.format(rate.number.value))% − \(Sentences.format(elapsed))% elapsed = \(String(format: "%.2f", gap)) points vs stated \(Sentences.format(points.number.value))"
            checks.append(Ratios.make(line, "ratio", rate.start, points.end, statement, ok))
        }
        return checks
    }

    /// 1-n月 in the line gives n/12; otherwise a half-year.
    private static func elapsedShare(_ line: LineText) -> Double {
        var index = 0
        while index + 3 < line.count {
            if line[index] == U.s("1"), line[index + 1] == U.hyphen || line[index + 1] == U.s("—") || line[index + 1] == U.tilde || line[index + 1] == U.s("至"),
               let month = NumberParser.digitValue(line[index + 2]) {
                var n = month, end = index + 3
                if let second = NumberParser.digitValue(line[end]) { n = n * 10 + second; end += 1 }
                if line[end] == U.s("月"), n >= 1, n <= 12 { return Double(n) / 12 * 100 }
            }
            index += 1
        }
        return 50
    }
}
