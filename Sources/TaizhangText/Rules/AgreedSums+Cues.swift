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
                                    "总值", "总规模", "总面积", "总投资", "总收入", "总支出", "总产值", "总资产"])
    /// Words that open a breakdown of what was just counted: 其中 (of which), 分别
    /// (respectively), 包括/包含/含 (including), 即 (namely), 具体 (in detail).
    static let breakdown = Lexicon(["其中", "分别", "包括", "包含", "含", "即", "具体"])
    /// Comparison and change vocabulary: a figure in such a clause is a base or a
    /// difference (比去年多5场), never a part of the figure before it.
    /// (比 and 较 alone are left out: 比赛, 比例, 较大 are nouns and adjectives.)
    static let comparison = Lexicon(["同比", "环比", "去年", "上年", "同期", "增加", "减少", "增长", "下降",
                                     "提高", "降低", "新增", "净增", "多出", "少于", "超出"])
    /// How far after the total a breakdown word may start: a comma and one adverb of
    /// manner (，主要包括, ，具体为) — farther away it opens a clause about something else.
    static let cueReach = 4

    /// A colon or an opening bracket right after the figure announces its breakdown.
    static func announcesParts(_ line: LineText, after total: QuantityHit) -> Bool {
        let next = line[total.end]
        return next == U.colon || next == U.lparen || next == U.lbracketCJK
    }

    /// A breakdown word within `cueReach` letters after the total and before the first part.
    static func breakdownCue(_ line: LineText, after total: QuantityHit, before part: Int) -> Bool {
        if announcesParts(line, after: total) { return true }
        let end = min(part, total.end + cueReach + 2)
        guard end > total.end else { return false }
        var index = total.end
        while index < end {
            if breakdown.prefix(in: line.norm, at: index) > 0 { return index - total.end <= cueReach }
            index += 1
        }
        return false
    }

    /// A totalling word in the total's clause, before the figure.
    static func totallingCue(_ line: LineText, before total: QuantityHit) -> Bool {
        Sentences.contains(line, totalling, in: Sentences.clauseStart(line, before: total.start)..<total.start)
    }

    /// A figure of comparison or change: its clause before it, back to the figure before
    /// (`from`), holds such a word.
    static func compares(_ line: LineText, _ hit: QuantityHit, from: Int) -> Bool {
        Sentences.contains(line, comparison, in: max(from, Sentences.clauseStart(line, before: hit.start))..<hit.start)
    }
}
