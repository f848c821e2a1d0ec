/// Twenty-fifth pass (blanks19): a year deleted before the work, the plan or the meeting it dates.
///
/// 社区年民政工作总结及年工作计划, 召开年食安委全会: a report, a plan or a plenary session names its
/// year right before its subject (2022年民政工作, 2023年工作计划, 2022年食安委全会). A 年 that no word
/// claims (今年, 青年, 多年, 年度 …) after an ideograph, whose subject ends in 工作 or 全会 within a
/// few letters, lost its digits. The sibling of `awardYear` (a year deleted from an honour's name).
/// Near misses: 青年工作, 今年工作计划, 多年工作经验, 年度工作总结, 2023年工作计划.
extension MissingNumberSlots {
    /// Words that end in 年 (a time word, an age, a count): no digits were meant before it.
    static let wordsEndingInYear = Lexicon([
        "今年", "明年", "去年", "前年", "后年", "来年", "全年", "每年", "当年", "同年", "次年", "翌年", "历年", "近年",
        "常年", "长年", "多年", "连年", "逐年", "往年", "半年", "上年", "本年", "该年", "这年", "那年", "哪年", "某年",
        "几年", "数年", "终年", "经年", "累年", "早年", "末年", "初年", "元年", "新年", "旧年", "过年", "拜年", "跨年",
        "整年", "隔年", "青年", "少年", "老年", "成年", "童年", "幼年", "中年", "壮年", "晚年", "周年", "学年", "财年",
        "年年", "千年", "百年", "万年", "丰年", "荒年", "昔年", "比年", "头年", "后半年", "上半年", "下半年",
    ])
    static let reportSubjects = Lexicon(["工作", "全会"])
    /// How far after 年 the subject's last word may end (民政工作, 食安委全会).
    static let reportSubjectReach = 6

    static func reportYear(_ line: LineText, _ index: Int) -> Hit? {
        let before = line.cls(index - 1)
        guard before.contains(.ideograph), !before.contains(.cjkNumeral), line.cls(index + 1).contains(.ideograph),
              yearWords.prefix(in: line.norm, at: index) == 0,
              wordsEndingInYear.suffix(in: line.norm, endingAt: index + 1) == 0 else { return nil }
        var position = index + 1
        while position < line.count, position - index <= reportSubjectReach, line.cls(position).contains(.ideograph) {
            let length = reportSubjects.prefix(in: line.norm, at: position)
            if length > 0, position + length - index - 1 <= reportSubjectReach { return make(line, index, index + 1, "年") }
            position += 1
        }
        return nil
    }
}

extension MissingNumberSlots {
    /// 单位为万元, 单位是万元: 单位 and a copula right before the measure name the unit a table or a
    /// column counts in; no figure belongs there.
    static func unitDeclared(_ line: LineText, _ position: Int) -> Bool {
        let copula = line[position] == U.s("为") || line[position] == U.s("是")
        return copula && position >= 2 && line[position - 2] == U.s("单") && line[position - 1] == U.s("位")
    }
}
