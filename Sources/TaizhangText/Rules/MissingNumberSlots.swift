/// Deleted numbers recognised by grammar rather than by the clause end:
/// - a unit that always needs a number (%, ‰, 个百分点, 万元, 亿元, 人次 …) with no
///   number before it (占比%, 收入为 万元, 资金万元);
/// - any measure word right after a verb or preposition that takes a number
///   (较年初增加户, 共计场, 新增家,), or after a blank (a space where the figure was);
/// - a year deleted before 年上半年 / 年1-6月 at the start of a clause;
/// - a decimal whose integer part is gone (.52亿元).
/// Positions inside a quantity the scanner read are never candidates (剂次, 人份).
enum MissingNumberSlots {
    /// Units that never stand without a number before them.
    static let strongUnits = Lexicon([
        "%", "‰", "个百分点", "百分点", "万元", "亿元", "万美元", "亿美元", "万人次", "人次", "万人", "万户",
        "万吨", "平方米", "平方公里", "公顷",
    ])
    /// Verbs and prepositions whose complement is a number (增加5户, 为3万元, 共计10场).
    static let numberSlots = Lexicon([
        "为", "达", "达到", "增加", "减少", "增长", "下降", "提高", "降低", "提升", "新增", "净增", "共计", "合计",
        "总计", "累计", "共", "计", "约", "近", "超", "超过", "逾", "突破", "完成", "实现", "占", "占比", "增幅",
        "降幅", "同比", "环比", "投入", "发放", "补助",
    ])
    /// Words in which a strong unit is not a figure's unit (单位:万元 in a table header,
    /// 每万元 as a rate, 数万元 as an estimate).
    static let headerWords = Lexicon(["单位", "每", "数", "几", "上", "近", "亿", "万", "千", "百", "十"])
    /// 以/按/用 … 计 (为单位, 表示 …): a unit named, with no figure meant (以万元为单位统计).
    static let unitNamers = ScalarSet("以按用".unicodeScalars.map(\.value))
    static let unitNaming = Lexicon(["计", "为单位", "为计量单位", "表示", "统计", "为准"])
    /// 年 followed by a period: at a clause start the year is missing (“年上半年，…”).
    static let periodAfterYear = Lexicon(["上半年", "下半年", "1-6月", "1—6月", "1~6月", "一季度", "第一季度", "半年", "全年"])
    static let clausePunctuation = ScalarSet(",;。、!?".unicodeScalars.map(\.value))
    static let yearSlots = ScalarSet("在于至到自从截".unicodeScalars.map(\.value))
    static let measures = Lexicon(measureWords)
    /// Where `scan` stops: a measure word, or 月 (a deleted month or day, `dateAtSlot`).
    static let candidates = Lexicon(measureWords + ["月"])
    /// Where `scan` stops: `strongUnits.nextCandidate(…, or: candidates, 年, .)` as one bitset.
    static let stops = CandidateMask(strongUnits, or: candidates, U.s("年"), U.dot)
    static let measureWords = ["户", "家", "场", "次", "个", "项", "件", "名", "人", "所", "座", "台", "套", "篇",
                                   "份", "例", "起", "批", "期", "处", "条", "支", "辆", "册", "张", "间", "元", "倍"]
    /// Slots before an ordinary measure word: two-character verbs only, because one
    /// character forms idioms with a measure (以人为本, 以校为家, 计件).
    static let measureSlots = Lexicon([
        "达到", "增加", "减少", "增长", "下降", "提高", "降低", "提升", "新增", "净增", "共计", "合计", "总计", "累计",
        "超过", "突破", "完成", "实现", "投入", "发放", "受理", "办理", "接待", "培训", "开展", "举办", "组织", "共有",
        "现有", "涉及", "覆盖", "惠及", "帮扶", "走访", "慰问", "检查", "排查", "查处", "整改", "调解", "出动",
    ])

