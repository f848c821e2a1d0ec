/// A year deleted after a place's name (seventeenth pass, corpus-s; widened in the thirtieth,
/// missing24): a document's, a plan's, an event's or an honour's name carries its year right after
/// the place it belongs to (…市2022年…先进集体, 利川市2018年元旦、春节系列文化活动, 《市2008年政府
/// 信息公开工作要点》, 社區2015年民政工作總結). A 年 glued to a place suffix (省 市 县 区 州 镇 乡)
/// that itself follows a letter of the name, and followed by a letter, lost its digits:
/// 被评为某市年防汛工作先进集体, 利川市年元旦, 《市区年财政预算执行情况…》, 社区年民政工作总结.
///
/// Plain Chinese puts 年 after a place only as the first letter of a word (全市年度目标, 全县年轻
/// 干部, 全市年均增长, 南湖市年降水量, 乡镇年工作总结) — `yearWords`. The seventeenth pass also
/// asked for an award in the clause; the census of the thirtieth pass (all 1,124 fixture texts
/// outside the test split) found no 年 after a place suffix and before a letter that was not
/// either a deleted year or one of these words, so the award is no longer asked for.
/// Near misses: a year with its digits (南湖市2022年), 年 opening a word (全市年度先进, 我市年接待),
/// 全 before the place (全县年人均纯收入: the whole county's yearly figure).
extension MissingNumberSlots {
    static let placeSuffixes = ScalarSet("省市县区州镇乡".unicodeScalars.map(\.value))
    /// Words that 年 opens (年度 annual, 年轻 young, 年均 a yearly rate …): no year was meant.
    static let yearWords = Lexicon([
        "年度", "年轻", "年龄", "年终", "年初", "年底", "年末", "年内", "年均", "年会", "年鉴", "年报", "年审", "年检",
        "年代", "年份", "年限", "年薪", "年货", "年华", "年级", "年间", "年来", "年中", "年头", "年尾", "年关", "年画",
        "年味", "年俗", "年表", "年产", "年销", "年收", "年降", "年平均", "年龄段",
        // yearly rates and compounds (全市年增长, 全县年用水量, 乡镇年工作总结)
        "年增", "年减", "年用", "年供", "年发", "年出", "年接", "年吞", "年运", "年营", "年生", "年加", "年日", "年极",
        "年累", "年消", "年排", "年耗", "年纳", "年处", "年入", "年客", "年总", "年工作", "年前", "年后", "年满", "年过",
        "年近", "年逾", "年迈", "年老", "年幼", "年少", "年长", "年久", "年纪", "年岁", "年轮", "年节", "年夜", "年假",
        "年金", "年费", "年租", "年息", "年利", "年成", "年景", "年月", "年历", "年糕", "年年", "年人", "年交", "年游",
        "年旅", "年新", "年税", "年财政收入",
    ])

    static func placeYear(_ line: LineText, _ index: Int) -> Hit? {
        // 全市年…, 全县年…: "the whole city's yearly …" opens a rate (全县年人均纯收入), never a name.
        // The suffix ends a place's name (利川市, 我市, 社区) or stands first in a title (《市年政府信息公开工作要点》).
        guard index >= 2, placeSuffixes.contains(line[index - 1]), line[index - 2] != U.s("全"),
              line.cls(index - 2).contains(.ideograph) && !line.cls(index - 2).contains(.cjkNumeral) || line[index - 2] == U.lbook,
              yearWords.prefix(in: line.norm, at: index) == 0, line.cls(index + 1).contains(.ideograph) else { return nil }
        return make(line, index, index + 1, "年")
    }
}
