/// The name a share gives its whole in the words right before the rate: 占 + noun phrase + 的
/// (then 比重 / 比例 and 为 / 达 / 是 / 达到 may stand before the rate; with 比重 / 比例 the 的 may
/// be left out: 占总人口比重为51.2%), or 完成 + a target's
/// phrase + 的 (完成全年任务的60%). Grammar only: the phrase is letters (no figure: a stated
/// whole is the one-line readers'), 2–12 of them, in the rate's own clause.
extension Ratios {
    struct WholeName {
        /// Where 占 / 完成 stands.
        let head: Int
        /// The noun's letters (simplified), empty when a target phrase names no noun.
        let noun: [UInt32]
        /// 完成 + a target: the whole must be a remembered target.
        let target: Bool
        /// The phrase says 总 or ends in an aggregate word (占总人口的, 占人口总数的): of several
        /// figures bearing the noun, the one whose subject says 总 is meant.
        var total = false
        /// The phrase's letters (aggregate word and 总 dropped): of several figures bearing the
        /// noun, those sharing more of the phrase (女党员 for 占女党员总数的) are meant.
        var phrase: [UInt32] = []
    }

    static let totalLetter = U.s("总")
    /// Aggregate words after a whole's noun (人口总数, 销售总额): the noun stands before them.
    static let aggregateTails = Lexicon(["总数", "总量", "总额", "总和", "总计"])
    /// What may stand between 的 and the rate: 比重, 比例, 份额 (then a linker).
    static let rateTails = Lexicon(["比重", "比例", "份额"])
    /// A share said to be approximate or a bound before 占 (约占, 近占, 超占) is not read here.
    static let boundBefore: ScalarSet = [U.s("约"), U.s("近"), U.s("超"), U.s("逾"), U.s("达")]
    /// A phrase opening with a pronoun (其, 该, 此, 这) or 同 (同类, 同期: "of the same kind")
    /// points at a whole this reader cannot name.
    static let pronouns: ScalarSet = [U.s("其"), U.s("该"), U.s("此"), U.s("这"), U.s("同")]
    /// Period words a target phrase opens with (全年任务, 年度目标): they name no noun.
    static let periodWords = Lexicon(["全年度", "全年", "年度", "本年", "今年", "年"])

    static func wholeName(_ line: LineText, before rate: Int) -> WholeName? {
        let clause = Sentences.clauseStart(line, before: rate)
        var end = rate
        if end - 2 >= clause, line[end - 2] == U.s("达"), line[end - 1] == U.s("到") { end -= 2 }
        else if end - 1 >= clause, linkers.contains(line[end - 1]) { end -= 1 }
        let tail = rateTails.suffix(in: line.norm, endingAt: end)
        if tail > 0, end - tail >= clause { end -= tail }
        // 占总人口比重为51.2%: 比重 / 比例 mark the whole's noun without 的. 占党员总数70%,
        // 占农村经济总收入50%: a phrase saying 总 names a total without 的 (twenty-fifth pass, xwrong).
        guard end - 1 > clause, line[end - 1] == possessive || tail > 0 || saysTotal(line, clause..<end) else { return nil }
        let phraseEnd = line[end - 1] == possessive ? end - 1 : end
        var start = phraseEnd
        while start > clause, CharClass.of(line[start - 1]).contains(.ideograph), line[start - 1] != share,
              doneWords.suffix(in: line.norm, endingAt: start) == 0 { start -= 1 }
        guard start > clause || start == clause && start > 0 else { return nil }
        let target: Bool, head: Int
        if line[start - 1] == share {
            head = start - 1
            target = false
            if head > 0, boundBefore.contains(line[head - 1]) { return nil }
        } else if doneWords.suffix(in: line.norm, endingAt: start) > 0 {
            head = start - doneWords.suffix(in: line.norm, endingAt: start)
            target = true
        } else { return nil }
        guard head >= clause, (2...12).contains(phraseEnd - start), !pronouns.contains(line[start]) else { return nil }
        guard let noun = noun(line, start..<phraseEnd, target: target) else { return nil }
        var name = WholeName(head: head, noun: noun, target: target)
        name.total = line.norm[start..<phraseEnd].contains(totalLetter)
        let aggregate = target ? 0 : aggregateTails.suffix(in: line.norm, endingAt: phraseEnd)
        name.phrase = line.norm[start..<(phraseEnd - aggregate)].filter { $0 != totalLetter }
        return name
    }

    /// The phrase's noun: 占's — its last two letters once a trailing aggregate word and 总 are
    /// dropped; 完成's — the phrase must hold a target word, and the letters before it once the
    /// period is dropped, when two or more (完成全年财政收入任务的 → 收入), else none.
    private static func noun(_ line: LineText, _ phrase: Range<Int>, target: Bool) -> [UInt32]? {
        var end = phrase.upperBound
        if target {
            guard let at = phrase.first(where: { targetWords.prefix(in: line.norm, at: $0) > 0 }) else { return nil }
            var start = phrase.lowerBound
            let period = periodWords.prefix(in: line.norm, at: start)
            if period > 0, start + period <= at { start += period }
            let letters = line.norm[start..<at].filter { $0 != totalLetter }
            return letters.count >= 2 ? Array(letters.suffix(2)) : []
        }
        let aggregate = aggregateTails.suffix(in: line.norm, endingAt: end)
        if aggregate > 0, end - aggregate - phrase.lowerBound >= 2 { end -= aggregate }
        let letters = line.norm[phrase.lowerBound..<end].filter { $0 != totalLetter }
        return letters.count >= 2 ? Array(letters.suffix(2)) : nil
    }

    /// 占 + letters holding 总 right before the rate (the clause's last stretch of ideographs).
    static func saysTotal(_ line: LineText, _ range: Range<Int>) -> Bool {
        var start = range.upperBound
        var total = false
        while start > range.lowerBound, CharClass.of(line[start - 1]).contains(.ideograph), line[start - 1] != share {
            if line[start - 1] == totalLetter { total = true }
            start -= 1
        }
        return total && start > range.lowerBound && line[start - 1] == share
    }
}