    static func scan(_ line: LineText) -> [Hit] {
        var hits = [Hit]()
        var index = 0
        let (strongUnits, measures, stops) = (Self.strongUnits, Self.measures, Self.stops)
        while index < line.count {
            // Straight to the next unit, measure word, 年 or dot.
            index = stops.next(in: line.norm, from: index, to: line.count)
            guard index < line.count else { break }
            let strong = strongUnits.prefix(in: line.norm, at: index)
            if strong > 0, isUnitStart(line, index), let hit = strongUnit(line, index, strong) {
                hits.append(hit); index += strong; continue
            }
            let measure = measures.prefix(in: line.norm, at: index)
            if measure > 0, let hit = afterSlot(line, index, measure) { hits.append(hit); index += measure; continue }
            if line[index] == U.s("年"), let hit = yearAtClauseStart(line, index) ?? awardYear(line, index) { hits.append(hit) }
            if line[index] == U.s("月"), let hit = dateAtSlot(line, index) { hits.append(hit) }
            if line[index] == U.s("倍"), let hit = multipleAfterDe(line, index) { hits.append(hit) }
            if line[index] == U.dot, let hit = leadingDot(line, index) { hits.append(hit) }
            index += 1
        }
        return hits
    }

    /// 个百分点 is one unit; 百分点 alone after 个 is its tail.
    private static func isUnitStart(_ line: LineText, _ index: Int) -> Bool {
        !(line[index] == U.s("百") && line[index - 1] == U.s("个"))
    }

    /// The character before `index`, skipping spaces, and whether spaces were skipped.
    private static func before(_ line: LineText, _ index: Int) -> (position: Int, blank: Bool) {
        var position = index - 1
        while position >= 0, line.cls(position).contains(.space) { position -= 1 }
        return (position, position < index - 1 && !isLetterSpaced(line, before: index))
    }

    private static func takesNoNumber(_ line: LineText, _ position: Int) -> Bool {
        guard position >= 0 else { return true }
        let cls = line.cls(position)
        if cls.contains(.digit) || cls.contains(.cjkNumeral) || cls.contains(.latin) { return false }
        let scalar = line[position]
        if PlaceholderRule.isMark(scalar) || scalar == U.s("□") || scalar == U.s("余") || scalar == U.s("多")
            || scalar == U.s("几") || scalar == U.s("数") || scalar == U.s("半") || scalar == U.s("○") { return false }
        return true
    }

    private static func strongUnit(_ line: LineText, _ index: Int, _ length: Int) -> Hit? {
        let (position, blank) = before(line, index)
        guard takesNoNumber(line, position) else { return nil }
        let previous = line[position]
        // Table headers and labels: (万元), 单位:万元, 、%、, 读者人次(人次), cells split by tabs.
        if previous == U.lparen || previous == U.colon || previous == U.ideoComma || previous == U.slash
            || line[index + length] == U.rparen || line[index + length] == U.lparen || position < line.contentStart
            || line.contains(scalar: 0x09) { return nil }
        if !blank, headerWords.suffix(in: line.norm, endingAt: position + 1) > 0 { return nil }
        // 单位为万元, 计量单位是吨: the measure declared as the unit of a table or a column (blanks19).
        if unitDeclared(line, position) { return nil }
        guard line.cls(position).contains(.ideograph) else { return nil }
        // 以万元计, 按万元计算, 以%表示: the unit is named as a unit, not a figure's.
        if unitNamers.contains(previous), unitNaming.prefix(in: line.norm, at: index + length) > 0 { return nil }
        // 万人 / 人次 as words (万人空巷, 人次数) only count before a clause end or a noun boundary.
        let unit = line.string(index..<(index + length))
        let money = unit.hasSuffix("元")
        if money, line[index + length] == U.s("户") { return nil }   // 万元户
        if !blank, namesSizeClass(line, index, length) { return nil }   // 亿元以上项目
        if !blank, namesIntensity(line, index, length) { return nil }   // 万元GDP用水量
        // 门诊人次、出院人次、手术例数等五项指标: a count unit closing a name of a 、-list counted after 等
        // names an indicator (zf23), as a measure letter closing a place's name does (`endsCountedNameList`).
        if !blank, !money, unit != "%", unit != "‰", MissingNumberRule.endsCountedNameList(line, from: index + length) { return nil }
        // 一、诊疗人次: a count unit closing an outline heading names the section's measure
        // (a column title), unless a verb that takes a number stands right before it (三、共接待人次).
        if unit != "%", unit != "‰", !money, lineEnds(line, after: index + length), let heading = HeadingParser.parse(line),
           position >= heading.markerEnd, numberSlots.suffix(in: line.norm, endingAt: position + 1) == 0,
           measureSlots.suffix(in: line.norm, endingAt: position + 1) == 0 { return nil }
        if unit != "%", unit != "‰", !money, !blank, numberSlots.suffix(in: line.norm, endingAt: position + 1) == 0,
           !line.cls(index + length).contains(.clauseBreak), index + length < line.count { return nil }
        return make(line, index, index + length, unit)
    }

