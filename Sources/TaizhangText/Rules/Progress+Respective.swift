/// 省、市级重点项目…投资完成率分别为43.2%、37.8%,分别超时序进度9.9个百分点、4.5个百分点: 分别
/// before the progress word pairs the run of rates before it with the run of points after it, in
/// order (twenty-sixth pass, xrate20: main read the last rate against the first points and flagged
/// a right statement). A run is figures joined by 、, 和, 及 or a comma only; runs of unequal length,
/// or a single rate for several points, are not read at all (which rate goes with which points is
/// then not said). Without 分别 the one-rate reading stands.
extension Progress {
    static let respectively = [UInt32](literal: "分别")
    static let joiners: ScalarSet = [U.s("、"), U.s("和"), U.s("及"), U.comma]

    /// The rate/points pairs of a respective statement, or nil when 分别 does not open the progress
    /// phrase; an empty list when it does but the runs do not pair up.
    static func respectivePairs(_ line: LineText, hits: [QuantityHit], word: Range<Int>) -> [(rate: QuantityHit, points: QuantityHit)]? {
        let from = max(0, word.lowerBound - 6)
        guard line.contains(respectively, in: from..<word.lowerBound) else { return nil }
        guard let last = hits.lastIndex(where: { $0.end <= word.lowerBound && $0.isPercentSign && $0.change == nil }),
              let first = hits.firstIndex(where: { $0.start >= word.upperBound && $0.start - word.upperBound <= 4 && $0.isPoints })
        else { return [] }
        var rates = [hits[last]]
        var i = last
        while i > 0, hits[i - 1].isPercentSign, hits[i - 1].change == nil, joined(line, hits[i - 1], hits[i]) { i -= 1; rates.insert(hits[i], at: 0) }
        var points = [hits[first]]
        var j = first
        while j + 1 < hits.count, hits[j + 1].isPoints, joined(line, hits[j], hits[j + 1]) { j += 1; points.append(hits[j]) }
        guard rates.count == points.count, rates.count >= 2 else { return [] }
        return Array(zip(rates, points)).map { (rate: $0.0, points: $0.1) }
    }

    /// Nothing but one joiner (and spaces) between two figures of a run.
    static func joined(_ line: LineText, _ a: QuantityHit, _ b: QuantityHit) -> Bool {
        let between = line.norm[a.end..<b.start].filter { $0 != 0x20 }
        return between.count == 1 && joiners.contains(between[0])
    }
}
