/// Numbers that were deleted and left their measure word behind:
/// "共举办文体活动次。", "辖区家网吧", "收缴非法音像制品余套", "区委办[20xx]号".
///
/// In normal Chinese a measure word at the end of a clause follows a number
/// (举办活动5次) or is part of a word (多次, 市场, 国家). So a clause-final measure
/// preceded by an ordinary character that does not form a known word with it means
/// the number is missing. The word lists are general vocabulary.
enum MissingNumberRule {
    /// Measure words checked at the end of a clause.
    static let clauseEndMeasures = Lexicon([
        "次", "场", "家", "册", "项", "件", "台", "套", "篇", "份", "例", "座", "幅", "万元", "亿元",
        "平方米", "平方千米", "平方公里", "公里",
    ])
    /// Words that legitimately end in one of those measures.
    static let wordsEndingInMeasure = Lexicon([
        // 次
        "多次", "首次", "本次", "此次", "这次", "那次", "每次", "历次", "屡次", "依次", "层次", "档次", "名次",
        "批次", "其次", "再次", "逐次", "班次", "车次", "席次", "频次", "场次", "轮次", "初次", "上次", "下次",
        "该次", "数次", "几次", "人次", "架次", "户次", "项次", "件次", "册次", "年次", "一次", "二次", "渐次",
        "位次", "主次", "累次", "检次", "诊次", "期次", "课次", "卷次", "台次", "艘次", "辆次", "家次", "所次",
        "篇次", "间次", "条次", "份次", "例次", "天次", "人日次",
        // 场
        "市场", "广场", "现场", "会场", "剧场", "农场", "考场", "战场", "赛场", "球场", "商场", "机场", "立场",
        "登场", "出场", "入场", "在场", "开场", "收场", "下场", "主场", "牧场", "林场", "官场", "职场", "秀场",
        "片场", "卖场", "渔场", "道场", "专场", "满场", "全场", "当场", "排场", "靶场", "磁场", "气场", "一场",
        "操场", "会场", "刑场", "赌场", "猎场", "冰场", "剧场", "影场", "车场", "停车场", "菜市场", "游乐场",
        "垃圾场", "养殖场", "屠宰场", "运动场", "体育场", "演出场", "上场", "退场", "散场", "捧场", "救场", "圆场",
        "包场", "同场", "分场", "填埋场", "处理场", "堆场", "训练场", "试验场", "竞技场", "采石场", "木材场", "站场", "货场", "终场", "半场", "前场", "后场", "客场", "场场", "每场", "本场", "首场", "该场",
        // 家
        "国家", "专家", "大家", "农家", "作家", "画家", "艺术家", "企业家", "科学家", "回家", "在家", "全家",
        "住家", "到家", "娘家", "东家", "独家", "商家", "厂家", "卖家", "买家", "店家", "名家", "行家", "百家", "万家",
        "千家", "人家", "自家", "本家", "管家", "居家", "离家", "持家", "当家", "治家", "成家", "安家", "发家",
        "起家", "养家", "顾家", "亲家", "皇家", "儒家", "道家", "法家", "兵家", "赢家", "输家", "玩家", "冤家",
        "婆家", "老家", "音乐家", "书法家", "美术家", "文学家", "政治家", "思想家", "实业家", "收藏家", "评论家",
        "舞蹈家", "摄影家", "戏剧家", "表演艺术家", "教育家", "社会活动家", "军事家", "外交家", "银行家", "资本家",
        "员工之家", "职工之家", "会员之家", "妇女之家", "青年之家", "党员之家", "每家", "各家", "该家", "这家",
        "那家", "哪家", "几家", "数家", "多家", "两家", "一家", "全家", "酒家", "渔家", "船家", "庄家", "仇家",
        // 册
        "手册", "注册", "名册", "画册", "花名册", "台册", "账册", "图册", "宣传册", "纪念册", "分册", "上册",
        "下册", "一册", "成册", "造册", "在册", "登记册", "相册", "影册", "卷册", "史册", "簿册", "每册",
        // 项
        "事项", "款项", "强项", "弱项", "单项", "专项", "选项", "各项", "一项", "立项", "多项", "逐项", "分项",
        "减项", "加项", "缺项", "漏项", "该项", "此项", "这项", "那项", "每项", "几项", "数项", "两项", "诸项",
        "细项", "子项", "大项", "小项", "全项", "本项", "列项", "奖项", "项项", "弊项",
        // 件
        "文件", "条件", "事件", "案件", "软件", "硬件", "附件", "邮件", "配件", "证件", "部件", "物件", "信件",
        "稿件", "要件", "构件", "零件", "组件", "插件", "急件", "快件", "一件", "每件", "各件", "该件", "此件",
        "这件", "那件", "几件", "数件", "多件", "两件", "办件", "来件", "函件", "原件", "复印件", "挂件", "案卷件",
        "器件", "元件", "工件", "铸件", "样件", "机件", "批件", "密件", "电报件", "承诺件", "即办件", "上报件",
        // 台
        "平台", "舞台", "出台", "电台", "电视台", "后台", "前台", "阳台", "讲台", "柜台", "站台", "看台", "擂台",
        "上台", "下台", "登台", "同台", "垮台", "倒台", "一台", "烟台", "天台", "兰台", "戏台", "月台", "灶台",
        "窗台", "工作台", "主席台", "观礼台", "观景台", "操作台", "指挥台", "控制台", "服务台", "展台", "大展台",
        "每台", "各台", "该台", "这台", "几台", "数台", "多台", "两台", "台台", "亭台", "楼台", "露台", "砚台",
        // 套
        "配套", "一套", "成套", "全套", "俗套", "客套", "手套", "外套", "圈套", "老套", "整套", "被套", "笔套",
        "枕套", "套套", "每套", "各套", "几套", "数套", "多套", "两套", "护套", "封套", "书套", "上套", "配套",
        // 篇
        "开篇", "名篇", "诗篇", "长篇", "短篇", "篇篇", "全篇", "通篇", "上篇", "下篇", "续篇", "中篇", "终篇",
        "每篇", "各篇", "几篇", "数篇", "多篇", "两篇", "一篇", "新篇", "华篇", "佳篇", "鸿篇", "首篇", "本篇",
        // 份
        "身份", "股份", "月份", "年份", "省份", "部份", "一份", "每份", "份份", "备份", "缘份", "辈份", "成份",
        "各份", "几份", "数份", "多份", "两份", "县份", "季份", "本份", "名份", "福份", "情份",
        // 例
        "比例", "案例", "病例", "条例", "惯例", "范例", "先例", "实例", "特例", "体例", "举例", "示例", "事例",
        "一例", "破例", "照例", "凡例", "常例", "个例", "战例", "判例", "首例", "史例", "每例", "各例", "几例",
        "数例", "多例", "两例", "例例", "为例", "按比例", "成比例", "此例", "该例", "病例数",
        // 座
        "讲座", "在座", "星座", "底座", "宝座", "满座", "客座", "就座", "入座", "首座", "上座", "一座", "每座",
        "各座", "几座", "数座", "多座", "两座", "插座", "基座", "专题讲座",
        // 幅
        "篇幅", "增幅", "降幅", "涨幅", "振幅", "跌幅", "大幅", "画幅", "横幅", "条幅", "巨幅", "一幅", "每幅",
        "各幅", "几幅", "数幅", "多幅", "两幅", "幅幅", "宽幅", "单幅", "全幅", "半幅", "边幅", "减幅", "升幅",
        // money and area
        "数万元", "几万元", "百万元", "千万元", "亿万元", "数亿元", "几亿元", "百亿元", "千亿元", "万亿元",
        "每平方米", "每平方千米", "每平方公里", "每公里",
    ])
    /// 家 followed by a business noun ("辖区家网吧", "和家KTV").
    static let countedByJia = Lexicon([
        "网吧", "KTV", "企业", "单位", "公司", "门店", "商户", "酒吧", "书店", "超市", "医院", "机构", "场所",
        "银行", "宾馆", "酒店", "影院", "网点", "店铺", "民宿", "卫生室", "诊所", "药店", "景区", "合作社",
        "工厂", "歌舞厅", "游艺厅", "娱乐场所", "印刷厂", "出版社", "书屋", "农家乐",
    ])
    /// Characters before 家 that make it a word or a determiner, not a missing number.
    static let jiaBlockers = ScalarSet("这那每各该本此某哪多几数余首一二三四五六七八九十百千万两全大国专作商厂店农住在回离个之有家酒渔船庄".unicodeScalars.map(\.value))
    /// Words ending in 余 that are not an approximation (其余, 业余 …).
    static let wordsEndingInYu = Lexicon([
        "其余", "剩余", "业余", "多余", "有余", "课余", "节余", "残余", "富余", "盈余", "结余", "空余", "之余",
        "闲余", "工余", "茶余", "饭余", "余余", "宁余", "年余", "月余", "周余", "天余", "时余",
    ])
    static let movementVerbs = ScalarSet("进出入离到退上下登开散回返清救赶抢".unicodeScalars.map(\.value))
    static let numeralLike = ScalarSet("零〇一二两三四五六七八九十百千万亿几数余多半若干某每各该本此这那".unicodeScalars.map(\.value))