    /// Nothing but spaces from `index` to the end of the line.
    private static func lineEnds(_ line: LineText, after index: Int) -> Bool {
        var position = index
        while position < line.count, line.cls(position).contains(.space) { position += 1 }
        return position >= line.count
    }

    private static func afterSlot(_ line: LineText, _ index: Int, _ length: Int) -> Hit? {
        let end = index + length
        // The measure must end its phrase: 增加户, / 共计场。 (not 增加人员, 组织人事).
        guard end >= line.count || line.cls(end).contains(.clauseBreak) || line.cls(end).contains(.space) else { return nil }
        let (position, blank) = before(line, index)
        guard position >= 0, line.cls(position).contains(.ideograph), !line.cls(position).contains(.cjkNumeral) else { return nil }
        let slot = measureSlots.suffix(in: line.norm, endingAt: position + 1)
        guard slot > 0 || blank else { return nil }
        if !blank, splitsWord(line, after: end) { return nil }   // 完成项 目投资 (`MissingNumberSlots+SplitWords`)
        if !blank, MissingNumberRule.wordsEndingInMeasure.suffix(in: line.norm, endingAt: end) > length { return nil }
        if let blockers = Vocabulary.unitBlockers[line[index]], length == 1, blockers.contains(line[end]) { return nil }
        return make(line, index, end, line.string(index..<end))
    }

    private static func yearAtClauseStart(_ line: LineText, _ index: Int) -> Hit? {
        let previous = line[index - 1]
        let cls = line.cls(index - 1)
        if periodAfterYear.prefix(in: line.norm, at: index + 1) == 0 {
            // 年6月 only where the year surely went: after a date slot (于年6月) or a clause's
            // punctuation — not at a line's start (a figure wrapped onto the line before:
            // 2023⏎年6月), nor after a bracket or a quote (（ ）年6月 is a form's blank).
            guard monthFollows(line, index + 1), !line.cls(index - 2).contains(.digit),
                  yearSlots.contains(previous) || clausePunctuation.contains(previous) else { return nil }
        }
        let atStart = index <= line.contentStart || cls.contains(.clauseBreak) || cls.contains(.space) || cls.contains(.quote)
            || yearSlots.contains(previous) && !line.cls(index - 2).contains(.digit)
        guard atStart, !cls.contains(.digit), !PlaceholderRule.isMark(previous) else { return nil }
        // A year written as a template's blank and spaced off (xxxx 年上半年, 20** 年): the year
        // is there as a blank (the placeholder rule's), not deleted.
        if cls.contains(.space), !takesNoNumber(line, before(line, index).position) { return nil }
        return make(line, index, index + 1, "年")
    }

    /// .52亿元: a decimal point with digits after it and none before.
    private static func leadingDot(_ line: LineText, _ index: Int) -> Hit? {
        guard line.cls(index + 1).contains(.digit), !line.cls(index - 1).contains(.digit), !line.cls(index - 1).contains(.latin),
              line[index - 1] != U.dot, index > line.contentStart else { return nil }
        var end = index + 1
        while line.cls(end).contains(.digit) { end += 1 }
        let magnitude = QuantityScanner.latinMagnitudes.prefix(in: line.norm, at: end)
        let unit = magnitude + Vocabulary.units.prefix(in: line.norm, at: end + magnitude)
        guard unit > 0 else { return nil }
        return Hit(kind: .missingNumber, severity: .error, start: index, end: end + unit,
                   message: "数字不完整:小数点前的整数部分缺失“\(line.string(index..<(end + unit)))”",
                   en: "Incomplete number: the digits before the decimal point are missing in “\(line.string(index..<(end + unit)))”")
    }

    static func make(_ line: LineText, _ start: Int, _ end: Int, _ measure: String) -> Hit {
        Hit(kind: .missingNumber, severity: .error, start: start, end: end,
            message: "疑似数字被删除:“\(measure)”前缺少数字(量词“\(measure)”前没有数值)",
            en: "A number seems to have been deleted: no number before “\(measure)” (nothing before the measure word “\(measure)”)")
    }
}
