/// Shares whose whole is not written next to the rate but fixed by the sentence's grammar
/// (fifteenth pass, errprobe). A mismatch is an error in each, because only one pair of
/// figures can be meant:
/// - a target figure right before 的 and the rate (完成全年任务2355万元的60%, 达到年度任务
///   2000亩的85%, 完成全年900万人目标的73%) is the whole, as after 占; the part is the one
///   figure before the clause;
/// - a part of a breakdown followed by a clause that is nothing but 占比 / 占总…的 / 占 and
///   the rate (共有企业200家,其中规上企业50家,占比25%) is a share of the total the
///   breakdown opens from — the total right before 其中/分别为 with only punctuation between;
/// - a rate named V率 after 应V … (the base) and V … (the count): 应参保12000人,实际参保
///   11400人,参保率为95%.
extension Ratios {
    static func targetShare(_ line: LineText, _ percent: QuantityHit, _ before: [QuantityHit]) -> ArithmeticCheck? {
        guard percent.isPercentSign, line[percent.start - 1] == possessive, let whole = before.last,
              whole.change == nil, !whole.isPercent, whole.normalized > 0 else { return nil }
        // 完成全年900万人目标的73%: the target word may also stand between the figure and 的
        // (then it names the figure itself, wherever the clause's other words point).
        let named = whole.end + 1 < percent.start && targetWords.prefix(in: line.norm, at: whole.end) == percent.start - 1 - whole.end
        guard whole.end + 1 == percent.start || named else { return nil }
        let clause = Sentences.clauseStart(line, before: percent.start)
        guard named || Sentences.contains(line, targetWords, in: clause..<whole.start),
              !Sentences.contains(line, baseWords, in: clause..<whole.start) else { return nil }
        guard var check = share(line, percent, whole: whole, before: before, clause: clause, to: percent.end) else { return nil }
        // 实现就业15万人,完成全年目标18.5万人的80%: a done amount in 万 was rounded whatever
        // its digits (15万 is 14.5万 to 15.5万), which `matches` grants a plan figure only.
        if !check.consistent, let part = before.last(where: { $0.end <= clause && compatible($0, whole) }),
           matches(part: part, whole: whole, percent, shortFigures: true) { check.consistent = true }
        return check
    }

    static func partShare(_ line: LineText, _ hits: [QuantityHit], _ index: Int) -> ArithmeticCheck? {
        let percent = hits[index], before = Array(hits[..<index])
        guard percent.isPercentSign, percent.change == nil, let part = before.last, !part.isPercent, part.change == nil,
              !part.isApproximate, part.normalized > 0 else { return nil }
        let clause = Sentences.clauseStart(line, before: percent.start)
        // Only one break (, or ;) between the part and its share's clause, which opens with 占.
        guard part.end + 1 == clause, line[clause] == share else { return nil }
        // The marker before the part, and the total right before the marker.
        guard let marker = (max(0, part.start - 200)..<part.start).last(where: { TotalParts.markers.prefix(in: line.norm, at: $0) > 0 }),
              let total = before.last(where: { $0.end <= marker }), total.change == nil, !total.isPercent, !total.isApproximate,
              total.normalized > 0, (total.end..<marker).allSatisfy({ !line.cls($0).contains(.ideograph) }),
              compatibleOrCount(part, total),
              sharePhrase(line, (clause + 1)..<percent.start) || namesTotal(line, (clause + 1)..<percent.start, total) else { return nil }
        let ratio = part.normalized / total.normalized * 100
        let ok = matches(part: part, whole: total, percent, shortFigures: true)
        // 共284406件。其中,咨询类124599件,占63.72%;求助类56672件,占28.98%: shares of the parts
        // that imply one other whole (195532, the parts' own sum) are of that whole; the total
        // is what disagrees, and the sum rule reads it.
        if !ok, otherWhole(line, hits, after: marker, impliedWhole(part, percent), except: index) { return nil }
        let statement = "ratio \(Sentences.format(part.normalized / part.number.magnitude))/\(Sentences.format(total.normalized / total.number.magnitude)) \(versus(ratio, percent.value)) (a part's share of the total it breaks down)"
        return make(line, "ratio", total.start, percent.end, statement, ok)
    }