    /// Every deleted number on the line: the clause-end rules here and the grammar of
    /// `MissingNumberSlots`, one finding per position, none inside a quantity read.
    static func scan(_ line: LineText, quantities: [QuantityHit]) -> [Hit] {
        var hits = clauseEnd(line)
        for hit in MissingNumberSlots.scan(line) + MissingNumberSlots.totals(line) + approximate(line) where !hits.contains(where: { $0.start < hit.end && hit.start < $0.end }) {
            hits.append(hit)
        }
        // A template's cover form (日 期: ______) names its fields; 期 there counts nothing.
        let forms = hits.isEmpty ? [] : WebChrome.coverForms(line)
        return hits.filter { hit in
            !quantities.contains { $0.start < hit.end && hit.start < $0.end } && !forms.contains { $0.contains(hit.start) }
        }
    }

    /// Where `clauseEnd` stops: `clauseEndMeasures.nextCandidate(…, 号, 余)` as one bitset.
    static let clauseEndCandidates = CandidateMask(clauseEndMeasures, U.s("号"), U.s("余"))

    static func clauseEnd(_ line: LineText) -> [Hit] {
        var hits = [Hit]()
        let count = line.count
        // One lazy-static access per line, not per scalar.
        let (measures, candidates) = (clauseEndMeasures, clauseEndCandidates)
        var index = 1
        while index < count {
            // Straight to the next 号, 余 or measure word (家 is one).
            index = candidates.next(in: line.norm, from: index, to: count)
            guard index < count else { break }
            let scalar = line[index]
            if scalar == U.s("号"), line[index - 1] == U.rbracket || line[index - 1] == U.rbracketCJK {
                hits.append(make(line, index, index + 1, measure: "号", what: "文号缺少序号", en: "the document number has no serial number"))
            } else if scalar == U.s("余"), let hit = missingBeforeYu(line, index) {
                hits.append(hit)
            } else if scalar == U.s("家"), let hit = missingBeforeJia(line, index) {
                hits.append(hit)
            } else {
                // A measure read whole (平方公里) is one candidate: the shorter measure inside it (公里)
                // is part of the same word, never a candidate of its own (x平方公里 is one blank).
                let length = measures.prefix(in: line.norm, at: index)
                if length > 0 {
                    if let hit = missingAtClauseEnd(line, index, length) { hits.append(hit) }
                    index += length
                    continue
                }
            }
            index += 1
        }
        return hits
    }

