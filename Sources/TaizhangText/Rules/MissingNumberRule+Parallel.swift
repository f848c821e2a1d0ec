/// A figure deleted from a list of counts (issue #14, mnprobe): 高血压720人,管理人; /
/// 初中人,小学14796人 / 发生事故起、死亡3人,较上年减少12起. A measure word closing a clause right
/// after a noun is a word's tail or a deleted number; where the same sentence counts with
/// digits in the same measure, the clause is one of the list's figures and the number went.
/// The measures are the count words whose words (个人, 整个, 派出所) are listed below or rare
/// at a clause end; 期, 间, 处, 批, 张, 支 end too many words (同期, 期间, 办事处, 审批) to be read so.
extension MissingNumberRule {
    static let parallelMeasures = Lexicon([
        "人", "个", "名", "户", "所", "条", "起", "辆", "栋", "头", "亩", "吨", "岁", "天", "公斤", "千克", "米",
        "批次", "件次", "人次", "户次", "万亩", "万吨", "万人", "万户", "万起", "万人次", "小时", "個", "畝",
    ])
    /// General words ending in those measures: people (负责人, 老人), names (排名, 姓名), 个
    /// after a determiner (整个, 逐个), places (派出所, 场所), time (今天, 全天), 起 after a verb.
    static let wordsEndingInParallelMeasure = Lexicon([
        "个人", "本人", "他人", "别人", "家人", "亲人", "老人", "工人", "病人", "军人", "成人", "法人", "犯人", "主人",
        "客人", "商人", "名人", "众人", "后人", "前人", "新人", "友人", "爱人", "女人", "男人", "国人", "世人", "路人",
        "行人", "证人", "匠人", "艺人", "诗人", "盲人", "人人", "残疾人", "老年人", "年轻人", "负责人", "责任人",
        "联系人", "当事人", "申请人", "代理人", "嫌疑人", "监护人", "带头人", "接班人", "传承人", "主持人", "发言人",
        "经纪人", "投资人", "代表人", "委托人", "被告人", "受害人", "举报人", "报告人", "推荐人", "候选人", "继承人",
        "领头人", "领路人", "引路人", "明白人", "局外人", "外地人", "本地人", "贫困人", "读书人", "守护人", "建设者人",
        "姓名", "报名", "排名", "署名", "命名", "签名", "提名", "点名", "知名", "著名", "出名", "有名", "匿名", "实名",
        "罪名", "地名", "书名", "化名", "更名", "冠名", "联名", "记名", "同名", "全名", "域名", "品名", "人名", "无名",
        "闻名", "齐名", "成名", "除名", "挂名", "具名", "列名", "留名", "题名", "别名", "原名", "网名", "正名", "定名",
        "整个", "逐个", "单个", "真个", "个个", "些个",
        "派出所", "研究所", "事务所", "场所", "厕所", "诊所", "住所", "处所", "招待所", "卫生所", "托儿所", "所所",
        "今天", "明天", "昨天", "前天", "后天", "当天", "全天", "半天", "白天", "整天", "聊天", "航天", "先天", "天天",
        "春天", "夏天", "秋天", "冬天", "每天", "蓝天", "晴天", "雨天", "冷天", "热天", "上天", "老天", "露天", "通天",
        "一起", "发起", "引起", "兴起", "崛起", "提起", "说起", "看起", "想起", "做起", "抓起", "比起", "建起", "树起",
        "拉起", "扛起", "挑起", "举起", "燃起", "唤起", "激起", "掀起", "响起", "升起", "对不起", "了不起", "起起",
        "一条", "条条", "面条", "油条", "金条", "封条", "便条", "字条", "纸条", "萧条", "苗条", "教条", "线条", "链条",
        "发条", "信条", "欠条", "借条", "收条", "头条", "枝条", "柳条", "词条", "专条",
        "大米", "玉米", "糯米", "小米", "稻米", "虾米", "米米", "住户", "农户", "客户", "用户", "门户", "窗户", "账户",
        "开户", "落户", "入户", "散户", "大户", "商户", "个体户", "专业户", "困难户", "贫困户", "低保户", "五保户",
        "钉子户", "承包户", "养殖户", "种植户", "经营户", "一户", "每户", "各户", "户户", "立户", "分户", "过户", "销户",
        "带头", "源头", "龙头", "街头", "山头", "码头", "念头", "口头", "镜头", "苗头", "劲头", "兆头", "彩头", "尽头",
        "开头", "前头", "后头", "上头", "里头", "外头", "心头", "关头", "牵头", "抬头", "埋头", "回头", "带头", "领头",
        "车辆", "年岁", "万岁", "千岁", "周岁", "虚岁",
    ])

