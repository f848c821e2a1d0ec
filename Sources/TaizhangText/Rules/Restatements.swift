/// A figure restated in another unit in brackets right after it: 夏粮总产量14582万吨(2916亿斤),
/// 比上年增加296.7万吨(59.3亿斤),增长2.1%. The bracket adds no figure of its own, so the
/// arithmetic reads the line without it (the increment then stands next to its amount).
/// Percentages in brackets are kept (1590件(14.23%) is a share), and so is a bracket of the
/// same measure (a part or a base: 上升13.2%(去年同期76件) has letters and stays anyway).
enum Restatements {
    static func drop(_ line: LineText, _ hits: [QuantityHit]) -> [QuantityHit] {
        guard hits.count >= 3 else { return hits }
        var kept = [QuantityHit]()
        kept.reserveCapacity(hits.count)
        for (index, hit) in hits.enumerated() {
            if index >= 1, isRestatement(line, hit, after: hits[index - 1]) { continue }
            kept.append(hit)
        }
        return kept.count == hits.count ? hits : kept
    }

    @inline(__always)
    private static func isRestatement(_ line: LineText, _ hit: QuantityHit, after previous: QuantityHit) -> Bool {
        hit.start >= 1 && previous.end == hit.start - 1 && line[hit.start - 1] == U.lparen && line[hit.end] == U.rparen
            && !hit.isPercent && !previous.isPercent && hit.change == nil && hit.measure != previous.measure
    }
}
