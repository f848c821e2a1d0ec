/// Counts deleted before 多 and a measure in a total (zg12, a culture centre's news: "本次大赛共计
/// 多支队伍、0多人参赛"; c17, a street office's report: "共承接办理各类事务多起,接待来…").
///
/// 多 + a measure reads "several" in plain Chinese (多人受伤, 发生多起事故, 许多人, 众多), but a
/// total (共计, 合计, 总计, 累计, the adverb 共) states a figure: 共计多支 has lost the number
/// before 多 (共计10多支). Read where the total stands right before 多 (`共计多支队伍`), or
/// earlier in the same clause with a noun right before 多 and the measure closing the clause
/// (`共承接办理各类事务多起,`) — the count's slot, where "several" would follow a verb
/// (共造成多人受伤: not read). Not after a figure or a quantity word (共计20多人, 十多场, 许多,
/// 大多, 更多), not before 个 / 次 / 项 / 种 / 家 / 名 ("several" as a word: 多个, 多次, 多家).
extension MissingNumberRule {
    /// Measures of a counted total that 多 does not make a word with.
    static let totalCountMeasures = Lexicon(["人次", "人", "支", "起", "场次", "场", "户", "件", "所", "座", "台", "套",
                                             "篇", "册", "张", "辆", "批", "例"])
    /// Words of a total (共 is checked against 共同, 公共 … apart).
    static let totalWords = Lexicon(["共计", "合计", "总计", "累计", "共"])
    /// Letters that make a word with a following 多 (很多, 许多, 众多, 诸多, 好多, 大多, 更多, 最多,
    /// 较多, 增多, 过多, 居多, 繁多, 颇多, 甚多, 太多, 不多, 越多, 偏多, 极多, 至多, 挺多, 尤多).
    static let duoWords = ScalarSet("很许众诸好大更最较增过居繁颇甚太不越偏极至挺尤差得".unicodeScalars.map(\.value))
    static let clauseEnds = ScalarSet(",;。、!?:，；：".unicodeScalars.map(\.value))

    static func countAfterTotal(_ line: LineText, _ index: Int) -> Hit? {
        guard line[index] == duo else { return nil }
        let length = totalCountMeasures.prefix(in: line.norm, at: index + 1)
        guard length > 0 else { return nil }
        let end = index + 1 + length
        if !isTotal(line, endingAt: index) {
            let previous = line[index - 1]
            guard index > 0, line.cls(index - 1).contains(.ideograph), !line.cls(index - 1).contains(.cjkNumeral),
                  !numeralLike.contains(previous), !duoWords.contains(previous),
                  end >= WrappedQuantities.end(of: line) || clauseEnds.contains(line[end]),
                  totalEarlier(line, before: index - 1) else { return nil }
        }
        let measure = line.string((index + 1)..<end)
        return make(line, index, end, measure: measure, what: "“多\(measure)”前缺少数字", en: "no number before “多\(measure)”")
    }

    /// A total's word ends at `end` (共计, 累计; 共 not in 公共, 中共).
    private static func isTotal(_ line: LineText, endingAt end: Int) -> Bool {
        let length = totalWords.suffix(in: line.norm, endingAt: end)
        guard length > 0 else { return false }
        return length > 1 || end < 2 || !MissingNumberSlots.gongBefore.contains(line[end - 2])
    }

    /// A total's word in the clause before `index` with no figure after it (共承接办理各类事务多起):
    /// 共 not opening a word (共同, 共享, 共建 — `gongWords`).
    private static func totalEarlier(_ line: LineText, before index: Int) -> Bool {
        var position = index - 1
        while position >= max(line.contentStart, index - 40) {
            let scalar = line[position]
            if clauseEnds.contains(scalar) { return false }
            let cls = line.cls(position)
            if cls.contains(.digit) || cls.contains(.cjkNumeral) { return false }
            if scalar == U.s("共") {
                return !MissingNumberSlots.gongWords.contains(line[position + 1]) && (position == 0 || !MissingNumberSlots.gongBefore.contains(line[position - 1]))
            }
            if scalar == U.s("计"), isTotal(line, endingAt: position + 1) { return true }
            position -= 1
        }
        return false
    }
}
