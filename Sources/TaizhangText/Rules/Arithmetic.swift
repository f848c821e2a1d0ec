/// Totals versus their parts and percentages versus ratios, within a paragraph.
///
/// Only structures that state a whole make an inconsistency: 分别为, 其中…和…, or an
/// addition followed by a new total (又新增…现共有…). A lone 其中 naming a subset is
/// not checked. An exact match between a total and the numbers right after it is
/// reported as a consistent check.
enum Arithmetic {
        static let joiners = Lexicon(["和", "及", "以及", "与"])
    static let totalWords = Lexicon(["共有", "共计", "合计", "总计", "现有", "一共", "总共", "共"])
    /// 一季度完成1.2亿元,二季度完成2亿元,上半年累计完成3.2亿元: a running total sums the
    /// periods before it; only trailing totals read it (agreement only).
    static let runningTotalWords = Lexicon(["累计", "总计", "合计"])
    static let additionWords = Lexicon(["又", "新增", "新加", "再", "另"])
    /// Verbs that take figures out of a stock (the cumulative check's base is a stock).
    static let removalWords = Lexicon(["取消", "减少", "退出", "注销", "停保", "迁出", "死亡", "清退", "减去", "核减"])

    /// All checks of a line: `local` (the line alone) completed by `finish` (the figures of
    /// earlier lines and the previous line).
    static func check(_ line: LineText, hits: [QuantityHit], previous: LineText?, memory: [QuantityHit] = []) -> [ArithmeticCheck] {
        finish(local(line, hits: hits), line, hits: hits, previous: previous, memory: memory)
    }

    /// The checks that read the line alone, in `check`'s order, split where the checks that
    /// read earlier figures go in: a worker thread computes them ahead (`LineFacts`).
    struct Local {
        let sentences: [Range<Int>]
        /// Totals, sums and `Ratios.check` (last: `ratios` of them).
        let head: [ArithmeticCheck]
        let ratios: Int
        /// From `cumulative` to `Products.monthly`.
        let tail: [ArithmeticCheck]
        /// `TotalParts.sentenceParts` of each sentence, when `nextSentence` read them (nil
        /// otherwise): `earlierLines` reads the same sentences of the same hits.
        var parts: [[QuantityHit]?]? = nil
    }

