/// Stated percentages versus the numbers they come from:
/// - shares: A … 占 B 的 X% (完成1318万元,占全年任务2355万元的60% is 56%: an error), or any
///   two stated numbers whose ratio is X% (reported when they agree);
/// - completion rates next to a done amount and a target (完成 … 任务 … 完成率 X%);
/// - growth: 完成X, 增加D, 增长R% means R = D / (X − D) (decrease: D / (X + D)); or
///   去年同期 B … 今年 X … 增长R% means R = (X − B) / B;
/// - 序时进度: a completion rate R and “超序时进度Y个百分点” mean R − E = Y, where E is
///   the share of the year elapsed (50% for a half-year, n/12 for 1–n月).
/// Percentages agree when equal after rounding or truncating to the stated precision.
enum Ratios {
    static let targetWords = Lexicon(["任务", "目标", "计划", "预算"])
    static let doneWords = Lexicon(["完成"])
    /// The earlier period a growth is measured from: 同比 (去年同期) or 环比 (上月, 上季度).
    static let baseWords = Lexicon(["去年同期", "上年同期", "去年", "上年", "上月", "上季度"])
    static let shareWords = Lexicon(["占"])

    /// `bare`: starts of rates whose % was lost (`BareRates`); a whole number among them is
    /// not searched for among all the paragraph's figures (agreement could be an accident).
    static func check(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>], bare: Set<Int> = []) -> [ArithmeticCheck] {
        var checks = [ArithmeticCheck]()
        // A share that the other shares of its list contradict is flagged as such, not read
        // again by agreement with some other pair of figures (eighteenth pass).
        let outliers = siblingShares(line, hits: hits)
        for (index, stated) in hits.enumerated() where stated.isPercent && !stated.isApproximate {
            if let flag = outliers[stated.start] {
                // A pair's flag is keyed by both its rates and reported once.
                if !checks.contains(where: { $0.column == flag.column && $0.text == flag.text }) { checks.append(flag) }
                continue
            }
            // 出生率为4.85‰ is 0.485%: a rate per mille is checked as the same percentage.
            let percent = stated.isPercentSign ? stated : perMilleAsPercent(stated)
            let sentence = Sentences.sentence(of: percent.start, in: sentences)
            let window = sentences[max(0, sentence - 1)].lowerBound
            let earlier = hits[..<index].filter { $0.start >= window && !$0.isPercent && $0.normalized != 0 }
            // The figures of the sentence before the rate, filtered once: the rules of a share
            // read them in turn (each filtered them again, an array each time). The first,
            // `statedShare`, always runs without a change, so none is filtered for nothing.
            let inSentence = percent.change != nil ? [] : hits[..<index].filter { $0.start >= sentences[sentence].lowerBound }
            if percent.change != nil {
                // A restatement in another unit (万吨(亿斤)) is the figure before it again; a real
                // (deflated) rate is no check of the nominal figures (`Ratios+RealGrowth`).
                let earlier = withoutRestatements(line, earlier, all: hits)
                if isRealGrowth(line, percent, after: earlier.last) { continue }
                let later = withoutRestatements(line, hits[(index + 1)...].filter { $0.start < sentences[sentence].upperBound && !$0.isPercent && $0.normalized != 0 }, all: hits)
                // A change opening its sentence after a total and its 其中 parts is the total's (`carriedChange`).
                if let check = carriedChange(line, hits, index) ?? increment(line, percent, earlier) ?? incrementAfter(line, percent, earlier, later)
                    ?? growth(line, percent, earlier) ?? baseAfter(line, percent, earlier, later)
                    ?? baseInNextSentence(line, percent, earlier, hits: hits, sentences: sentences)
                    ?? currentAfter(line, percent, earlier, later, sentence: sentences[sentence])
                    ?? reachedThenBase(line, percent, later) { checks.append(check) }
            } else if let check = statedShare(line, percent, inSentence)
                        ?? (bare.contains(percent.start) ? nil : targetShare(line, percent, inSentence))
                        ?? wholeInBrackets(line, percent, inSentence, next: hits[(index + 1)...].first)
                        // 分别占…的a%、b%: the list pairs its rates in order (`respectiveShares`); any other pair is an accident.
                        ?? (bare.contains(percent.start) && percent.number.decimals == 0 || inRespectiveList(line, percent) ? nil : share(line, percent, earlier.filter { $0.change == nil },
                                 wide: hits[..<index].filter { percent.start - $0.start <= 300 && !$0.isPercent && $0.change == nil && $0.normalized != 0 }
                                    + hits[(index + 1)...].filter { $0.start < sentences[sentence].upperBound && $0.start - percent.end <= 60
                                        && !$0.isPercent && $0.change == nil && $0.normalized != 0 }))
                        ?? (bare.contains(percent.start) ? nil : partShare(line, hits, index) ?? amongShare(line, hits, index)
                            ?? namedRate(line, percent, inSentence)
                            ?? countRate(line, percent, inSentence, previous: earlier.filter { $0.start < sentences[sentence].lowerBound })
                            ?? frameShare(line, hits, index, sentences: sentences)) {
                checks.append(check)
            }
        }
        checks += approximateShares(line, hits: hits, sentences: sentences)
        checks += Progress.check(line, hits: hits, sentences: sentences)
        checks += fromTo(line, hits: hits, sentences: sentences)
        checks += differences(line, hits: hits, sentences: sentences)
        checks += netChanges(line, hits: hits)
        return checks
    }

    static func perMilleAsPercent(_ hit: QuantityHit) -> QuantityHit {
        var percent = hit
        percent.number.value /= 10
        percent.number.decimals += 1
        return percent
    }

    /// Rounded or truncated at the percentage's stated precision.
    static func matches(_ ratio: Double, _ stated: Double, decimals: Int) -> Bool {
        let scale = Sentences.pow10(decimals)
        return Sentences.agrees(ratio, stated, decimals: decimals) || abs((ratio * scale).rounded(.down) / scale - stated) < 1e-9
    }

    /// 篇次 and 篇, 人次 and 人: a count of events of a thing shares its measure.
    /// Compared by bytes where that is exact (`QuantityHit.sameWord`): the rules ask it in their
    /// loops over hits and remembered figures, and `a.measure + "次"` built a String each time.
    static func compatible(_ a: QuantityHit, _ b: QuantityHit) -> Bool {
        QuantityHit.sameWord(b.measure, a.measure, orThen: "次") || QuantityHit.sameWord(a.measure, b.measure, orThen: "次")
    }

    /// `compatible` as it was written, by String equality (the tests compare the two).
    static func compatibleByStrings(_ a: QuantityHit, _ b: QuantityHit) -> Bool {
        a.measure == b.measure || a.measure + "次" == b.measure || b.measure + "次" == a.measure
    }

    /// 个 is the general classifier: 15个项目 and 14所 count the same schools; 名, 人 and 位
    /// count the same people (党员200名,女党员50人,占25%).
    static func compatibleOrCount(_ a: QuantityHit, _ b: QuantityHit) -> Bool {
        compatible(a, b) || ItemTotals.sameKind(a.measure, b.measure) || a.number.magnitude == 1 && b.number.magnitude == 1 && (a.measure == "个" || b.measure == "个")
            && !a.measure.hasSuffix("元") && !b.measure.hasSuffix("元")
    }

    /// A … 占 B 的 X%: the part is the figure before 占's clause, the whole is after 占.
    static func statedShare(_ line: LineText, _ percent: QuantityHit, _ before: [QuantityHit]) -> ArithmeticCheck? {
        let clause = afterTypoStop(line, Sentences.clauseStart(line, before: percent.start), percent.start)
        guard let zhan = (clause..<percent.start).first(where: { shareWords.prefix(in: line.norm, at: $0) > 0 }) else { return nil }
        guard let whole = before.last(where: { $0.start > zhan && $0.change == nil && !$0.isPercent }), whole.normalized > 0 else { return nil }
        // The part is a figure of the sentence before 占's clause.
        return share(line, percent, whole: whole, before: before, clause: clause, to: percent.end)
    }

    /// Agreement is looked for among the figures of the whole paragraph before the rate
    /// and the rest of its sentence (`wide`: 完成15个项目…开工建设14所,占项目学校的93%;
    /// 参保率98.5%,参保19700人,应参保20000人); a mismatch only next to a done
    /// amount and a target in the rate's own or previous sentence.
    private static func share(_ line: LineText, _ percent: QuantityHit, _ earlier: [QuantityHit], wide: [QuantityHit]) -> ArithmeticCheck? {
        let stated = percent.value
        // 为年度计划的120%, 完成全年任务的115%: an over-completion names its target, and its
        // whole is then the smaller figure.
        // 完成率106%,目标为5亿元: the target may also be named after the rate, in its own clause.
        let laterTargets = wide.filter { $0.start > percent.end && Sentences.contains(line, targetWords, in: Sentences.clauseStart(line, before: $0.start)..<$0.start) }
        // The target may stand in the clause right before the rate's (年目标任务6600人,完成率100.76%:
        // ratioforms, the whole between the part and the rate).
        let ownClause = Sentences.clauseStart(line, before: percent.start)
        let overTarget = stated > 100 && (Sentences.contains(line, targetWords, in: ownClause..<percent.start)
            || ownClause > 1 && Sentences.contains(line, targetWords, in: Sentences.clauseStart(line, before: ownClause - 1)..<(ownClause - 1)))
        // … and then the whole is that one target.
        let laterTarget = stated > 100 && laterTargets.count == 1 ? laterTargets[0].start : -1
        for a in wide.reversed() {
            for b in wide.reversed() where b.start != a.start && (b.normalized >= a.normalized || overTarget || b.start == laterTarget) {
                let ratio = a.normalized / b.normalized * 100
                // The figures first: the measures (Strings) are compared only for a pair that
                // gives the stated rate (the conditions are pure, so the first pair is the same).
                if matches(ratio, stated, decimals: percent.number.decimals), compatibleOrCount(a, b) {
                    let statement = "ratio \(Sentences.format(a.normalized / a.number.magnitude))/\(Sentences.format(b.normalized / b.number.magnitude)) = \(String(format: "%.2f", ratio))% ≈ \(Sentences.format(stated))%"
                    return make(line, "ratio", min(a.start, b.start, percent.start), max(a.end, b.end, percent.end), statement, true)
                }
            }
        }
        // A completion rate next to a done amount and a target: a mismatch is an error.
        // (超额完成年度目标20% is the excess over the target, not a completion rate.)
        let clause = Sentences.clauseStart(line, before: percent.start)..<percent.start
        guard Sentences.contains(line, doneWords, in: clause), !Sentences.contains(line, excessWords, in: clause) else { return nil }
        // 上半年已新增就业3200人,完成目标任务的90%: a rate's clause opening with 完成 right after
        // the figure names that figure the done amount, labelled or not (eighteenth pass).
        let labelled = earlier.last { Sentences.contains(line, doneWords, in: Sentences.clauseStart(line, before: $0.start)..<$0.start) }
        let done = labelled ?? adjacentPart(line, earlier.filter { $0.end <= clause.lowerBound }, clause: clause.lowerBound)
        let target = earlier.last { Sentences.contains(line, targetWords, in: Sentences.clauseStart(line, before: $0.start)..<$0.start) }
            ?? laterTargets.first
        guard let done, let target, done.measure == target.measure, done.start != target.start else { return nil }
        // Several done amounts or targets of the measure: which pair the rate is of is not known.
        let dones = labelled == nil ? [done] : earlier.filter { $0.measure == done.measure && Sentences.contains(line, doneWords, in: Sentences.clauseStart(line, before: $0.start)..<$0.start) }
        let targets = earlier.filter { $0.measure == done.measure && Sentences.contains(line, targetWords, in: Sentences.clauseStart(line, before: $0.start)..<$0.start) }
            + laterTargets.filter { $0.measure == done.measure }
        guard dones.count == 1, targets.count == 1 else { return nil }
        let ratio = done.normalized / target.normalized * 100
        let statement = "ratio \(Sentences.format(done.normalized / done.number.magnitude))/\(Sentences.format(target.normalized / target.number.magnitude)) \(versus(ratio, stated))"
        let ok = matches(part: done, whole: target, percent)
        // A target after the rate may be the next indicator's: agreement only (issue #14, arith7).
        if !ok, target.start > percent.end { return nil }
        return make(line, "ratio", min(done.start, target.start), max(percent.end, target.end), statement, ok)
    }

    /// 完成51653万元,增加6455万元,增长14.28%: the rate of the stated increment.
    private static func increment(_ line: LineText, _ percent: QuantityHit, _ earlier: [QuantityHit]) -> ArithmeticCheck? {
        guard let delta = earlier.last, delta.change != nil, percent.start - delta.end <= 12,
              // The whole of a share before the increment is not its amount (`isShareWhole`).
              let current = subjectFigure(delta, among: Array(earlier.dropLast()))
                ?? sameMeasure(line, delta, earlier.dropLast().last(where: { !isShareWhole(line, $0) && !isAside(line, $0, before: delta.start) }), earlier),
              current.change == nil, current.measure == delta.measure else { return nil }
        // 比上年同期的4.8亿元增加8000万元,增长16.7%: the figure before the increment is the
        // base itself, not the current amount.
        let isBase = compares(line, in: Sentences.clauseStart(line, before: current.start)..<current.start)
            || Sentences.contains(line, baseWords, in: Sentences.clauseStart(line, before: current.start)..<current.start)
        guard let g = growthOfIncrement(delta, over: current, percent, currentIsBase: isBase) else { return nil }
        let ok = g.ok || !isBase && averageGrowthAgrees(delta, over: current, percent)
        return make(line, "growth", current.start, percent.end, "growth \(g.formula) \(versus(g.rate, percent.number.value))", ok)
    }

    private static func growth(_ line: LineText, _ percent: QuantityHit, _ earlier: [QuantityHit]) -> ArithmeticCheck? {
        // The base is the figure the earlier period names: 去年(同期) stands between the
        // figure before it and it (从去年的200人增加到今年的260人: 200, not 260).
        let pool = namedMeasure(line, percent, earlier)
        guard let base = pool.last(where: { isBase(line, $0, earlier) }),
              let current = pool.last(where: { $0.start != base.start && $0.measure == base.measure && $0.change == nil }) else { return nil }
        // A base stated right after its own current figure is that figure's, not a later one's.
        if current.start > base.end, hasOwnCurrent(line, base, earlier) { return nil }
        // 共受理716535件,排除疫情相关诉求后,受理量与去年同期777733件相比,下降8.32%: the rate is of
        // an amount adjusted after the stated one, which is not given.
        guard !Sentences.contains(line, adjustingWords, in: min(current.end, base.end)..<percent.start) else { return nil }
        let g = growthOverBase(current, base, percent)
        return make(line, "growth", min(base.start, current.start), percent.end, "growth \(g.formula) \(versus(g.rate, percent.value))", g.ok)
    }

    /// Words that take part of an amount out before it is compared (排除…后, 剔除, 扣除, 不含).
    static let adjustingWords = Lexicon(["排除", "剔除", "扣除", "除去", "不含", "不计", "去除"])

    static func make(_ line: LineText, _ kind: String, _ from: Int, _ to: Int, _ statement: String, _ ok: Bool) -> ArithmeticCheck {
        ArithmeticCheck(kind: kind, text: line.string(min(from, to)..<max(from, to)), line: line.number, column: line.column(of: min(from, to)),
                        statement: statement, consistent: ok)
    }
}
