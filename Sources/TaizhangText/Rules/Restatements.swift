/// A figure restated in another unit in brackets right after it: 夏粮总产量14582万吨(2916亿斤),
/// 比上年增加296.7万吨(59.3亿斤),增长2.1%. The bracket adds no figure of its own, so the
/// arithmetic reads the line without it (the increment then stands next to its amount).
/// Percentages in brackets are kept (1590件(14.23%) is a share), and so is a bracket of the
/// same measure (a part or a base: 上升13.2%(去年同期76件) has letters and stays anyway).
enum Restatements {
    static func drop(_ line: LineText, _ hits: [QuantityHit]) -> [QuantityHit] {
        // A restatement stands in brackets: without ( in the line (its trigger bit) nothing is
        // dropped. The copy of the hits is made only from the first one dropped (the arithmetic
        // asks this twice a line, and most lines drop nothing).
        guard hits.count >= 3, line.mayContain(U.lparen),
              let first = hits.indices.dropFirst().first(where: { isRestatement(line, hits[$0], after: hits[$0 - 1]) })
        else { return hits }
        var kept = Array(hits[..<first])
        kept.reserveCapacity(hits.count - 1)
        for index in (first + 1)..<hits.count where !isRestatement(line, hits[index], after: hits[index - 1]) {
            kept.append(hits[index])
        }
        return kept
    }

    @inline(__always)
    private static func isRestatement(_ line: LineText, _ hit: QuantityHit, after previous: QuantityHit) -> Bool {
        Brackets.opensRightAfter(line, hit, previous) && line[hit.end] == U.rparen
            && !hit.isPercent && !previous.isPercent && hit.change == nil && hit.measure != previous.measure
    }
}