    /// nil when `check` could not report anything whatever the earlier figures.
    /// `prechecks: false` runs every rule on every total (the tests compare the two).
    static func local(_ line: LineText, hits: [QuantityHit], prechecks: Bool = true) -> Local? {
        let hits = Restatements.drop(line, hits)
        guard hits.count >= 2 || !hits.isEmpty && mayReadMemory(line, hits) || colonRatioLine(line) else { return nil }
        var checks = [ArithmeticCheck]()
        let sentences = Sentences.ranges(line)
        var checkedTotals = Set<Int>()
        // Read once per line, not per total: a breakdown needs a marker (其中, 分别为 …) or a
        // bracket after the total (`TotalParts.check`); persons counted twice need 其中.
        let breakdown = !prechecks || line.contains(TotalParts.breakdownLead)
        let parts = breakdown || line.contains(scalar: U.lparen) || Sentences.contains(line, TotalParts.markers, in: 0..<line.count)
        // By index: `enumerated()` copied every hit (its strings retained and released) to read
        // one flag.
        for index in hits.indices where !hits[index].isPercent {
            if let check = (parts ? TotalParts.check(line, hits, index, sentences) : nil)
                ?? (breakdown ? personTotal(line, hits, index, sentences) : nil) {
                checks.append(check); checkedTotals.insert(index)
                if check.consistent, let changes = TotalParts.increments(line, hits, index, check) { checks.append(changes) }
                if check.consistent, let second = TotalParts.secondPartition(line, hits, index, check, sentences) { checks.append(second) }
            }
        }
        for index in hits.indices where !hits[index].isPercent && !checkedTotals.contains(index) {
            if let check = exactSum(line, hits, index, sentences) { checks.append(check) }
        }
        for index in hits.indices where !checkedTotals.contains(index) {
            if let check = trailingTotal(line, hits, index, sentences) ?? exceededTrailingTotal(line, hits, index)
                ?? sharedTailTotal(line, hits, index, sentences, precheck: prechecks) { checks.append(check) }
        }
        // A whole in one sentence, its parts in the next (no marker): after the same-sentence readers.
        var sentenceParts: [[QuantityHit]?]? = nil
        if sentences.count >= 2, hits.count >= 3 {
            let each = sentences.map { TotalParts.sentenceParts(line, hits, $0) }
            checks.append(found: TotalParts.nextSentence(line, hits, sentences, parts: each, known: checks))
            sentenceParts = each
        }
        checks.append(found: approximateSums(line, hits, sentences, known: checks))
        let ratios = Ratios.check(line, hits: hits, sentences: sentences)
        checks.append(found: ratios)
        var tail = cumulative(line, hits, sentences)
        tail.append(found: Products.check(line, hits: hits, sentences: sentences))
        tail.append(found: Ratios.multiples(line, hits: hits, sentences: sentences))
        tail.append(found: Ratios.overTargets(line, hits: hits, sentences: sentences))
        tail.append(found: Ratios.shareSums(line, hits: hits, sentences: sentences))
        tail.append(found: Ratios.parallelShares(line, hits: hits, known: ratios + tail))
        tail.append(found: Ratios.respectiveGrowth(line, hits: hits, sentences: sentences))
        tail.append(found: Ratios.fractions(line, hits: hits, sentences: sentences))
        tail.append(found: Products.monthly(line, hits: hits, sentences: sentences))
        tail.append(found: BreakdownViews.check(line, hits: hits, sentences: sentences))
        tail.append(found: Ratios.complements(line, hits: hits, sentences: sentences))
        tail.append(found: Ratios.sexShares(line, hits: hits, sentences: sentences))
        tail.append(found: Ratios.classShares(line, hits: hits, sentences: sentences))
        tail.append(found: Products.daily(line, hits: hits, sentences: sentences))
        tail.append(found: eachTotals(line, hits, sentences))
        tail.append(found: Ratios.colonRatios(line, hits: hits, sentences: sentences))
        tail.append(found: numberedItemCounts(line, hits))
        // Balances of work items by the roles of their figures (旧存 + 新收 = 已结 + 未结, 结案率).
        tail.append(found: balances(line, hits, sentences))
        // 出生率 − 死亡率 = 自然增长率 (BalanceRun+VitalRates; agreement only).
        tail.append(found: BalanceRun.vitalRates(line, hits))
        // Last: sums no form above read, tied to their total by grammar alone (agreement only).
        if hits.count >= 3 { tail.append(found: AgreedSums.check(line, hits, sentences, known: [checks, tail])) }
        return Local(sentences: sentences, head: checks, ratios: ratios.count, tail: tail, parts: sentenceParts)
    }

    /// A line with one figure is read only against earlier figures, and only for a share.
    private static func mayReadMemory(_ line: LineText, _ hits: [QuantityHit]) -> Bool {
        hits.contains(where: { $0.isPercentSign }) || line.contains(scalar: Ratios.share)
    }

    /// A line that may state a ratio with colons (比例为1.2:75.1:23.7, 结构为…) of figures above it.
    static func colonRatioLine(_ line: LineText) -> Bool {
        (line.contains(scalar: U.colon) || line.contains(scalar: 0x2236)) && (line.contains(scalar: U.s("比")) || line.contains(scalar: U.s("构")))
    }

