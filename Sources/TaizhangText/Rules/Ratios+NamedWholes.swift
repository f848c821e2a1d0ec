/// 全村人口2200人。…⏎党员38名,占全村人口的1.9%: a share whose whole its own sentence names
/// only by noun — 占 + noun phrase + 的 + rate, or 完成 + a target's phrase + 的 + rate — is
/// read against the earlier figure that noun names (twenty-second pass, xratio). The grammar
/// fixes part, relation and whole (the part is the figure right before 占's clause; 占…的
/// says "of the whole called …"), so a mismatch is an error — but only when the noun names one
/// figure of a compatible measure among the remembered ones (the analyzer's window of the
/// document's last figures, and this line's figures before the part): two candidates, an
/// approximate rate (约占, 近, 以上 …) or a change (由…提高到) leave it to agreement alone.
///
/// The noun is the phrase's last two letters once 总 and a trailing aggregate word (总数,
/// 总量, 总额 …) are dropped (占全县总人口的 → 人口, 占党员总数的 → 党员); a remembered figure
/// names it when its subject (the words of its clause before the number, folded to simplified
/// letters, 总 dropped) holds those two letters. When the phrase says 总 (占总人口的) and several
/// figures bear the noun, the one whose subject says 总 too is the whole.
extension Ratios {
    static func namedWholes(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>], memory: [QuantityHit],
                            checked: [ArithmeticCheck]) -> [ArithmeticCheck] {
        // 的 (占全村人口的) or 比 (占总人口比重为): prechecked scalars, so most lines stop here.
        // 的, 比 or 总 (占党员总数70%): prechecked scalars, so most lines stop here.
        guard hits.count >= 2, line.contains(scalar: possessive) || line.contains(scalar: U.s("比")) || line.contains(scalar: totalLetter) else { return [] }
        var checks = [ArithmeticCheck]()
        var index = 0
        while index < hits.count - 1 {
            index += 1
            let percent = hits[index]
            // 分别占农户总数的100%、25.05%和83.54%: k rates paired in order with k parts (`respectiveShares`).
            if let run = respectiveShares(line, hits: hits, at: index, sentences: sentences, memory: memory) {
                if let check = run.check { checks.append(check) }
                index = run.last
                continue
            }
            guard percent.isPercentSign, percent.change == nil, !percent.isApproximate, percent.value > 0, percent.value < 100,
                  let named = wholeName(line, before: percent.start) else { continue }
            // Read already when a check of this rate ends at it (a wider check of a sibling share,
            // spanning from its whole to its own rate, does not read this one).
            let column = line.column(of: percent.start), end = line.column(of: percent.end)
            if checked.contains(where: { $0.line == line.number && $0.column <= column && $0.column + $0.text.count == end }) { continue }
            // The part: the last figure before the head, in the head's clause or ending the clause before it.
            let sentence = sentences[Sentences.sentence(of: percent.start, in: sentences)]
            guard let partIndex = hits[..<index].lastIndex(where: { $0.end <= named.head }), hits[partIndex].start >= sentence.lowerBound
            else { continue }
            let part = hits[partIndex]
            let clause = Sentences.clauseStart(line, before: named.head)
            guard !part.isPercent, part.change == nil, !part.isApproximate, part.normalized > 0,
                  part.start >= clause || part.end + 1 == clause && named.head == clause else { continue }
            let (candidates, meant) = namedCandidates(named, part: part, before: hits[..<partIndex], sentence: sentence, memory: memory)
            let ok = candidates.contains { matches(part: part, whole: $0, percent) }
            guard let whole = meant.last else { continue }
            // One whole only (a figure stated twice is one whole): else agreement alone is told.
            let unique = meant.allSatisfy { $0.normalized == whole.normalized }
            // 完成全年任务的60% names no noun: which target (税收's or the whole revenue's) is not
            // said, so a mismatch is not called (agreement is).
            guard ok || unique && !(named.target && named.noun.isEmpty) && !modified(whole, named) else { continue }
            let used = ok ? candidates.last { matches(part: part, whole: $0, percent) }! : whole
            let ratio = part.normalized / used.normalized * 100
            let statement = "ratio \(Sentences.format(part.normalized / part.number.magnitude))/\(Sentences.format(used.normalized / used.number.magnitude)) \(versus(ratio, percent.value)) (the whole named by its noun, stated earlier)"
            checks.append(make(line, "ratio", part.start, percent.end, statement, ok))
        }
        return checks
    }

    /// The figures the phrase names, and of them the ones meant: earlier sentences only (a figure
    /// of the part's own sentence is a sibling part or the one-line readers' whole: 税收收入3511万元,
    /// 占全部收入的80%;非税收入837万元,占全部收入的…), larger than the part, of its measure.
    static func namedCandidates(_ named: WholeName, part: QuantityHit, before: ArraySlice<QuantityHit>, sentence: Range<Int>,
                                memory: [QuantityHit]) -> (candidates: [QuantityHit], meant: [QuantityHit]) {
        let earlier = memory + before.filter {
            $0.end <= sentence.lowerBound && !$0.isPercent && $0.change == nil && !$0.isApproximate && $0.normalized > 0
        }
        let candidates = earlier.filter {
            $0.normalized > part.normalized && compatibleOrCount(part, $0) && (!named.target || namesTarget($0)) && names($0, named.noun)
        }
        // 占总人口的 with 总人口472416人 and 非农业人口423107人 before: the total is the one saying 总.
        let totals = named.total ? candidates.filter { folded($0).contains(totalLetter) } : []
        var meant = totals.isEmpty ? candidates : totals
        // 党员1847名,其中女党员214名 … 占女党员总数的: the figures sharing the longest tail of the phrase.
        var length = named.noun.count + 1
        while length <= named.phrase.count, Set(meant.map(\.normalized)).count > 1 {
            let tail = Array(named.phrase.suffix(length))
            let closer = meant.filter { names($0, tail) }
            if closer.isEmpty { break }
            meant = closer
            length += 1
        }
        return (candidates, meant)
    }

    /// Whether a remembered figure's subject holds the noun (folded, 总 dropped).
    static func names(_ figure: QuantityHit, _ noun: [UInt32]) -> Bool {
        let letters = folded(figure).filter { $0 != totalLetter }
        guard letters.count >= noun.count else { return false }
        return (0...(letters.count - noun.count)).contains { Array(letters[$0..<($0 + noun.count)]) == noun }
    }

    /// 城镇人口35.45万人 for 占总人口的, 男劳动力800人 for 占劳动力的, 税收收入 for 占全部收入的: a figure
    /// whose noun carries a modifier the phrase lacks is a class of the whole, not the whole — a
    /// sibling part when the total itself was never stated. Such a lone candidate is read for
    /// agreement only. Unmodified: the noun opens the subject, or follows 总/共/有/计/全/达/为, a scope
    /// (全 + one letter: 全村劳动力) or a letter the phrase has before its noun (全镇人口 for 占全镇总人口的).
    static func modified(_ figure: QuantityHit, _ name: WholeName) -> Bool {
        let letters = folded(figure)
        guard !name.noun.isEmpty else { return false }
        // The longest tail of the phrase the subject holds (劳动力 in 男劳动力, not just 动力).
        var found: (at: Int, length: Int)? = nil
        for length in name.noun.count...max(name.noun.count, name.phrase.count) where length <= letters.count {
            let tail = Array(name.phrase.suffix(length))
            guard tail.count == length, let at = (0...(letters.count - length)).last(where: { Array(letters[$0..<($0 + length)]) == tail })
            else { break }
            found = (at, length)
        }
        guard let found else { return true }
        guard found.at > 0 else { return false }
        let before = letters[found.at - 1]
        // 全村劳动力: 全 + one letter is a scope (全村, 全镇, 全县), not a class.
        let scope = found.at >= 2 && letters[found.at - 2] == U.s("全")
        return !scope && !plainLeads.contains(before) && !name.phrase.dropLast(found.length).contains(before)
    }

    static let plainLeads: ScalarSet = [U.s("总"), U.s("共"), U.s("有"), U.s("计"), U.s("全"), U.s("达"), U.s("为")]

    /// A remembered target (全年任务, 年度计划投资, 预算): a target word in its subject — not one
    /// that classes an actual amount (一般预算收入, 预算支出 are revenue and spending, not a plan).
    static func namesTarget(_ figure: QuantityHit) -> Bool {
        let letters = folded(figure)
        return letters.indices.contains { at in
            let length = targetWords.prefix(in: letters, at: at)
            return length > 0 && !flowWords.contains { Array(letters[(at + length)...].prefix($0.count)) == $0 }
        }
    }

    static let flowWords: [[UInt32]] = ["收入", "支出"].map { $0.unicodeScalars.map(\.value) }

    /// The subject's letters folded to the analysis form (traditional → simplified).
    static func folded(_ figure: QuantityHit) -> [UInt32] {
        let subject = figure.subjectText, fold = CharClass.foldTable
        return subject.bounds.map { subject.raw[$0] < 0x10000 ? fold[Int(subject.raw[$0])] : subject.raw[$0] }
    }
}