    static func parallel(_ line: LineText) -> [Hit] {
        var hits = [Hit]()
        let measures = parallelMeasures
        var index = 1
        while index < line.count {
            index = measures.nextCandidate(in: line.norm, from: index, to: line.count)
            guard index < line.count else { break }
            let length = measures.prefix(in: line.norm, at: index)
            if length > 0, let hit = parallelCount(line, index, length) { hits.append(hit); index += length; continue }
            index += 1
        }
        return hits
    }

    private static func parallelCount(_ line: LineText, _ start: Int, _ length: Int) -> Hit? {
        let end = start + length
        guard end >= line.count || line.cls(end).contains(.clauseBreak) || line[end] == U.s("、") || line.cls(end).contains(.space),
              CharClass.of(line[start - 1]).contains(.ideograph), !numeralLike.contains(line[start - 1]),
              wordsEndingInParallelMeasure.suffix(in: line.norm, endingAt: end) == 0,
              wordsEndingInMeasure.suffix(in: line.norm, endingAt: end) <= length else { return nil }
        // 未到人, 不满岁: a negated verb, not a count (as at the clause end).
        if start >= 2, negations.contains(line[start - 2]) { return nil }
        // 起数、亡人、伤人: one letter and the measure after a list's comma make a word (亡人,
        // 老人), a column's name; a count's noun has two letters or more (初中人, 死亡人).
        var stem = start
        while stem > 0, CharClass.of(line[stem - 1]).contains(.ideograph) { stem -= 1 }
        guard start - stem >= 2 else { return nil }
        guard countsInTheSameMeasure(line, start, length) else { return nil }
        let measure = line.string(start..<end)
        return make(line, start, end, measure: measure, what: "“\(measure)”前缺少数字", en: "no number before “\(measure)”")
    }

    /// Measures that name people, households and goods: words ending in them are few (listed
    /// above), so a figure in any unit nearby makes the clause a count (死亡人,同比下降5%). The
    /// others also end names and phrases (司法所, 坡头, 闹翻天, 月底起): the same measure with digits.
    static let countNouns = Lexicon(["人", "个", "個", "名", "户", "亩", "畝", "吨", "辆", "栋", "万亩", "万吨", "万人", "万户",
                                     "万人次", "人次", "户次", "件次", "公斤", "千克"])

    /// Digits before a figure's unit elsewhere in the sentence, within 40 letters: the same
    /// measure, or for the count nouns any unit.
    private static func countsInTheSameMeasure(_ line: LineText, _ start: Int, _ length: Int) -> Bool {
        var low = start, high = start + length
        while low > 0, start - low < 40, !line.cls(low - 1).contains(.sentenceEnd) { low -= 1 }
        while high < line.count, high - start < 40, !line.cls(high).contains(.sentenceEnd) { high += 1 }
        let anyUnit = countNouns.prefix(in: line.norm, at: start) == length
        var index = max(low, 1)
        while index + 1 <= high {
            defer { index += 1 }
            guard index != start, line.cls(index - 1).contains(.digit), !line.cls(index).contains(.digit) else { continue }
            let same = parallelMeasures.prefix(in: line.norm, at: index) == length
                && (0..<length).allSatisfy({ line[index + $0] == line[start + $0] })
            if same { return true }
            if anyUnit, parallelMeasures.prefix(in: line.norm, at: index) > 0 || Vocabulary.units.prefix(in: line.norm, at: index) > 0
                || MissingNumberSlots.strongUnits.prefix(in: line.norm, at: index) > 0 { return true }
        }
        return false
    }
}
