import Testing
@testable import TaizhangText

/// The residue of how a text reached the web, read as what it stands for (twenty-third pass,
/// xnorm): HTML entities left as text, figures glued after an indicator's abbreviation, measure
/// words that begin a word a PDF extraction split, Kangxi radicals and compatibility ideographs.
/// Each shape with near misses that must stay as they were.
@Suite struct TransferResidueTests {
    static func quantities(_ text: String) -> [Quantity] { Checker.check(text: "概况\n" + text).quantities }
    static func findings(_ text: String, _ kind: FindingKind) -> [Finding] {
        Checker.check(text: "概况\n" + text).findings.filter { $0.kind == kind }
    }
    static func reads(_ text: String, _ value: Double, _ unit: String) -> Bool {
        quantities(text).contains { $0.value == value && $0.unit == unit }
    }

    // MARK: HTML entities

    @Test(arguments: [
        ("五岁以下儿童死亡率6.38permil;;婴儿死亡4例", 6.38, "‰"),     // name and ; without &
        ("婴儿死亡率2.83&permil;,", 2.83, "‰"),
        ("出生率7.1&#8240;,", 7.1, "‰"),
        ("出生率7.1&#x2030;,", 7.1, "‰"),
        ("占比达45&#37;,", 45, "%"),
        ("完成投资50&nbsp;万元,", 50, "万元"),                        // the space compacts as any PDF space
        ("受益群众3200&amp;nbsp;人次,", 3200, "人次"),                  // escaped twice
        ("覆盖率98.5percnt;", 98.5, "%"),
        ("婴儿死亡率3.1permil,比上年下降", 3.1, "‰"),                  // a long name, bare
    ] as [(String, Double, String)])
    func entitiesAreReadAsTheirCharacters(_ text: String, _ value: Double, _ unit: String) {
        #expect(Self.reads(text, value, unit), "\(text): \(Self.quantities(text).map { "\($0.value) \($0.unit)" })")
    }

    @Test func entityExcerptsKeepTheOriginalText() {
        let report = Checker.check(text: "概况\n五岁以下儿童死亡率6.38permil;;婴儿死亡4例")
        let rate = report.quantities.first { $0.unit == "‰" }
        #expect(rate?.text == "6.38permil;")
        #expect(report.quantities.first { $0.unit == "例" }?.column == 26)   // columns count the text as written
    }

    @Test(arguments: [
        "AT&T公司10家",         // & before no entity name
        "R&D投入5亿元",
        "阅读permilk10本",      // letters continue past the name
        "Ebnbsp10本",           // a name inside a Latin word is the word's letters
        "增长5lt6",             // short names need & or ; (bare lt, gt, deg are letters)
        "设备3times",           // the same for times
    ])
    func lettersThatAreNoEntityStay(_ text: String) {
        let line = LineText(number: 1, raw: Array(text.unicodeScalars.map(\.value)))
        #expect(line.origin.isEmpty && line.count == text.unicodeScalars.count, "\(text) was decoded")
    }

    @Test func entitiesDecodeBeforeFiguresCompactAndMapBack() {
        let text = "共&ldquo;三&rdquo;项 投资12&nbsp;万元"
        let line = LineText(number: 1, raw: Array(text.unicodeScalars.map(\.value)))
        #expect(line.normString(0..<line.count) == "共“三”项 投资12万元")
        // Every analysis index points at its raw scalar (the 1 of 12 is raw index 23).
        let one = line.norm.firstIndex(of: 0x31)!
        #expect(line.rawIndex(one) == Array(text.unicodeScalars).firstIndex(of: "1")!)
    }

    // MARK: figures after an indicator's abbreviation

    @Test(arguments: [
        ("全镇预计实现GDP19.92亿元,", 19.92, "亿元"),
        ("完成GDP 3.5亿元,", 3.5, "亿元"),
        ("全年CPI102.3%,", 102.3, "%"),
        ("实现GDP8600万元", 8600, "万元"),
    ] as [(String, Double, String)])
    func aFigureAfterAnIndicatorIsRead(_ text: String, _ value: Double, _ unit: String) {
        #expect(Self.reads(text, value, unit), "\(text): \(Self.quantities(text).map { "\($0.value) \($0.unit)" })")
    }

    @Test(arguments: [
        "PM2.5年均浓度下降",          // a name holding digits: 2.5年 is no duration
        "PM10年均浓度为59微克/立方米",
        "通过ISO9001认证",
        "H7N9病例",
        "新建5G基站",
        "COVID-19疫情",
        "No.3车间",
        "GB50203规范",
        "ABCD2023年度",
    ])
    func digitsOfANameAreNoFigure(_ text: String) {
        let read = Self.quantities(text).filter { $0.unit != "微克/立方米" }
        #expect(read.isEmpty, "\(text): \(read.map { "\($0.value) \($0.unit)" })")
    }

    // MARK: measure words that begin a split word

    @Test func aMeasureWordCutFromItsWordIsNoDeletedNumber() {
        #expect(Self.findings("5栋猪栏进行污染治理改造,完成项 目投资 800 万元。", .missingNumber).isEmpty)
        #expect(Self.findings("今年共举办场 馆开放活动,群众反响好。", .missingNumber).isEmpty)
    }

    @Test(arguments: [
        "全年共完成 项 目标任务。",   // the gap is before the measure: a deleted number
        "全年共完成项。",
        "全年共完成项 ,受益群众多。",
    ])
    func aDeletedNumberBeforeAMeasureIsStillFound(_ text: String) {
        #expect(!Self.findings(text, .missingNumber).isEmpty, "\(text)")
    }

    // MARK: Kangxi radicals and compatibility ideographs

    @Test func radicalsReadAsTheirCharacters() {
        #expect(Self.reads("共接待群众100⼈次,", 100, "人次"))
        #expect(Self.reads("1-6⽉完成投资3.5亿元,新增就业⼀千⼆百⼈", 1200, "人"))
        #expect(Self.reads("发放宣传资料5000份,⻓期坚持⼊户200余户", 200, "户"))
        let line = LineText(number: 1, raw: Array("⼯作⻔户更".unicodeScalars.map(\.value)))
        #expect(line.normString(0..<line.count) == "工作门户更")
        #expect(line.string(0..<2) == "⼯作")
        #expect(line.cls(0).contains(.ideograph))
    }

    @Test func simplifiedTextIsNeverChangedByTheFold() {
        let text = "上半年全镇完成投资3.5亿元,同比增长12%。"
        let line = LineText(number: 1, raw: Array(text.unicodeScalars.map(\.value)))
        #expect(line.normString(0..<line.count) == text)
    }

    // MARK: long runs of one letter where a name belongs

    @Test func aLongRunBetweenIdeographsIsABlank() {
        #expect(Self.findings("五年来,我们坚持以XXXXXXX为指导,深入贯彻落实", .placeholder).count == 1)
        #expect(Self.findings("在xxxxxxxx的正确领导下", .placeholder).count == 1)
    }

    @Test(arguments: [
        "XXXXXXXXXXXXXXXX",            // a rule drawn with letters
        "订购服装XXXXXXXL码100件",     // a size code: letters on its side
        "以XXXXXXXYX为指导",           // not one letter
        "以XXXXXXXXXXXXXXX为指导",     // longer than any name slot
    ])
    func longRunsThatAreNoSlotStay(_ text: String) {
        #expect(Self.findings(text, .placeholder).isEmpty, "\(text)")
    }
}
