/// Seventeenth pass (corpus-s): a year deleted from the name of an honour.
///
/// 被评为某市年防汛工作先进集体: an honour's name carries its year after the awarding
/// authority's place (…市2022年…先进集体); a 年 glued to the place's suffix (省 市 县 区 州 镇 乡),
/// in a clause that names an award (评为, 授予, 荣获 … before it, 先进, 优秀, 模范 … after it),
/// lost its digits. Near misses: 年 forming a word (全市年度先进, 全县年轻干部), a year with its
/// digits (评为全市2022年先进集体), no award in the clause (全市年降水量).
extension MissingNumberSlots {
    static let placeSuffixes = ScalarSet("省市县区州镇乡".unicodeScalars.map(\.value))
    static let awardVerbs = Lexicon(["评为", "评选为", "授予", "荣获", "获评", "被评", "命名为", "表彰为"])
    static let honours = Lexicon(["先进", "优秀", "模范", "标兵", "示范", "红旗", "最美"])
    /// Words that 年 opens (年度 annual, 年轻 young …): no year was meant.
    static let yearWords = Lexicon([
        "年度", "年轻", "年龄", "年终", "年初", "年底", "年末", "年内", "年均", "年会", "年鉴", "年报", "年审", "年检",
        "年代", "年份", "年限", "年薪", "年货", "年华", "年级", "年间", "年来", "年中", "年头", "年尾", "年关", "年画",
        "年味", "年俗", "年表", "年产", "年销", "年收", "年降", "年平均", "年龄段",
    ])

    static func awardYear(_ line: LineText, _ index: Int) -> Hit? {
        guard index >= 2, placeSuffixes.contains(line[index - 1]), line.cls(index - 2).contains(.ideograph),
              yearWords.prefix(in: line.norm, at: index) == 0, line.cls(index + 1).contains(.ideograph) else { return nil }
        let clauseStart = Sentences.clauseStart(line, before: index)
        guard (clauseStart..<index).contains(where: { awardVerbs.prefix(in: line.norm, at: $0) > 0 }) else { return nil }
        var position = index + 1
        while position < line.count, !line.cls(position).contains(.clauseBreak) {
            if honours.prefix(in: line.norm, at: position) > 0 { return make(line, index, index + 1, "年") }
            position += 1
        }
        return nil
    }
}
