/// Growth rates whose increment or base is stated after the rate:
/// - 完成税收收入2.35亿元,同比增长15.3%,增收3120万元: R = D / (X − D), the increment
///   right after the rate (or in the next clause that names the earlier period);
/// - 办理案件86件,同比上升13.2%(去年同期76件): R = (X − B) / B, the base after the rate
///   in its sentence, in a clause that names the earlier period (去年同期, 上年).
/// The current figure is the last one before the rate with the same measure. A mismatch
/// is called only when the three figures sit in one sentence with nothing else of their
/// measure between them.
extension Ratios {
    static func incrementAfter(_ line: LineText, _ percent: QuantityHit, _ earlier: [QuantityHit], _ later: [QuantityHit]) -> ArithmeticCheck? {
        // The current amount: the last figure of the measure before the rate that is not the
        // whole of a share or a target (完成61646万元,占年初预算数109466万元的56.3%,同比增长
        // 10.7%,增收5939万元: 61646, not 109466).
        // The increment may name its period (增长12%,较上年同期增加6000万元), within one clause.
        guard let delta = later.first, delta.change != nil, delta.start - percent.end <= 6
                || delta.start - percent.end <= 14 && Sentences.contains(line, baseWords, in: percent.end..<delta.start)
                && !line.norm[(percent.end + 1)..<delta.start].contains(where: { $0 == U.comma || $0 == U.semicolon || $0 == U.ideoStop }),
              let current = nearestAmount(line, before: percent, earlier), current.measure == delta.measure,
              current.change == nil else { return nil }
        guard let g = growthOfIncrement(delta, over: current, percent), (delta.change == "decrease") == (percent.change == "decrease"),
              g.ok || !percent.isApproximate else { return nil }
        return make(line, "growth", current.start, delta.end, "growth \(g.formula) \(versus(g.rate, percent.number.value))", g.ok)
    }

    static func baseAfter(_ line: LineText, _ percent: QuantityHit, _ earlier: [QuantityHit], _ later: [QuantityHit]) -> ArithmeticCheck? {
        // The base follows the rate directly: in brackets (上升13.2%(去年同期76件)) or in the
        // next clause (增长25%,去年同期为1.6亿元) — never past a ;, where another indicator
        // begins (下降45.5%;送戏下乡由去年同期的3场…).
        guard let base = later.first(where: { $0.change == nil }), base.start - percent.end <= 12, base.normalized > 0,
              line[percent.end] == U.lparen || line[percent.end] == U.comma,
              !line.norm[percent.end..<base.start].contains(where: { $0 == U.semicolon || $0 == U.ideoStop || $0 == U.comma && line[percent.end] == U.lparen }),
              Sentences.contains(line, baseWords, in: Sentences.clauseStart(line, before: base.start)..<base.start),
              let current = nearestAmount(line, before: percent, earlier), current.measure == base.measure,
              current.change == nil else { return nil }
        let g = growthOverBase(current, base, percent)
        if !g.ok && percent.isApproximate { return nil }
        return make(line, "growth", current.start, base.end, "growth \(g.formula) \(versus(g.rate, percent.value))", g.ok)
    }

    /// The amount a rate is of: the nearest figure before it (wholes and targets of a share
    /// skipped), with no ; or 。 between them.
    static func nearestAmount(_ line: LineText, before percent: QuantityHit, _ earlier: [QuantityHit]) -> QuantityHit? {
        guard let amount = earlier.last(where: { !$0.isPercent && !isWholeOrTarget(line, $0, earlier + [percent]) }),
              !line.norm[amount.end..<percent.start].contains(where: { $0 == U.semicolon || $0 == U.ideoStop }) else { return nil }
        return amount
    }

    /// 占B的X%, 为年度计划B的X%, 全年任务B: the figure is a whole or a target, not an amount
    /// achieved (a share's whole is followed by 的 and the rate; a target's clause names it).
    static func isWholeOrTarget(_ line: LineText, _ figure: QuantityHit, _ hits: [QuantityHit]) -> Bool {
        if line[figure.end] == possessive, hits.contains(where: { $0.isPercent && $0.start == figure.end + 1 }) { return true }
        let clause = Sentences.clauseStart(line, before: figure.start)..<figure.start
        return Sentences.contains(line, shareWords, in: clause) || containsTarget(line, in: clause)
    }
}