    private static func isPlainChinese(_ scalar: UInt32) -> Bool {
        CharClass.of(scalar).contains(.ideograph) && !numeralLike.contains(scalar)
    }

    private static func missingAtClauseEnd(_ line: LineText, _ start: Int, _ length: Int) -> Hit? {
        let end = start + length
        let after = line[end]
        guard end >= line.count || CharClass.of(after).contains(.clauseBreak) || after == U.comma || after == U.semicolon
                || after == U.colon || after == U.s("。") || after == U.s("、") else { return nil }
        guard isPlainChinese(line[start - 1]) else { return nil }
        if MissingNumberSlots.unitDeclared(line, start - 1) { return nil }   // 单位为万元(人民币)
        if countedAsNoun(line, start) || endsCountedNameList(line, from: end) || closesListedName(line, start, end) { return nil }
        if end >= line.count, wrapsMidWord(line) { return nil }
        // 进场, 出场, 到场: a verb of movement before 场 makes a verb, not a count.
        if line[start] == U.s("场"), movementVerbs.contains(line[start - 1]) { return nil }
        if wordsEndingInMeasure.suffix(in: line.norm, endingAt: end) > length { return nil }
        if namesGrade(line, start) { return nil }   // 考核良好等次
        // 均无超时办结件, 没有出现退回件: a kind of thing whose existence the clause denies
        // (无, 没有 before it) — a noun such as 办结件, no count was meant (issue #14, corpus-k).
        if deniesExistence(line, clause: Sentences.clauseStart(line, before: start)..<start) { return nil }
        // 分工不分家, 未到场: a negation and one verb before the measure make a verb phrase;
        // a count is never negated so (不少于5家 has its number).
        if length == 1, start >= 2, negations.contains(line[start - 2]) { return nil }
        let measure = line.string(start..<end)
        return make(line, start, end, measure: measure, what: "“\(measure)”前缺少数字", en: "no number before “\(measure)”")
    }

