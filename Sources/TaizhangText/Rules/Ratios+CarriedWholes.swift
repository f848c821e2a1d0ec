/// 全县完成财政收入5亿元,同比增长10%。⏎其中税收收入3亿元,占60%: a line that opens with 其中
/// goes on from the previous line's sentence — 其中 ("among them") points back to that
/// sentence's total — so a part of this line followed by a clause of 占 and the rate (占比, 占总…
/// 的, 占 the total's noun 的: `sharePhrase`, `namesTotal`) is that total's share (twentieth
/// pass, ratios). The grammar names part, whole and relation, so a mismatch is flagged, unless
/// another share of the line implies the same other whole (the total is then the figure off,
/// as `partShare` reads it on one line).
///
/// The total is the one figure of the previous line's last sentence that is no rate, no change
/// and not approximate (增长10% and 增收0.5亿元 describe it); two such figures, or none, leave
/// 其中 ambiguous and nothing is read. A line without 其中 at its start (受理电话684175个。⏎受理
/// 微信留言24003条,占3.35%) is not read here: its 占 may be of a whole further back.
extension Ratios {
    static func carriedWholes(_ line: LineText, hits: [QuantityHit], previous: LineText?, checked: [ArithmeticCheck]) -> [ArithmeticCheck] {
        let start = line.contentStart
        guard let previous, line.matches(TotalParts.breakdownLead, at: start), hits.count >= 2,
              hits.contains(where: { $0.isPercentSign }) else { return [] }
        let lead = start + TotalParts.breakdownLead.count
        // A second marker on the line opens a breakdown of its own (`partShare` reads it).
        guard !Sentences.contains(line, TotalParts.markers, in: lead..<line.count), let total = lastTotal(previous) else { return [] }
        var checks = [ArithmeticCheck]()
        for index in hits.indices.dropFirst() where hits[index].isPercentSign && hits[index].change == nil && !hits[index].isApproximate {
            let percent = hits[index], part = hits[index - 1]
            let clause = Sentences.clauseStart(line, before: percent.start)
            guard !part.isPercent, part.change == nil, !part.isApproximate, part.normalized > 0, part.start >= lead,
                  part.end + 1 == clause, line[clause] == share,
                  sharePhrase(line, (clause + 1)..<percent.start) || namesTotal(previous, line, (clause + 1)..<percent.start, total),
                  compatibleOrCount(part, total), total.normalized >= part.normalized else { continue }
            let column = line.column(of: percent.start)
            if checked.contains(where: { $0.line == line.number && $0.column <= column && column < $0.column + $0.text.count }) { continue }
            let ok = matches(part: part, whole: total, percent, shortFigures: true)
            if !ok, otherWhole(line, hits, after: lead, impliedWhole(part, percent), except: index) { continue }
            let ratio = part.normalized / total.normalized * 100
            let statement = "ratio \(Sentences.format(part.normalized / part.number.magnitude))/\(Sentences.format(total.normalized / total.number.magnitude)) \(versus(ratio, percent.value)) (a 其中 part's share of the previous line's total)"
            checks.append(make(line, "ratio", part.start, percent.end, statement, ok))
        }
        return checks
    }

    /// The one figure of the line's last sentence that may be a total: no rate, no change, not
    /// approximate, and only punctuation, rates and changes after it.
    private static func lastTotal(_ line: LineText) -> QuantityHit? {
        let hits = QuantityScanner.scan(line)
        guard let last = hits.last(where: { !$0.isPercent && $0.change == nil }), !last.isApproximate, last.normalized > 0 else { return nil }
        let sentence = Sentences.ranges(line).last { $0.lowerBound <= last.start } ?? 0..<line.count
        let totals = hits.filter { sentence.contains($0.start) && !$0.isPercent && $0.change == nil }
        return totals.count == 1 ? last : nil
    }

    /// `namesTotal` with the total on the previous line: 占 the total's noun (its letters right
    /// before its figure there) then 的.
    private static func namesTotal(_ previous: LineText, _ line: LineText, _ range: Range<Int>, _ total: QuantityHit) -> Bool {
        var words = Array(line.norm[range])
        guard words.last == possessive else { return false }
        words.removeLast()
        guard words.count >= 2, total.start >= words.count, words.allSatisfy({ CharClass.of($0).contains(.ideograph) }) else { return false }
        return Array(previous.norm[(total.start - words.count)..<total.start]) == words
    }
}