    /// `check` from the line's `local` part: the checks against earlier figures (`memory`)
    /// and the previous line go in where `check` computes them.
    static func finish(_ local: Local?, _ line: LineText, hits: [QuantityHit], previous: LineText?,
                       memory: [QuantityHit]) -> [ArithmeticCheck] {
        let hits = Restatements.drop(line, hits)
        // 人均耕地1.1亩 alone on its line: a per-head figure of totals stated earlier (xratio).
        let perHead = Ratios.perHead(line, hits: hits, memory: memory, checked: local?.head ?? [])
        guard let local, hits.count >= 2 || !memory.isEmpty && (!hits.isEmpty && mayReadMemory(line, hits) || colonRatioLine(line)) else { return perHead }
        let sentences = local.sentences
        // Appended only when a reader found something (`append(found:)`): `+=` of an empty
        // array still made `checks`, shared with `local.head`, unique — a copy per reader (cli20).
        var checks = local.head
        let ratios = Array(local.head.suffix(local.ratios))
        // A line opening with 其中 takes its shares' whole from the previous line (twentieth pass).
        let carried = Ratios.carriedWholes(line, hits: hits, previous: previous, checked: ratios)
        checks.append(found: carried)
        checks.append(found: Ratios.carriedChanges(line, hits: hits, previous: previous, checked: checks))
        // A share naming its whole by noun (占全村人口的, 完成全年任务的) reads the figure that noun names.
        let named = Ratios.namedWholes(line, hits: hits, sentences: sentences, memory: memory, checked: ratios + carried)
        checks.append(found: named)
        checks.append(found: Ratios.earlierWholes(line, hits: hits, sentences: sentences, memory: memory, checked: ratios + carried + named))
        checks.append(found: Ratios.bareShares(line, hits: hits, sentences: sentences, memory: memory))
        checks.append(found: Ratios.rememberedBases(line, hits: hits, sentences: sentences, memory: memory, checked: checks))
        checks.append(found: local.tail)
        checks.append(found: TotalParts.modifiedSubjects(line, hits: hits, memory: memory, known: checks))
        checks.append(found: TotalParts.earlierLines(line, hits: hits, sentences: sentences, parts: local.parts, memory: memory, previous: previous, known: checks))
        // Parts of a whole stated lines above, tied by agreement alone (xagree).
        checks.append(found: AgreedSums.earlierWhole(line, hits: hits, sentences: sentences, memory: memory, known: checks))
        if colonRatioLine(line) { checks.append(found: Ratios.rememberedColonRatios(line, memory: memory, known: checks)) }
        checks.append(found: Progress.earlierComparisons(line, hits: hits, previous: previous, known: checks))
        checks.append(found: lostPercentSigns(line, hits, sentences, known: checks))
        checks.append(found: perHead.filter { check in !checks.contains { $0.column == check.column && $0.kind == check.kind } })
        checks.append(found: Ratios.pairedRates(line, hits: hits, sentences: sentences, read: checks))
        return droppingCutDecimalFlags(droppingLowerBoundRates(checks, line, hits), line, hits, previous: previous)
    }

    /// 共投入资金约500万元,其中财政资金300万元,自筹资金200万元: the sum rules skip figures
    /// with 约/余/近; read as written in a line with 其中, parts that add up to them are
    /// reported as agreement (a mismatch is no error: the figure was never exact).
    private static func approximateSums(_ line: LineText, _ hits: [QuantityHit], _ sentences: [Range<Int>],
                                        known: [ArithmeticCheck]) -> [ArithmeticCheck] {
        // Read again only where a breakdown is announced (其中), so the copy below is rare.
        guard hits.count >= 3, hits.contains(where: { $0.isApproximate && !$0.isPercent }), line.contains(TotalParts.breakdownLead) else { return [] }
        let approximate = hits.filter { $0.isApproximate && !$0.isPercent }.map { line.column(of: $0.start) }
        let marked = Set(hits.filter { $0.isApproximate && !$0.isPercent }.map { Sentences.sentence(of: $0.start, in: sentences) })
        let plain = hits.map { hit in
            var copy = hit
            copy.qualifier = nil
            return copy
        }
        var checks = [ArithmeticCheck]()
        for (index, total) in plain.enumerated() where !total.isPercent {
            // A total that is itself approximate, or one in a sentence with an approximate part.
            let sentence = Sentences.sentence(of: total.start, in: sentences)
            guard hits[index].isApproximate || marked.contains(sentence) && hits[index].change == nil
                    && hits[(index + 1)...].contains(where: { $0.isApproximate && !$0.isPercent && QuantityHit.sameMeasure($0, total) }) else { continue }
            let plainCheck = TotalParts.check(line, plain, index, sentences) ?? exactSum(line, plain, index, sentences)
            guard let check = plainCheck?.consistent == true ? plainCheck : lowerBound(line, hits[index]).flatMap({
                      TotalParts.check(line, plain, index, sentences, atLeast: $0) }), check.consistent,
                  approximate.contains(where: { check.column <= $0 && $0 < check.column + check.text.count }),
                  !known.contains(where: { $0.column == check.column && $0.kind == check.kind }) else { continue }
            var reading = check
            reading.statement += plainCheck?.consistent == true ? " (approximate figures read as written)"
                : " (the total a lower bound: \(hits[index].qualifier ?? "")…)"
            checks.append(reading)
        }
        return checks
    }

