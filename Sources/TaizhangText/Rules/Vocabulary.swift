/// The word lists behind quantity extraction. They describe Chinese usage in general
/// (measure words, qualifiers, counting verbs), not any particular document.
enum Vocabulary {
    /// Measure words and units; the lexicon matches the longest first (人次 before 人).
    static let units = Lexicon([
        "人次", "册次", "场次", "项次", "件次", "户次", "车次", "架次", "班次", "批次", "期次", "课次",
        "卷次", "台次", "艘次", "辆次", "家次", "所次", "篇次", "次",
        "个工作日", "个月", "个小时", "个百分点", "个季度", "个星期", "个学期", "个",
        "工作日", "小时", "分钟", "天", "周岁", "岁", "课时", "学时",
        "平方米", "平方公里", "平方千米", "立方米", "公里", "千米", "厘米", "毫米", "米", "亩", "公顷",
        "吨", "千克", "公斤", "斤", "升", "元", "美元", "块", "张", "本", "册", "份", "篇", "条", "件",
        "起", "宗", "例", "名", "位", "人", "户", "家", "所", "座", "栋", "间", "套", "台", "辆", "艘",
        "架", "只", "棵", "株", "盏", "面", "幅", "场", "期", "项", "类", "种", "批", "轮", "节", "课",
        "门", "盒", "卷", "版", "处", "支", "组", "队", "届", "首", "封", "瓶", "袋", "箱", "尊", "枚",
        "倍", "分", "%", "‰", "个点",
        // Further measure words of general use (livestock, volumes, energy, documents …).
        "剂次", "剂", "人份", "份次", "人日", "头", "羽", "匹", "尾", "口", "根", "粒", "颗", "把", "副", "双",
        "对", "串", "束", "包", "桶", "罐", "杯", "克", "毫升", "千瓦时", "千瓦", "兆瓦", "万千瓦时", "标箱",
        "顷", "层", "幢", "部", "集", "档", "讲", "堂", "笔", "单", "票", "遍", "趟", "片", "方", "道", "度",
        "欧元", "港元", "万吨", "车", "窝", "筐", "担", "亩地", "年", "金", "银", "铜",
        // Seventh pass: beds of care homes and hospitals (新增床位500张, 棉被1000床).
        "床位", "床",
        // Eleventh pass: classes of a classification (馆藏22大类, 分6大类): 大 here is no adjective
        // of the thing counted but part of the measure, so the figure is read whole.
        "大类",
        // Twelfth pass: masses of a concentration (37.1微克/立方米, 12.5毫克/升).
        "微克", "毫克",
        // Thirteenth pass: leaves of doors and windows (修理窗户达十多扇, 三扇门).
        "扇",
        // metrics19: per-mille points as 个百分点 are percentage points (下降3.18个千分点), the
        // kilovolt of power lines (新架10千伏线路; 千伏 is one unit, as 千瓦), and the running
        // metre of construction (桥梁1504.4延米).
        "个千分点", "千伏安", "千伏", "延米",
        // Fifteenth pass: aspects of an announced list (三方面工作:一是…); 一方面 is a
        // connective, not a count (`QuantityExclusions`).
        "方面",
        // Eighteenth pass: seconds as a duration (不到13秒钟处置一起); bare 秒 stays out, as
        // it ends a time of day (8时30分15秒).
        "秒钟",
        // Eighteenth pass (corpus w): 平方 alone for 平方米 (体育面积37849平方, 新增面积8082平方);
        // the lexicon still takes 平方米 and 平方公里 whole, as it matches the longest first.
        "平方",
        // Nineteenth pass (corpus y): the one-letter square units of CJK compatibility (建筑面积
        // 60㎡, 3.5㎢, 200㎥, 12㎞, 50㎏); no fold turns them into 平方米 or m², so they are units
        // of their own.
        "㎡", "㎢", "㎥", "㎞", "㎏",
    ])

    /// Units counted only after Arabic digits: after a Chinese numeral they form words
    /// (一片, 一道, 一度, 四方, 一口气, 一头, 一把手, 一笔, 一对一).
    static let arabicOnlyUnits: Set<String> = ["片", "道", "度", "方", "口", "头", "把", "笔", "对", "单", "票",
                                               "车", "包", "部", "集", "档", "金", "银", "铜", "讲", "堂", "串", "束", "双", "副",
                                               "担", "尾", "根", "粒", "颗"]

