/// A total broken down "by view" in the next sentence: 上半年国内生产总值532167亿元,…。分产业看,
/// 第一产业增加值28402亿元,…;第二产业增加值207154亿元,…;第三产业增加值296611亿元,…。
/// A sentence that opens with 分 + a short noun + 看 (分产业看, 分季度看, 分区域看) splits a
/// figure stated before it; its figures of one measure are the parts, and the total is the
/// last figure of that measure before the opening (changes, rates and points are never
/// either). Agreement only: a view may leave a remainder out (分地区看 may name two of
/// three regions), so a mismatch proves nothing.
enum BreakdownViews {
    static let view = U.s("看"), split = U.s("分")

    static func check(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>]) -> [ArithmeticCheck] {
        guard hits.count >= 3, line.firstIndex(of: [view], in: 0..<line.count) != nil else { return [] }
        var checks = [ArithmeticCheck]()
        for sentence in sentences {
            guard let opening = opening(line, sentence) else { continue }
            let inside = hits.filter { $0.start >= opening && $0.start < sentence.upperBound && plain($0) }
            guard let first = inside.first else { continue }
            let parts = inside.filter { $0.measure == first.measure }
            guard parts.count >= 2, !parts.contains(where: \.isApproximate),
                  let total = hits.last(where: { $0.end <= sentence.lowerBound && plain($0) && $0.measure == first.measure }),
                  !total.isApproximate else { continue }
            let scale = total.number.magnitude
            let sum = parts.reduce(0) { $0 + $1.normalized } / scale
            let tolerance = Sentences.tolerance(total: total, parts: parts)
            guard abs(sum - total.value) <= tolerance else { continue }
            let statement = "total \(Sentences.format(total.value))\(total.unit) = "
                + parts.map { Sentences.format($0.normalized / scale) }.joined(separator: " + ")
                + " = \(Sentences.format(sum)) (tolerance ±\(Sentences.format(tolerance))); broken down by view"
            checks.append(ArithmeticCheck(kind: "sum", text: line.string(total.start..<parts.last!.end), line: line.number,
                                          column: line.column(of: total.start), statement: statement, consistent: true))
        }
        return checks
    }

    /// 分 + one to four letters + 看 + a comma or colon at the sentence's start: the position
    /// after it.
    static func opening(_ line: LineText, _ sentence: Range<Int>) -> Int? {
        var at = sentence.lowerBound
        while at < sentence.upperBound, line[at] == 0x20 || line[at] == 0x3000 { at += 1 }
        guard at + 3 < sentence.upperBound, line[at] == split else { return nil }
        for length in 1...4 where at + length + 2 < sentence.upperBound && line[at + length + 1] == view {
            guard (at + 1...at + length).allSatisfy({ line.cls($0).contains(.ideograph) }) else { return nil }
            let mark = line[at + length + 2]
            return mark == U.comma || mark == U.colon || mark == 0xFF1A ? at + length + 3 : nil
        }
        return nil
    }

    /// Figures that can be a total or a part: no change, rate or points.
    private static func plain(_ hit: QuantityHit) -> Bool {
        hit.change == nil && !hit.isPercent && !hit.isPoints
    }
}