    /// 50余场 / 超200人: a total written as a lower bound, and the step of its last stated
    /// digit (50余 → below 60, 1.2万余 → below 1.3万). nil for 约/近/左右 (either side).
    static func lowerBound(_ line: LineText, _ total: QuantityHit) -> Double? {
        guard isLowerBound(total) else { return nil }
        var step = 1.0, value = total.number.value
        for _ in 0..<total.number.decimals { step /= 10 }
        if total.number.decimals > 0 { return step }
        while value >= 10, value.truncatingRemainder(dividingBy: 10) == 0 { value /= 10; step *= 10 }
        return step
    }

    static let lowerBoundQualifiers: Set<String> = ["余", "多", "以上", "有余", "之多", "超", "逾", "过", "突破"]

    /// A figure written as a lower bound (50余场, 超200人), not a percentage.
    static func isLowerBound(_ hit: QuantityHit) -> Bool {
        guard let qualifier = hit.qualifier, !hit.isPercent else { return false }
        return lowerBoundQualifiers.contains(qualifier)
    }

    /// 共有党员200名,其中男党员150人,女党员50人: 名, 人 and 位 count the same people. The
    /// parts are read again with one classifier; only agreement is reported (a measure word
    /// that changes may also mark another kind of figure).
    private static func personTotal(_ line: LineText, _ hits: [QuantityHit], _ index: Int, _ sentences: [Range<Int>]) -> ArithmeticCheck? {
        let measure = hits[index].measure
        guard hits[index].isPerson, line.contains(TotalParts.breakdownLead),
              hits.contains(where: { $0.isPerson && !QuantityHit.sameMeasure($0, hits[index]) }) else { return nil }
        let unified = hits.map { hit in
            var copy = hit
            if hit.isPerson { copy.measure = measure }
            return copy
        }
        guard let check = TotalParts.check(line, unified, index, sentences), check.consistent else { return nil }
        return check
    }

    /// Rates whose % was lost (`BareRates`), read as percentages by the rate rules; only
    /// agreements that involve such a rate are kept.
    private static func lostPercentSigns(_ line: LineText, _ hits: [QuantityHit], _ sentences: [Range<Int>],
                                         known: [ArithmeticCheck]) -> [ArithmeticCheck] {
        let bare = BareRates.find(line, hits: hits)
        guard !bare.isEmpty else { return [] }
        let columns = bare.map { line.column(of: $0.start) }
        let augmented = (hits + bare).sorted { $0.start < $1.start }
        var checks = [ArithmeticCheck]()
        for check in Ratios.check(line, hits: augmented, sentences: sentences, bare: Set(bare.map(\.start))) where check.consistent
            && columns.contains(where: { check.column <= $0 && $0 < check.column + check.text.count })
            && !known.contains(where: { $0.column == check.column && $0.statement == check.statement }) {
            var marked = check
            marked.statement += " (% sign missing)"
            checks.append(marked)
        }
        return checks
    }