/// 累计完成投资8.6亿元,占年度计划的61.4%(年度计划14亿元): the whole of a share in brackets
/// right after the rate. The part is the last figure of the sentence before 占's clause;
/// a mismatch is called only when it is the one figure of its measure there.
extension Ratios {
    static func wholeInBrackets(_ line: LineText, _ percent: QuantityHit, _ before: [QuantityHit], next: QuantityHit?) -> ArithmeticCheck? {
        guard line[percent.end] == U.lparen, let whole = next, whole.start - percent.end <= 10, whole.change == nil, !whole.isPercent,
              whole.normalized > 0, line.norm[percent.end..<whole.start].allSatisfy({ $0 != U.rparen }) else { return nil }
        // 占任务数的116.7%(其中工业投资7198万元…): a bracket opening with 其中/包括/含 breaks the
        // amount down — its figure is a part, never the whole (ahqy.gov.cn; ratio23).
        guard Arithmetic.breakdownOpeners.prefix(in: line.norm, at: percent.end + 1) == 0 else { return nil }
        let clause = Sentences.clauseStart(line, before: percent.start)
        // 占…的X%, or a rate of a named target (完成全年任务的60%(全年任务1000万元), 为年度计划的
        // 120%(年度计划1亿元)) whose bracket names the target again, not an earlier period.
        let label = (percent.end + 1)..<whole.start
        let ofTarget = line[percent.start - 1] == possessive && Sentences.contains(line, targetWords, in: clause..<percent.start)
            && Sentences.contains(line, targetWords, in: label) && !Sentences.contains(line, baseWords, in: label)
        guard ofTarget || (clause..<percent.start).contains(where: { shareWords.prefix(in: line.norm, at: $0) > 0 }) else { return nil }
        return share(line, percent, whole: whole, before: before, clause: clause, to: whole.end)
    }
}

/// 办理案件150件,同比增长25%。去年同期办理120件。: the base opens the next sentence, in a
/// first clause that names the earlier period, and the rate ends its own sentence. Only
/// agreement is reported: the next sentence may speak of another indicator.
extension Ratios {
    static func baseInNextSentence(_ line: LineText, _ percent: QuantityHit, _ earlier: [QuantityHit], hits: [QuantityHit],
                                   sentences: [Range<Int>]) -> ArithmeticCheck? {
        let index = Sentences.sentence(of: percent.start, in: sentences)
        guard index + 1 < sentences.count, !percent.isApproximate else { return nil }
        let own = sentences[index], next = sentences[index + 1]
        guard (percent.end..<own.upperBound).allSatisfy({ !line.cls($0).contains(.ideograph) && !line.cls($0).contains(.digit) }),
              let base = hits.first(where: { $0.start >= next.lowerBound }), base.start < next.upperBound,
              !base.isPercent, base.change == nil, !base.isApproximate, base.normalized > 0,
              Sentences.clauseStart(line, before: base.start) <= next.lowerBound + 1,
              Sentences.contains(line, baseWords, in: next.lowerBound..<base.start),
              let current = nearestAmount(line, before: percent, earlier), current.change == nil, compatible(current, base) else { return nil }
        let g = growthOverBase(current, base, percent)
        guard g.ok else { return nil }
        return make(line, "growth", current.start, base.end, "growth \(g.formula) \(versus(g.rate, percent.value)) (base in the next sentence)", true)
    }
}

/// 受理量比去年同期增加20件,增长20%,达到120件: the increment before the rate and the current
/// amount after it (达到/达/为/至/到 X), when no amount stands before the increment in the
/// sentence. R = D / (X − D); only agreement is reported.
extension Ratios {
    static let reachWords = Lexicon(["达到", "达", "为", "至", "到"])

    static func currentAfter(_ line: LineText, _ percent: QuantityHit, _ earlier: [QuantityHit], _ later: [QuantityHit],
                             sentence: Range<Int>) -> ArithmeticCheck? {
        guard let delta = earlier.last, delta.change != nil, !delta.isPercent, percent.start - delta.end <= 12,
              !earlier.dropLast().contains(where: { sentence.contains($0.start) && !$0.isPercent && compatible($0, delta) }),
              let current = later.first, current.change == nil, compatible(current, delta), current.start - percent.end <= 12,
              current.prefixQualifier == "达" || reachWords.suffix(in: line.norm, endingAt: current.start) > 0   // 达(到) is read as a qualifier
                || line[current.start - 1] == U.s("了") && reachWords.suffix(in: line.norm, endingAt: current.start - 1) > 0 else { return nil }
        guard let g = growthOfIncrement(delta, over: current, percent), (delta.change == "decrease") == (percent.change == "decrease"), g.ok
        else { return nil }
        return make(line, "growth", delta.start, current.end, "growth \(g.formula) \(versus(g.rate, percent.number.value)) (the amount after the rate)", true)
    }
}
