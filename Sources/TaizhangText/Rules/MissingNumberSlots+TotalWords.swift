/// Words the deleted-count slots must not read as a count (`MissingNumberSlots+Totals`): general
/// vocabulary, the commonest nouns that close on a measure letter and words 共 begins.
extension MissingNumberSlots {
    /// Letters after 共 that make a word of it (共同, 共享, 共建, 共产党 …), not the adverb.
    static let gongWords = ScalarSet("同享建产识青治商赢担鸣谋振融存处性通用和话筑创育护抓促进生事济勉荣度".unicodeScalars.map(\.value))
    /// Letters before 共 that make a word of it (公共, 中共).
    static let gongBefore = ScalarSet("公中".unicodeScalars.map(\.value))
    /// Nouns of persons ending in 人, which a classifier 人 may follow (病人人: the count deleted).
    static let personNounsInRen = Lexicon([
        "病人", "老人", "工人", "军人", "盲人", "证人", "犯人", "商人", "艺人", "客人", "家人", "新人", "残疾人",
        "年轻人", "老年人", "当事人", "责任人", "负责人", "联系人", "监护人", "代理人", "候选人", "申请人", "纳税人",
        "参保人", "投保人", "经营人", "举报人", "求助人", "来访人", "被害人", "委托人", "法人",
    ])
    /// Nouns closing on a measure letter of `totalMeasures` other than the suffix measures (户, 位,
    /// 名 are not read at a total's clause end), beyond `wordsEndingInMeasure`.
    static let totalWords = Lexicon([
        // 条
        "头条", "线条", "萧条", "教条", "苗条", "有条", "链条", "面条", "词条", "纸条", "便条", "欠条", "借条", "收条",
        "封条", "字条", "横条", "信条", "一条", "每条", "各条", "逐条", "金条", "油条", "柳条", "枝条", "布条", "藤条",
        "粉条", "发条", "木条", "长条",
        // 个
        "一个", "各个", "整个", "单个", "每个", "这个", "那个", "哪个", "几个",
        // 批
        "审批", "报批", "获批", "首批", "分批", "大批", "一批", "成批", "每批", "各批", "批批",
        // 支
        "开支", "收支", "分支", "一支", "超支", "透支", "预支", "每支", "各支", "枪支",
        // 辆, 张
        "车辆", "一辆", "每辆", "各辆", "纸张", "主张", "紧张", "扩张", "开张", "夸张", "铺张", "嚣张", "伸张", "一张", "每张",
        // 起
        "一起", "发起", "引起", "兴起", "提起", "崛起", "缘起", "说起", "看起", "想起", "做起", "抓起", "唤起", "掀起",
        "升起", "涌起", "筑起", "建起", "架起", "撑起", "扛起", "担起", "挑起", "燃起", "响起", "树起", "举起", "拿起",
        "对不起", "了不起", "买得起", "经得起", "立起", "竖起",
    ])
}