    /// Whether another share after the marker, right after its own part, implies the same whole.
    static func otherWhole(_ line: LineText, _ hits: [QuantityHit], after marker: Int, _ implied: ClosedRange<Double>,
                                   except: Int) -> Bool {
        for index in hits.indices.dropFirst() where index != except && hits[index].start > marker && hits[index].isPercentSign
            && hits[index].value > 0 {
            let part = hits[index - 1]
            guard !part.isPercent, part.start > marker, Sentences.clauseStart(line, before: hits[index].start) == part.end + 1 else { continue }
            if impliedWhole(part, hits[index]).overlaps(implied) { return true }
        }
        return false
    }

    /// The wholes a part and its rounded rate allow.
    static func impliedWhole(_ part: QuantityHit, _ percent: QuantityHit) -> ClosedRange<Double> {
        let half = 0.5 * Sentences.pow10(-percent.number.decimals)
        let (a, b) = (part.normalized * 100 / (percent.value + half), part.normalized * 100 / max(percent.value - half, 1e-9))
        // Ordered: a negative figure (a fall written −3) would give a reversed range and trap (ratioread).
        return min(a, b)...max(a, b)
    }

    /// 占 then nothing, 比 (为/达), or 总… 的: words that name no other whole.
    static func sharePhrase(_ line: LineText, _ range: Range<Int>) -> Bool {
        let words = Array(line.norm[range])
        if words.isEmpty { return true }
        // 占比率达60.80%: 占比率 is 占比 (eighteenth pass).
        let rest = words.count >= 2 && words[0] == U.s("比") && words[1] == U.s("率") ? Array(words.dropFirst()) : words
        if rest[0] == U.s("比") || rest[0] == U.s("率") {
            return rest.count == 1 || rest.count == 2 && [U.s("为"), U.s("达")].contains(rest[1])
        }
        return words.count <= 5 && words[0] == U.s("总") && words.last == possessive
    }

    /// The rate's name in its clause — 2 to 4 ideographs from the clause's start to 率 (参保率,
    /// 调处成功率) — as the clause's start and the position of 率.
    static func rateName(_ line: LineText, before percent: QuantityHit) -> (clause: Int, rate: Int)? {
        let clause = Sentences.clauseStart(line, before: percent.start)
        guard let rate = (clause..<percent.start).first(where: { line[$0] == U.s("率") }), (2...4).contains(rate - clause),
              (clause..<rate).allSatisfy({ line.cls($0).contains(.ideograph) }) else { return nil }
        return (clause, rate)
    }

    static func namedRate(_ line: LineText, _ percent: QuantityHit, _ before: [QuantityHit]) -> ArithmeticCheck? {
        guard percent.isPercentSign, percent.change == nil, let (clause, rate) = rateName(line, before: percent) else { return nil }
        let name = Array(line.norm[clause..<rate])
        let ought = [U.s("应")] + name
        func names(_ hit: QuantityHit, _ word: [UInt32]) -> Bool {
            let start = Sentences.clauseStart(line, before: hit.start)
            return (start..<hit.start).contains { line.matches(word, at: $0) }
        }
        let figures = before.filter { !$0.isPercent && $0.change == nil && !$0.isApproximate && $0.normalized > 0 }
        let bases = figures.filter { names($0, ought) }
        let counts = figures.filter { names($0, name) && !names($0, ought) }
        guard bases.count == 1, counts.count == 1, let base = bases.first, let count = counts.first, base.start < count.start,
              compatibleOrCount(count, base) else { return nil }
        let ratio = count.normalized / base.normalized * 100
        let statement = "ratio \(Sentences.format(count.normalized / count.number.magnitude))/\(Sentences.format(base.normalized / base.number.magnitude)) \(versus(ratio, percent.value)) (应 and the rate's name)"
        return make(line, "ratio", base.start, percent.end, statement, matches(part: count, whole: base, percent))
    }
}

