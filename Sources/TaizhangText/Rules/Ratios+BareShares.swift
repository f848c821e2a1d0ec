/// 完成产值113亿元,占开发区规模以上企业总产值的59.5,增长25.6: a share whose `%` sign was
/// lost. Grammar says what it is: a bare number right after 占…的, with no unit and the
/// clause ending there, is a percentage. It is checked like `earlierWholes` (part before
/// 占 in its sentence, whole among the document's last figures), with the same guards: the
/// rate is below 100 (a whole number is matched against the last 8 figures only), and only
/// agreement is reported.
extension Ratios {
    static let possessive: UInt32 = 0x7684, share: UInt32 = 0x5360   // 的, 占

    static func bareShares(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>], memory: [QuantityHit]) -> [ArithmeticCheck] {
        guard !memory.isEmpty, !hits.isEmpty, line.contains(scalar: share) else { return [] }
        var checks = [ArithmeticCheck]()
        var index = 1
        while index < line.count - 1 {
            defer { index += 1 }
            guard line[index] == possessive, let number = NumberParser.arabic(line, at: index + 1),
                  number.value < 100, isClauseEnd(line[number.end]) else { continue }
            let clause = Sentences.clauseStart(line, before: index)
            guard let zhan = (clause..<index).first(where: { shareWords.prefix(in: line.norm, at: $0) > 0 }) else { continue }
            let sentence = sentences[Sentences.sentence(of: zhan, in: sentences)]
            let parts = hits.filter { $0.start >= sentence.lowerBound && $0.end <= zhan && !$0.isPercent && $0.change == nil && $0.normalized > 0 }
            guard let part = parts.last,
                  // A whole number only against the last figures (a narrow window, as for named
                  // rates in `earlierWholes`): 占…工业总产值的12 with 190亿元 two paragraphs up.
                  let whole = (number.decimals >= 1 ? memory : Array(memory.suffix(8))).last(where: { compatible(part, $0) && $0.normalized > part.normalized
                      && matches(part.normalized / $0.normalized * 100, number.value, decimals: number.decimals) }) else { continue }
            let ratio = part.normalized / whole.normalized * 100
            let statement = "ratio \(Sentences.format(part.normalized / part.number.magnitude))/\(Sentences.format(whole.normalized / whole.number.magnitude)) (stated earlier) = \(String(format: "%.2f", ratio))% ≈ \(Sentences.format(number.value)) (% sign missing)"
            checks.append(make(line, "ratio", part.start, number.end, statement, true))
        }
        return checks
    }

    /// ，。；, ; or the end of the line: nothing (no unit, no %) follows the number.
    private static func isClauseEnd(_ scalar: UInt32) -> Bool {
        scalar == 0 || scalar == 0xFF0C || scalar == 0x3002 || scalar == 0xFF1B || scalar == 0x2C || scalar == 0x3B || scalar == 0x3001
    }
}
