import Testing
@testable import TaizhangText

/// The quantity families of metrics19, each read by grammar or character class, with the near
/// misses each reader must leave alone (names and codes with digits, weekdays, verbs, a count that
/// only follows a magnitude).
@Suite struct Metrics19FamilyTests {
    static func quantities(_ text: String) -> [Quantity] { Checker.check(text: "概况\n" + text).quantities }

    static func reads(_ text: String, _ value: Double, _ unit: String, _ qualifier: String? = nil) -> Bool {
        quantities(text).contains { abs($0.value - value) < 1e-6 && $0.unit == unit && $0.qualifier == qualifier }
    }

    static func line(_ text: String) -> LineText { LineText(number: 1, raw: text.unicodeScalars.map(\.value)) }

    /// The scanner's hits on the text as one line: near misses are checked here, where no other
    /// rule (a short line taken for chrome) could hide a false reading.
    static func hits(_ text: String) -> [QuantityHit] { QuantityScanner.scan(line(text)) }

    static func readsValue(_ text: String, _ value: Double) -> Bool {
        hits(text).contains { abs($0.number.value - value) < 1e-6 }
    }

    // MARK: unit symbols in Latin letters

    @Test func unitSymbolsAfterAFigureAreUnits() {
        #expect(Self.reads("清淤干渠12.5km,完成投资", 12.5, "km"))
        #expect(Self.reads("今年新建保障性住房建筑面积500m²,全部交付使用。", 500, "m²"))
        #expect(Self.reads("今年新建保障性住房建筑面积500m2,全部交付使用。", 500, "m2"))
        #expect(Self.reads("完成蓄水9260万m³,治理", 9260, "万m³"))
        #expect(Self.reads("完成蓄水9260万m?,治理", 9260, "万m?"))
        #expect(Self.reads("降水量仅90.5mm,比常年", 90.5, "mm"))
        #expect(Self.reads("年发电量1.2亿kW·h,", 1.2, "亿kW·h"))
        #expect(Self.reads("装机容量20MW,", 20, "MW"))
        #expect(Self.reads("渠道设计流量0.20m3/s,控制灌溉面积0.3万亩。", 0.2, "m3/s"))
        #expect(Self.reads("截流干管内污水流速可达1 m/s,防止沉积。", 1, "m/s", "达"))
        #expect(Self.reads("新建10kV线路3条", 10, "kV"))
        #expect(Self.reads("增加12 340万t,", 12340, "万t"))
        #expect(Self.reads("公路改造12KM,", 12, "KM"))
    }

    @Test func namesAndCodesWithDigitsAreNoUnits() {
        let names: [(String, Double)] = [("新建5G基站一批", 5), ("推广3D打印技术", 3), ("4K超高清频道", 4), ("3A级景区创建", 3),
                                         ("2B铅笔", 2), ("坚持5W1H方法", 5), ("用时10min完成", 10), ("4g网络覆盖", 4),
                                         ("G318线改造", 318), ("PM2.5浓度", 2.5), ("A4纸", 4), ("Win10系统", 10)]
        for (text, digits) in names {
            #expect(!Self.readsValue(text, digits), "\(text)")
        }
        // The helper reads what is there: the count in the same line as a name.
        #expect(Self.readsValue("新建5G基站12座", 12))
        // A figure inside a URL, a query or a code takes no unit symbol.
        #expect(!Self.readsValue("详见www.example.com/1m/index", 1))
        #expect(!Self.readsValue("参数size=5t,", 5))
        // A superscript lost to `?` only inside a sentence; at its end `?` is a question mark.
        #expect(QuantityScanner.scan(Self.line("河道水深能否达到5m?专家认为可以。")).contains { $0.unit == "m" })
        // Letters running on after a symbol make no symbol (m23, kmh, mmHg).
        #expect(!Self.readsValue("编号3m23,", 3))
        #expect(!Self.readsValue("血压120mmHg", 120))
    }

    // MARK: shares in words, counts per week

    @Test func sharesInWordsArePercentages() {
        #expect(Self.reads("学前三年入园率百分之百,", 100, "%"))
        #expect(Self.reads("巩固率为百分之八十四。", 84, "%"))
        #expect(Self.reads("覆盖率达到百分之九十五点五,", 95.5, "%", "达"))
        #expect(Self.reads("自然增长率为千分之三。", 3, "‰"))
        #expect(Self.reads("完成了百分之30的任务", 30, "%"))
        // 十分之一 is a fraction, not a share in %; 百分之 alone holds no figure.
        #expect(!Self.hits("仅占十分之一").contains { $0.unit == "%" })
        #expect(Self.hits("百分之的比例").isEmpty)
    }

