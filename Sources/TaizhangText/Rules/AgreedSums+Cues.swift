/// The grammar that ties a total to its parts, for `AgreedSums`: word classes, not phrases.
///
/// Chinese states a breakdown in two orders. Whole first: a totalling adverb or an
/// aggregate noun stands in the total's clause (共/合计/累计/总数 …), or a breakdown word
/// opens the words right after it (其中/分别/包括/含/即/具体 …), or a colon or an opening
/// bracket follows the figure at once. Parts first: the parts, then a totalling word in
/// the total's own clause (…,合计55场).
extension AgreedSums {
    /// Totalling adverbs and verbs (the closed class of 共-, 合-, 总-, 累- words) and the
    /// aggregate nouns that name a whole (总数, 总额 …).
    static let totalling = Lexicon(["共", "共有", "共计", "合计", "总计", "一共", "总共", "累计", "总数", "总额", "总量", "总人数",
                                    "总值", "总规模", "总面积", "总投资", "总收入", "总支出", "总产值", "总资产", "现有"])
    /// Words in which 共 is no adverb of totalling but a letter of a noun or verb (公共,
    /// 共同, 共建 …): the closed set of its common compounds.
    static let commonCompounds = Lexicon(["公共", "共同", "共享", "共建", "共产", "共青", "共治", "共创", "共商", "共识", "共性",
                                          "共驻", "共育", "共担", "共赢", "共筑", "共护", "共谋", "共富", "共用"])
    /// Words that open a breakdown of what was just counted: 其中 (of which), 分别
    /// (respectively), 包括/包含/含 (including), 即 (namely), 具体 (in detail).
    static let breakdown = Lexicon(["其中", "分别", "包括", "包含", "含", "即", "具体"])
    /// Comparison vocabulary: a figure in a clause that names an earlier period or a
    /// comparison (比去年同期的50件) is a base, never a part of the figure before it.
    /// Averages (日均, 人均 …) and the whole of a share (占 X 的 Y%) are no parts either.
    static let comparison = Lexicon(["同比", "环比", "去年", "上年", "同期", "上月", "上周", "上期", "上季度", "相比",
                                     "日均", "月均", "人均", "户均", "平均", "占"])
    /// Change verbs: a figure right after one (增加5场, 减少了3人) is a difference.
    static let changes = Lexicon(["增加", "减少", "增长", "下降", "提高", "降低", "新增", "净增", "多出", "超出", "上升", "回落", "增收", "减收",
                                  "增", "减", "多", "少"])
    /// How far after the total a breakdown word may start: a comma and one adverb of
    /// manner (，主要包括, ，具体为) — farther away it opens a clause about something else.
    static let cueReach = 4

    /// A colon or an opening bracket right after the figure announces its breakdown.
    static func announcesParts(_ line: LineText, after total: QuantityHit) -> Bool {
        let next = line[total.end]
        return next == U.colon || next == U.lparen || next == U.lbracketCJK
    }

    /// A breakdown word within `cueReach` letters after the total and before the first
    /// part; or opening the first part's clause (其中 after a clause of rates or changes:
    /// 完成4348万元,同比下降6.5%。其中:税收收入3511万元 …); or the locative 中 closing the
    /// total's clause (10项重点项目中,1项已完成 — "among the ten").
    static func breakdownCue(_ line: LineText, after total: QuantityHit, before part: Int) -> Bool {
        if announcesParts(line, after: total) { return true }
        let end = min(part, total.end + cueReach + 2)
        var index = total.end
        while index < end {
            if breakdown.prefix(in: line.norm, at: index) > 0 { return index - total.end <= cueReach }
            index += 1
        }
        guard part < line.count else { return false }
        let clause = Sentences.clauseStart(line, before: part)
        if clause > total.end, breakdown.prefix(in: line.norm, at: clause) > 0 { return true }
        // 其中: ⏎ the clause after a colon that follows a breakdown word.
        if clause >= 2, clause - 1 > total.end, line[clause - 1] == U.colon, breakdown.suffix(in: line.norm, endingAt: clause - 1) > 0 { return true }
        let totalClauseEnd = clauseEnd(line, after: total.end)
        return totalClauseEnd < part && totalClauseEnd > total.end && line[totalClauseEnd - 1] == locative
    }

    /// A sentence that opens a breakdown: with a breakdown word (其中, 包括 …), or with a
    /// clause that ends in the locative 中 (本周所受理的诉求中,…: "among them").
    static func opensBreakdown(_ line: LineText, sentence: Range<Int>) -> Bool {
        if breakdown.prefix(in: line.norm, at: sentence.lowerBound) > 0 { return true }
        let end = clauseEnd(line, after: sentence.lowerBound)
        return end < sentence.upperBound && end > sentence.lowerBound && line[end - 1] == locative
    }

    static let locative = U.s("中")

    /// The first clause break at or after `position` (the line's end if none).
    static func clauseEnd(_ line: LineText, after position: Int) -> Int {
        var index = position
        // 、 joins names inside the clause (14项市委、市政府重点工作中): it ends no clause here.
        while index < line.count, !line.cls(index).contains(.clauseBreak) || line[index] == U.ideoComma, line[index] != U.comma,
              line[index] != U.semicolon, line[index] != U.colon { index += 1 }
        return index
    }

    /// A totalling word in the total's clause, before the figure; 共 inside a compound
    /// (公共服务, 共建单位) is no such word.
    static func totallingCue(_ line: LineText, before total: QuantityHit) -> Bool {
        totallingWord(line, in: Sentences.clauseStart(line, before: total.start)..<total.start)
    }

    static func totallingWord(_ line: LineText, in range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let length = totalling.prefix(in: line.norm, at: index)
            if length > 1 || length == 1 && commonCompounds.prefix(in: line.norm, at: index) == 0
                && (index == 0 || commonCompounds.prefix(in: line.norm, at: index - 1) == 0) { return true }
            index += max(length, 1)
        }
        return false
    }

    /// A figure of comparison or change: its clause before it, back to the figure before
    /// (`from`), holds a comparison word, or a change verb stands right before it (了 between).
    static func compares(_ line: LineText, _ hit: QuantityHit, from: Int) -> Bool {
        if Sentences.contains(line, comparison, in: max(from, Sentences.clauseStart(line, before: hit.start))..<hit.start) { return true }
        let end = hit.start > 0 && line[hit.start - 1] == U.s("了") ? hit.start - 1 : hit.start
        return end > from && changes.suffix(in: line.norm, endingAt: end) > 0
    }
}