    /// Following scalars that turn a one-character unit into another word
    /// (台账, 一次性, 一起来, 面积 …), so the number is not a quantity of that unit.
    static let unitBlockers: [UInt32: Set<UInt32>] = {
        let table: [String: String] = [
            "台": "账阶湾风", "次": "性要数序生", "起": "来到步草点诉床码", "面": "积临向貌对上前料",
            "期": "间待刊望末限中初", "名": "单称义额次", "种": "类植子", "场": "所地景馆",
            "家": "庭长乡属园具政风教访族", "人": "民们口才均大事", "所": "有在以谓得属长",
            "条": "件例款", "本": "届次人地着身级科", "位": "置于", "套": "餐路", "节": "日约点目能假",
            "版": "本权面块", "组": "织成建合长", "队": "伍员长", "处": "理置罚室长于",
            "门": "诊户槛类口票", "首": "先次都届位批", "届": "时满", "份": "额子", "例": "如子会外",
            "批": "准评示复次", "轮": "流换岗训", "分": "别析钟享配类工布管级", "块": "钱",
            "间": "隔断接", "只": "要是有能", "支": "持援付出撑", "米": "粮面", "元": "旦素月宵",
            "课": "题程堂件", "类": "型似别", "年": "级制度底初末前后月份代龄会鉴终中内来轻华薪检", "金": "额融库牌奖",
            "银": "行奖牌", "铜": "奖牌", "口": "径岸罩号碑气", "头": "脑条部号", "方": "面案式法向针位便",
            "对": "于接象照比待标口外", "包": "括含装干保", "部": "门署分长位", "集": "中体团聚成", "度": "过",
            "层": "次面级", "档": "案次", "堂": "课", "笔": "记试", "单": "位元独", "车": "辆间", "票": "据",
            "道": "路德理", "片": "区", "扇": "子形贝动区", "双": "方向拥", "克": "服",
        ]
        var result = [UInt32: Set<UInt32>]()
        for (unit, blockers) in table { result[U.s(unit.unicodeScalars.first!)] = Set(blockers.unicodeScalars.map(\.value)) }
        return result
    }()

    /// Qualifiers written before the number; the value is the canonical form reported.
    static let prefixQualifiers = Lexicon([
        "不少于", "不低于", "不超过", "不高于", "不多于", "至少",
        "将近", "接近", "超过", "大约", "约为", "突破", "不足", "不到", "高达", "多达", "达到了", "达到",
        "达", "约", "近", "超", "逾", "过", "上",
    ])
    static func canonicalPrefix(_ word: String) -> String {
        // One plain letter (达, 约, 近 …) is its own form: no word of two letters or more is
        // canonically equivalent to it, and the switch compared it with all seven.
        if word.unicodeScalars.count == 1, let scalar = word.unicodeScalars.first, LineText.isPlain(scalar.value) { return word }
        return canonicalPrefixBySwitch(word)
    }

    /// `canonicalPrefix` without its shortcut (the tests compare the two).
    static func canonicalPrefixBySwitch(_ word: String) -> String {
        switch word {
        case "达到了", "达到", "高达", "多达": return "达"
        case "将近", "接近": return "近"
        case "超过": return "超"
        case "大约", "约为": return "约"
        default: return word
        }
    }
    /// Words ending in a prefix-qualifier character that are not qualifiers
    /// (节约, 最近, 通过, 送达 …); checked against the text before the qualifier. 到达 is not
    /// among them (metrics19): right before a figure it is "reached" (进展到达9302万袋 → 达), as
    /// 达到 is; before a place it meets no figure.
    static let falseQualifierContext = Lexicon([
        "节约", "制约", "签约", "条约", "合约", "履约", "预约", "公约", "集约", "特约", "邀约",
        "最近", "附近", "邻近", "靠近", "临近", "就近", "亲近", "贴近",
        "表达", "发达", "传达", "下达", "送达", "抵达", "通达", "转达", "上达", "直达", "畅达",
        "以上", "向上", "之上", "线上", "网上", "马上", "加上", "晚上", "早上", "基础上", "身上",
    ])
    /// Qualifiers after the number or unit.
    static let postQualifiers = Lexicon(["以上", "左右", "以下", "以内", "之多", "有余", "上下"])

    /// Verbs before a percentage or count that make it a signed change (增产/减产: output that grew
    /// or fell, 比上年增产474.8万吨 — an increment, not an amount; xrate20).
    static let increaseWords = Lexicon(["增长", "增加", "提高", "上升", "提升", "增幅", "涨幅", "增", "增收", "多收", "增支", "增产"])
    static let decreaseWords = Lexicon(["下降", "减少", "降低", "回落", "下滑", "减", "降", "减收", "少收", "减支", "减产", "降幅", "减幅", "跌幅"])
    /// Nouns of a change that take a linking verb before the figure (增幅为12%).
    static let changeNouns = Lexicon(["增幅", "涨幅", "降幅", "减幅", "跌幅"])

    /// Adverbs and verbs trimmed from the ends of a quantity's subject phrase.
    static let subjectLeadingNoise = Lexicon([
        "累计", "共计", "总计", "合计", "一共", "总共", "先后", "已经", "已", "共", "并", "还", "又", "另",
        "其中", "同时", "此外", "另外", "全年", "上半年", "下半年", "今年", "目前", "截至目前", "截止目前",
    ])
    static let subjectTrailingNoise = Lexicon([
        "达到了", "达到", "共计", "总计", "合计", "累计", "一共", "总共", "约为", "约", "达", "为", "了",
        "有", "是", "到", "计", "共", "已", "均", "将", "又", "再", "近", "超", "逾", "超过", "高达",
    ])
}
