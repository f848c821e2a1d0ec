/// Growth rates stated for several figures at once, each to be read against its own pair:
/// 受理120件、办结100件,同比分别增长20%和25%,去年同期分别为100件和80件 (bases after the
/// rates), …,分别增加20件和20件,分别增长20%和25% (increments before them) or …,同比分别增长
/// 20%、25%,分别增加20件、20件 (increments after). The k rates stand in one list after 分别;
/// the current amounts are the last k figures before the rates' clause (before the
/// increments, when those come first). Reported only when every rate agrees: which figures
/// the list pairs is read from their order, so a mismatch proves nothing.
extension Ratios {
    static let respectively: [UInt32] = [0x5206, 0x522B]   // 分别

    static func respectiveGrowth(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>]) -> [ArithmeticCheck] {
        guard hits.count >= 6, line.contains(respectively) else { return [] }
        var checks = [ArithmeticCheck]()
        var index = 0
        while index < hits.count {
            // The change word stands before the first rate only (分别增长20%和25%).
            let run = hits[index].change == nil ? index..<index : list(line, hits, from: index, { $0.isPercentSign && !$0.isApproximate })
            defer { index = max(index + 1, run.upperBound) }
            guard run.count >= 2 else { continue }
            let sign: Double = hits[index].change == "decrease" ? -1 : 1
            let k = run.count, first = hits[run.lowerBound]
            let clause = Sentences.clauseStart(line, before: first.start)
            guard line.contains(respectively, in: clause..<first.start) else { continue }
            let sentence = sentences[Sentences.sentence(of: first.start, in: sentences)]
            let earlier = hits[..<run.lowerBound].filter { sentence.contains($0.start) && $0.end <= clause && !$0.isPercent && !$0.isApproximate }
            var second: [QuantityHit] = [], currents: [QuantityHit] = [], increments = true
            if earlier.count >= 2 * k, earlier.suffix(k).first?.change != nil, 
               list(line, hits, from: hits.firstIndex(where: { $0.start == earlier[earlier.count - k].start }) ?? hits.count, { !$0.isPercent }).count >= k {
                // …,分别增加20件和20件,分别增长20%和25%: the increments right before the rates.
                second = Array(earlier.suffix(k))
                currents = Array(earlier.dropLast(k).suffix(k))
            } else {
                currents = Array(earlier.suffix(k))
                let laterRun = list(line, hits, from: run.upperBound, { !$0.isPercent && !$0.isApproximate })
                guard laterRun.count >= k, sentence.contains(hits[laterRun.lowerBound].start),
                      Sentences.clauseStart(line, before: hits[laterRun.lowerBound].start) > first.start else { continue }
                second = Array(hits[laterRun].prefix(k))
                increments = second[0].change != nil
                // Bases must be named as the earlier period's (去年同期分别为…).
                let label = Sentences.clauseStart(line, before: second[0].start)..<second[0].start
                guard increments || Sentences.contains(line, baseWords, in: label) else { continue }
            }
            guard currents.count == k, currents.allSatisfy({ $0.change == nil && $0.normalized > 0 }),
                  second.dropFirst().allSatisfy({ $0.change == nil || $0.change == second[0].change }),
                  zip(currents, second).allSatisfy({ compatible($0, $1) }) else { continue }
            // The change word of the first increment holds for the others (分别减少20件和10件).
            let incrementSign: Double = second[0].change == "decrease" ? -1 : 1
            var computed = [Double]()
            for (offset, rate) in hits[run].enumerated() {
                let x = currents[offset].normalized, other = abs(second[offset].normalized)
                let base = increments ? x - incrementSign * other : other
                guard base > 0 else { break }
                let value = (x - base) / base * 100
                guard matches(value, sign * rate.number.value, decimals: rate.number.decimals)
                        || matches(-value, -sign * rate.number.value, decimals: rate.number.decimals) else { break }
                computed.append(value)
            }
            guard computed.count == k else { continue }
            let found: String = computed.map { String(format: "%.2f", $0) + "%" }.joined(separator: ", ")
            let stated: String = hits[run].map { Sentences.format(sign * $0.number.value) + "%" }.joined(separator: ", ")
            let statement = "growth (respectively) \(found) vs stated \(stated)"
            let from = min(currents[0].start, second[0].start), to = max(hits[run.upperBound - 1].end, second[k - 1].end)
            checks.append(make(line, "growth", from, to, statement, true))
        }
        return checks
    }

    /// The hits from `start` on that satisfy `include` and are set apart by 、 , 和 及 与 only.
    private static func list(_ line: LineText, _ hits: [QuantityHit], from start: Int, _ include: (QuantityHit) -> Bool) -> Range<Int> {
        guard start < hits.count, include(hits[start]) else { return start..<start }
        var end = start + 1
        while end < hits.count, include(hits[end]), hits[end].start - hits[end - 1].end <= 2,
              (hits[end - 1].end..<hits[end].start).allSatisfy({ [U.ideoComma, U.comma, U.s("和"), U.s("及"), U.s("与")].contains(line[$0]) }) {
            end += 1
        }
        return start..<end
    }
}