/// 参训人员中,男性占52%,女性占48%: two shares in one sentence whose labels (the clause before
/// 占) differ only in 男/女 leading them are complements, as X率 and 不X率 are: a sum off 100%
/// is an error. Only 占 (or 占比) and the rate follow the label. Fifteenth pass (errprobe).
extension Ratios {
    static func sexShares(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>]) -> [ArithmeticCheck] {
        guard line.contains(scalar: U.s("男")), line.contains(scalar: U.s("女")), line.contains(scalar: share) else { return [] }
        func label(_ rate: QuantityHit) -> [UInt32]? {
            let clause = Sentences.clauseStart(line, before: rate.start)
            guard let zhan = (clause..<rate.start).first(where: { line[$0] == share }), zhan > clause,
                  sharePhrase(line, (zhan + 1)..<rate.start) else { return nil }
            let words = Array(line.norm[clause..<zhan])
            return words.allSatisfy({ CharClass.of($0).contains(.ideograph) }) ? words : nil
        }
        let rates = hits.filter { $0.isPercentSign && $0.change == nil && !$0.isApproximate }
        var checks = [ArithmeticCheck]()
        for (a, first) in rates.enumerated() {
            guard let x = label(first), let lead = x.first, lead == U.s("男") || lead == U.s("女") else { continue }
            for second in rates[(a + 1)...] where Sentences.sentence(of: second.start, in: sentences) == Sentences.sentence(of: first.start, in: sentences) {
                guard let y = label(second), y.count == x.count, let other = y.first, other != lead,
                      other == U.s("男") || other == U.s("女"), y.dropFirst() == x.dropFirst() else { continue }
                let sum = first.number.value + second.number.value
                let tolerance = Sentences.tolerance(ofRates: [first, second])
                let statement = "complement \(Sentences.format(first.number.value))% + \(Sentences.format(second.number.value))% = \(Sentences.format(sum))% vs 100% (男 and 女, tolerance ±\(Sentences.format(tolerance)))"
                checks.append(make(line, "ratio", first.start, second.end, statement, abs(sum - 100) <= tolerance))
                break
            }
        }
        return checks
    }

    /// 现有调委会2599个,其中规范化调委会2180个,占调委会总数的63.9%: the share's whole named
    /// by the total's own noun (the letters right before the total's figure) and 总数/总量,
    /// then 的 — the total itself, no other whole (eighteenth pass, wrongsum).
    /// The noun alone then 的 names it as well (项目学校15所,其中开工建设14所,占项目学校的93%:
    /// ratioread, the probe's 占…的 form) — 的 is then required, so 占项目学校84% is not read.
    static func namesTotal(_ line: LineText, _ range: Range<Int>, _ total: QuantityHit) -> Bool {
        var words = Array(line.norm[range])
        guard words.last == possessive else { return namesTotalCount(line, words, total) }
        words.removeLast()
        let counted = words.count >= 4 && words[words.count - 2] == U.s("总") && [U.s("数"), U.s("量")].contains(words[words.count - 1])
        let noun = counted ? Array(words.dropLast(2)) : words
        guard noun.count >= 2, total.start >= noun.count, noun.allSatisfy({ CharClass.of($0).contains(.ideograph) }) else { return false }
        return Array(line.norm[(total.start - noun.count)..<total.start]) == noun
    }

    /// 占调委会总数63.9% (总数 without 的), as before ratioread.
    private static func namesTotalCount(_ line: LineText, _ words: [UInt32], _ total: QuantityHit) -> Bool {
        guard words.count >= 4, words[words.count - 2] == U.s("总"), [U.s("数"), U.s("量")].contains(words[words.count - 1]) else { return false }
        let noun = Array(words.dropLast(2))
        guard noun.count >= 2, total.start >= noun.count, noun.allSatisfy({ CharClass.of($0).contains(.ideograph) }) else { return false }
        return Array(line.norm[(total.start - noun.count)..<total.start]) == noun
    }
}