    static func make(_ line: LineText, _ kind: String, _ from: Int, _ to: Int, _ statement: String, _ ok: Bool) -> ArithmeticCheck {
        ArithmeticCheck(kind: kind, text: line.string(min(from, to)..<max(from, to)), line: line.number, column: line.column(of: min(from, to)),
                        statement: statement, consistent: ok)
    }

    /// A total followed directly by numbers that add up to it exactly (45期 = 28篇 + 17篇).
    private static func exactSum(_ line: LineText, _ hits: [QuantityHit], _ index: Int, _ sentences: [Range<Int>]) -> ArithmeticCheck? {
        let total = hits[index]
        // Points are differences of rates, never a total or a part (两年平均增长5.3%,两年平均增速
        // 比一季度加快0.3个百分点 is no total 2年 = 2 + 0.3).
        guard !total.isApproximate, total.change == nil, total.normalized >= 2, !total.isPercent, !total.isPoints else { return nil }
        let sentenceIndex = Sentences.sentence(of: total.start, in: sentences)
        var end = sentences[sentenceIndex].upperBound
        // 上报单位共111家。涉及…1个…、1个…、60个…: a total ending its sentence, broken down in
        // the next one that opens with a breakdown word (其中, 包括, 涉及, 含, 即).
        if sentenceIndex + 1 < sentences.count, !hits[(index + 1)...].contains(where: { $0.start < end }),
           breakdownOpeners.prefix(in: line.norm, at: sentences[sentenceIndex + 1].lowerBound) > 0 {
            end = sentences[sentenceIndex + 1].upperBound
        }
        // The parts read by index and counted: an array of them per figure (a copy of each hit)
        // was built for every total and kept only for the statement of one that agrees (cli20).
        var sum = 0.0, members = 0
        for position in (index + 1)..<hits.count where hits[position].start < end {
            if isPassedOver(hits[position]) { continue }
            guard !hits[position].isPercent, !hits[position].isPoints, !hits[position].isApproximate,
                  !QuantityHit.isExactly(hits[position].measure, "元") || QuantityHit.isExactly(total.measure, "元") else { break }
            members += 1
            sum += hits[position].normalized
            if members >= 2, Sentences.agrees(sum, total.normalized, decimals: total.number.decimals) {
                // The parts read above, in order (each passed the tests, or the loop had stopped;
                // the figures it passed over are skipped by the same test).
                let parts = hits[(index + 1)...position].filter { $0.start < end && !isPassedOver($0) }
                let statement = "total \(Sentences.format(total.value))\(total.unit) = "
                    + parts.map { Sentences.format($0.normalized) }.joined(separator: " + ")
                return make(line, "sum", total.start, hits[position].end, statement, true)
            }
            if sum > total.normalized { break }
        }
        return nil
    }

    /// A change inside a run of parts (比上年增加3家) is no part: `exactSum` neither sums nor lists it.
    private static func isPassedOver(_ hit: QuantityHit) -> Bool { hit.change != nil }

    static let breakdownOpeners = Lexicon(["其中", "包括", "涉及", "含", "即"])