    @Test func countsPerWeekAreCountsAndWeekdaysAreNot() {
        #expect(Self.reads("每周两次(周一、周五)", 2, "次"))
        #expect(Self.reads("坚持每周三次巡查", 3, "次"))
        #expect(!Self.reads("支部坚持一周两次集中学习,效果明显。", 2, "次"))   // the 一户一档 guard (left)
        #expect(Self.reads("每周两节体育课", 2, "节"))
        for text in ["每周一上午召开例会", "周五例会照常", "每周三下午学习", "本周一次日", "下周三开会"] {
            #expect(!Self.hits(text).contains { $0.unit == "次" || $0.unit == "例" }, "\(text)")
        }
    }

    // MARK: amounts in 兆 / 亿 / 万 groups

    @Test func amountsInGroupsAreReadWhole() {
        #expect(Self.reads("財物損失新臺幣 4 億 5,851 萬 3,000 元,", 458_513_000, "元"))
        #expect(Self.reads("減少 7,205 萬 0,000 元,", 72_050_000, "元"))
        #expect(Self.reads("完成投资3亿2000万元,", 32_000, "万元"))
        #expect(Self.reads("據統計,今年共發生 2 萬 3374 件火災,較去年減少。", 23_374, "件"))
        #expect(Self.reads("歲入維持3兆1,648億元,", 31_648, "亿元"))
        #expect(!Self.readsValue("財物損失新臺幣 4 億 5,851 萬 3,000 元,", 3000))
    }

    @Test func aCountAfterAMagnitudeIsNoLowerGroup() {
        // A lower group fills four places or is closed by the next magnitude; a count that only
        // follows a magnitude keeps its own measure.
        #expect(!Self.readsValue("投资2亿3个项目开工", 200_000_003))
        #expect(!Self.readsValue("新增1万 35户脱贫", 10_035))
        // 兆 without lower groups is left as it was (兆瓦 is a unit of 10⁶ watts).
        #expect(!Self.hits("装机3兆瓦,").contains { $0.number.value * $0.number.magnitude > 1e9 })
    }

    // MARK: qualifiers of bare magnitudes

    @Test func bareMagnitudesKeepTheirQualifier() {
        #expect(Self.reads("全镇共实施过千万元项目8个", 1, "千万元", "过"))
        #expect(Self.reads("其中過億元項目2個", 1, "亿元", "过"))
        #expect(Self.reads("与上百名离退休职工欢聚", 1, "百名", "上"))
        #expect(Self.reads("營業收入均破百億元,", 1, "百亿元", "破"))
        #expect(Self.reads("年产值首破万吨,", 1, "万吨", "破"))
    }

    @Test func aspectAndVerbLettersStayOut() {
        // 过 after a verb with a figure of digits is an aspect suffix, not a qualifier.
        #expect(Self.reads("开展过3次专项检查", 3, "次"))
        // 破 inside a verb (侦破, 打破) qualifies nothing.
        #expect(!Self.hits("侦破百起案件").contains { $0.qualifier == "破" })
        #expect(!Self.hits("打破千年传统").contains { $0.qualifier == "破" })
        #expect(!Self.hits("侦破百余起案件").contains { $0.qualifier == "破" })
    }

    // MARK: smaller members

    @Test func compoundUnitsAndReachedFigures() {
        #expect(Self.reads("比上年下降3.18个千分点", 3.18, "个千分点"))
        #expect(Self.reads("新架10千伏线路", 10, "千伏"))
        #expect(Self.reads("桥梁完工67座1504.4延米,", 1504.4, "延米"))
        #expect(Self.reads("历时三个多月,", 3, "个月", "多"))
        #expect(Self.reads("全县食用菌进展到达9302.05万袋,", 9302.05, "万袋", "达"))
        // 月 alone after 个多 still needs 个月 whole: 三个多月份 reads the same compound.
        #expect(!Self.reads("两个多方面", 2, "个方面", "多"))
    }

    @Test func aMeasureWrappedAfterItsMagnitudeJoinsTheFigure() {
        let report = Checker.check(text: "概况\n涉及农户16.8108 万\n户,发放补贴资金")
        #expect(report.quantities.contains { abs($0.value - 16.8108) < 1e-9 && $0.unit == "万户" })
        // A word opening the next line that only begins with a measure letter is no measure.
        let holiday = Checker.check(text: "概况\n完成投资1520万\n元旦期间开展慰问")
        #expect(!holiday.quantities.contains { $0.unit == "万元" })
    }
}