    /// A long line of prose that stops on a letter with no punctuation was wrapped (a PDF or a
    /// document site's extraction: …召开了全校的家 ⏎ 长会, …迁建项 ⏎ 目正在…): the measure word
    /// it ends on is the first letter of a word the next line finishes. A deleted number inside
    /// a sentence keeps the punctuation after its measure; a short line (a heading, a form row)
    /// ending on a measure is still read.
    private static func wrapsMidWord(_ line: LineText) -> Bool {
        line.count >= wrappedLineLength && (line.contains(scalar: U.ideoStop) || line.contains(scalar: U.comma))
    }
    static let wrappedLineLength = 40

    /// 没有, or 无 standing as the verb: at the clause's start or after an adverb (均无, 并无,
    /// 尚无). 无 inside a word (无偿献血共 人, 无害化处理 吨) denies nothing.
    private static func deniesExistence(_ line: LineText, clause: Range<Int>) -> Bool {
        clause.contains { index in
            if line[index] == U.s("没"), line[index + 1] == U.s("有") { return true }
            guard line[index] == U.s("无") else { return false }
            return index == clause.lowerBound || denialAdverbs.contains(line[index - 1])
        }
    }
    private static let denialAdverbs = ScalarSet("均并尚暂也都亦皆再从毫".unicodeScalars.map(\.value))
    static let negations = ScalarSet("不未没".unicodeScalars.map(\.value))

    private static func missingBeforeJia(_ line: LineText, _ index: Int) -> Hit? {
        guard index > 0, countedByJia.prefix(in: line.norm, at: index + 1) > 0 else { return nil }
        let before = line[index - 1]
        guard CharClass.of(before).contains(.ideograph), !jiaBlockers.contains(before) else { return nil }
        return make(line, index, index + 1, measure: "家", what: "“家”前缺少数字", en: "no number before “家”")
    }

    private static func missingBeforeYu(_ line: LineText, _ index: Int) -> Hit? {
        let unitLength = Vocabulary.units.prefix(in: line.norm, at: index + 1)
        let magnitude = line[index + 1] == U.s("万") || line[index + 1] == U.s("亿")
        guard unitLength > 0 || magnitude, isPlainChinese(line[index - 1]) else { return nil }
        if wordsEndingInYu.suffix(in: line.norm, endingAt: index + 1) > 0 { return nil }
        let end = index + 1 + max(unitLength, magnitude ? 1 : 0)
        return make(line, index, end, measure: line.string((index + 1)..<end), what: "“余”前缺少数字", en: "no number before “余”")
    }

    static func make(_ line: LineText, _ start: Int, _ end: Int, measure: String, what: String, en: String) -> Hit {
        Hit(kind: .missingNumber, severity: .error, start: start, end: end,
            message: "疑似数字被删除:\(what)(量词“\(measure)”前没有数值)",
            en: "A number seems to have been deleted: \(en) (nothing before the measure word “\(measure)”)")
    }
}