    /// 教室7个,守卫室1个,办公室1个,仓库1个,共10间: parts first, then 共/合计 and the total.
    /// Reported when they add up (个 is the general classifier, so it counts with any measure).
    private static func trailingTotal(_ line: LineText, _ hits: [QuantityHit], _ index: Int, _ sentences: [Range<Int>]) -> ArithmeticCheck? {
        let total = hits[index]
        // (The clause is read once the figure may be a total: it was read for every figure.)
        guard !total.isApproximate, !total.isPercent, total.change == nil, index >= 2 else { return nil }
        let opening = Sentences.clauseStart(line, before: total.start)..<total.start
        guard Sentences.contains(line, totalWords, in: opening) || Sentences.contains(line, runningTotalWords, in: opening) else { return nil }
        let sentenceIndex = Sentences.sentence(of: total.start, in: sentences)
        var from = sentences[sentenceIndex].lowerBound
        // 辖12个行政村,1个社区。共13个村: a sentence opening with the total sums up the one before.
        // 一季度完成1.5亿元。二季度完成2.1亿元。上半年累计完成3.6亿元: a running total opening
        // its sentence may sum the periods of the sentences before (three at most).
        if sentenceIndex > 0, Sentences.clauseStart(line, before: total.start) <= from + 1 {
            let back = Sentences.contains(line, runningTotalWords, in: opening) ? 3 : 1
            from = sentences[max(0, sentenceIndex - back)].lowerBound
        }
        // The parts: the compatible figures right before the total, back to the sentence
        // start; figures of another measure stand between them (356户682人,120户215人,
        // 合计476户897人), anything else ends them.
        var parts = [QuantityHit]()
        for part in hits[..<index].reversed() where part.start >= from && !part.isPercent && part.change == nil {
            // 名 and 人 count the same people, 场 and 场次 the same events (not 人 and 人次:
            // people and visits).
            let compatible = QuantityHit.sameMeasure(part, total)
                || QuantityHit.isExactly(part.measure, "个") && total.number.magnitude == 1 && part.number.magnitude == 1
                || ItemTotals.sameKind(part, total) || Ratios.compatible(part, total) && !part.isPerson && !total.isPerson
            if compatible && part.isApproximate { break }
            if compatible {
                parts.insert(part, at: 0)
            } else if !parts.isEmpty && !Sentences.contains(line, totalWords, in: Sentences.clauseStart(line, before: part.start)..<part.start) {
                continue
            } else if parts.isEmpty {
                continue
            } else { break }
        }
        guard parts.count >= 2 else { return nil }
        // The longest run ending at the total that adds up (earlier figures of the sentence
        // may be about something else).
        var sum = 0.0, first = parts.count
        for (offset, part) in parts.enumerated().reversed() {
            sum += part.normalized; first = offset
            if parts.count - offset >= 2, Sentences.agrees(sum, total.normalized, decimals: total.number.decimals) { break }
        }
        parts = Array(parts[first...])
        guard parts.count >= 2, Sentences.agrees(sum, total.normalized, decimals: total.number.decimals) else { return nil }
        let statement = "total \(Sentences.format(total.value))\(total.unit) = " + parts.map { Sentences.format($0.normalized) }.joined(separator: " + ")
        return make(line, "sum", parts[0].start, total.end, statement, true)
    }

    /// A, then 又/新增 B, then 共有 T: T must equal A + B.
    private static func cumulative(_ line: LineText, _ hits: [QuantityHit], _ sentences: [Range<Int>]) -> [ArithmeticCheck] {
        var checks = [ArithmeticCheck]()
        for bIndex in hits.indices.dropFirst() {
            let added = hits[bIndex]
            let clause = Sentences.clauseStart(line, before: added.start)..<added.start
            guard Sentences.contains(line, additionWords, in: clause) else { continue }
            let base = hits[bIndex - 1]
            guard QuantityHit.sameMeasure(base, added), !base.isApproximate, !added.isApproximate else { continue }
            // 共取消182户,新增220户,现有2522户: a figure removed is no base of the total.
            if Sentences.contains(line, removalWords, in: Sentences.clauseStart(line, before: base.start)..<base.start) { continue }
            let sentence = sentences[Sentences.sentence(of: added.start, in: sentences)]
            guard let total = hits[(bIndex + 1)...].first(where: {
                $0.start < sentence.upperBound && QuantityHit.sameMeasure($0, added)
                    && Sentences.contains(line, totalWords, in: Sentences.clauseStart(line, before: $0.start)..<$0.start)
            }), !total.isApproximate else { continue }
            let sum = base.normalized + added.normalized
            let ok = Sentences.agrees(sum, total.normalized, decimals: total.number.decimals)
            let statement = "total \(Sentences.format(total.value))\(total.unit) vs \(Sentences.format(base.normalized)) + \(Sentences.format(added.normalized)) = \(Sentences.format(sum))"
            checks.append(make(line, "sum", base.start, total.end, statement, ok))
        }
        return checks
    }
}
