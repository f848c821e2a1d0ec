/// 税收收入36552万元,…,税收占财政总收入的比重为53.79%: the whole (67949万元) was stated in
/// an earlier paragraph. For a rate with decimals (so that agreement is no accident) that
/// no rule of its own paragraph explained, a part before it in its sentence and a whole
/// among the document's last figures that give the rate are reported as agreeing. A
/// mismatch is never called: which earlier figure is the whole is not known.
extension Ratios {
    static func earlierWholes(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>], memory: [QuantityHit],
                              checked: [ArithmeticCheck]) -> [ArithmeticCheck] {
        guard !memory.isEmpty else { return [] }
        var checks = [ArithmeticCheck]()
        for (index, percent) in hits.enumerated() where percent.isPercentSign && percent.change == nil && !percent.isApproximate {
            // A whole-number rate only when it names a target (完成全年任务的60%) and the
            // whole is a figure of a target (全年任务1000万元 earlier): agreement is then no accident.
            let clause = Sentences.clauseStart(line, before: percent.start)..<percent.start
            let ofTarget = percent.number.decimals == 0 && Sentences.contains(line, targetWords, in: clause)
            // 共受理120件。⏎办结114件,办结率95% / 其中城镇人口1.5万人,占60%: a named rate (…率, 占)
            // of whole percent against the last figures only (a narrow window: 114 gives 95%
            // only with 120).
            let named = percent.number.decimals == 0 && !ofTarget
                && (line[clause.upperBound - 1] == U.s("率") || Sentences.contains(line, shareWords, in: clause)
                    || linkers.contains(line[clause.upperBound - 1]) && line[clause.upperBound - 2] == U.s("率"))
            guard percent.number.decimals >= 1 || ofTarget || named else { continue }
            // …68.5万起,占全年的28%: a rate whose 占 names the whole outright (全年, 总数 …)
            // is of a figure stated anywhere before, not of the last few (eighteenth pass).
            let namesWhole = (clause.lowerBound..<clause.upperBound).contains { line[$0] == share && wholeWords.prefix(in: line.norm, at: $0 + 1) > 0 }
            let wholes = named && !namesWhole ? Array(memory.suffix(8)) : memory
            let column = line.column(of: percent.start)
            if checked.contains(where: { $0.line == line.number && $0.column <= column && column < $0.column + $0.text.count }) { continue }
            let sentence = sentences[Sentences.sentence(of: percent.start, in: sentences)]
            var parts = hits[..<index].filter { $0.start >= sentence.lowerBound && !$0.isPercent && $0.change == nil && $0.normalized > 0 }
            // 民生支出666.1亿元⏎占地方一般公共预算支出的70.2%: a line opening with 占 goes on
            // from the previous line's last figure, its part (issue #14, corpus-k).
            var candidates = wholes
            let carried = parts.isEmpty && shareWords.prefix(in: line.norm, at: line.contentStart) > 0 && memory.count >= 2
            if carried, let last = memory.last { parts = [last]; candidates = Array(wholes.dropLast()) }
            search: for part in parts.reversed() {
                for whole in candidates.reversed() where whole.normalized > part.normalized {
                    let ratio = part.normalized / whole.normalized * 100
                    // The figures first, then the measures (Strings) and the subject: all pure,
                    // so the first whole that passes is the same. Rounded figures (28.1亿元 of
                    // 38.3亿元 stated as 73.5%) agree within their rounding.
                    guard matches(part: part, whole: whole, percent), compatible(part, whole),
                          !ofTarget || isTarget(whole) else { continue }
                    let statement = "ratio \(Sentences.format(part.normalized / part.number.magnitude))/\(Sentences.format(whole.normalized / whole.number.magnitude)) (stated earlier) = \(String(format: "%.2f", ratio))% ≈ \(Sentences.format(percent.value))%"
                    checks.append(make(line, "ratio", carried ? line.contentStart : part.start, percent.end, statement, true))
                    break search
                }
            }
        }
        return checks
    }

    static let linkers: ScalarSet = [U.s("为"), U.s("达"), U.s("是")]
    /// Words after 占 that name the whole itself rather than a figure's subject.
    static let wholeWords = Lexicon(["全年", "总数", "总量", "全部"])

    /// A remembered figure whose subject names a plan or target (全年任务, 年度目标, 计划投资).
    static func isTarget(_ figure: QuantityHit) -> Bool {
        let subject = Array(figure.subject.unicodeScalars.map(\.value))
        return (0..<subject.count).contains { targetWords.prefix(in: subject, at: $0) > 0 }
    }
}

/// 去年同期受理100件。⏎今年受理120件,同比增长20%: the base of a growth stated in an earlier
/// paragraph, a remembered figure whose subject names the earlier period (去年同期, 上年 …).
/// The current amount is the nearest figure before the rate; only agreement is reported, and
/// only for rates no rule of their own paragraph read.
extension Ratios {
    static func rememberedBases(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>], memory: [QuantityHit],
                                checked: [ArithmeticCheck]) -> [ArithmeticCheck] {
        guard !memory.isEmpty else { return [] }
        var checks = [ArithmeticCheck]()
        for (index, percent) in hits.enumerated() where percent.isPercentSign && percent.change != nil && !percent.isApproximate {
            let column = line.column(of: percent.start)
            if checked.contains(where: { $0.column <= column && column < $0.column + $0.text.count }) { continue }
            let sentence = sentences[Sentences.sentence(of: percent.start, in: sentences)]
            let earlier = hits[..<index].filter { $0.start >= sentence.lowerBound }
            guard let current = nearestAmount(line, before: percent, earlier), current.change == nil, !current.isApproximate,
                  let base = memory.last(where: { compatible($0, current) && isEarlierPeriod($0) }), base.normalized > 0 else { continue }
            let g = growthOverBase(current, base, percent)
            guard g.ok else { continue }
            checks.append(make(line, "growth", current.start, percent.end, "growth \(g.formula) (base stated earlier) \(versus(g.rate, percent.value))", true))
        }
        return checks
    }

    /// A remembered figure whose subject names the earlier period.
    static func isEarlierPeriod(_ figure: QuantityHit) -> Bool {
        let subject = Array(figure.subject.unicodeScalars.map(\.value))
        return (0..<subject.count).contains { baseWords.prefix(in: subject, at: $0) > 0 }
    }
}
