import Testing
@testable import TaizhangText

/// The agreement readers without a cue (twenty-fourth pass, xagree): a whole first in its
/// sentence with every later figure of its measure as a part (`AgreedSums.unmarked`), and a whole
/// stated lines above a sentence or line of parts (`AgreedSums.earlierWhole`). Both rest on
/// agreement being unlikely by chance (a significant whole, all the figures of a unit, no sub-run);
/// the near misses are the ways a careless reader would credit figures that add up by chance.
@Suite struct AgreedSumsXagreeTests {
    typealias Case = GrammarCase

    static let sameLine: [Case] = [
        Case("a balance of work items", "受理省派工单2917件,已处理完毕2349件,处于办结时限内正在办理568件。"),
        Case("received, closed and pending", "全年受理各类案件9471件,审执结7018件,尚有未结案2453件。"),
        Case("rounded money", "发放补贴资金125.6万元,低保户83.2万元,特困户42.4万元。"),
        Case("a change stepped over", "接待来访群众386人次,同比增加20人次,集体访106人次,个人访280人次。"),
        Case("a part's detail in brackets", "检测样品1260批次,食品840批次(含抽检300批次),药品420批次。"),
    ]

    static let sameLineMisses: [Case] = [
        Case("a small whole: chance agreement", "检查企业10家,发现隐患6家,完成整改4家。"),
        Case("not every later figure adds up", "受理诉求2917件,办结2349件,在办568件,转办100件。"),
        Case("the whole is not first of its measure", "去年受理1200件,今年受理1500件,办结900件,在办600件。"),
        Case("an approximate part", "受理诉求2917件,办结2300余件,在办617件。"),
        Case("persons against visits", "培训人员560人,村干部210人次,网格员350人次。"),
        Case("a part with a totalling word of its own", "受理投诉300件,合计办结200件,在办100件。"),
        Case("a growth: base and increment", "今年办理案件1250件,去年同期800件,增加450件。"),
    ]

    static let acrossLines: [Case] = [
        Case("parts by type in the next section", "一、受理概况\n本周共受理市民诉求1250件,日均178件,较上周下降0.2%。\n二、诉求分类\n咨询类共610件,占48.8%;求助类共390件,占31.2%;投诉类共250件,占20%。"),
        Case("parts over sentences of one line", "全院共受理各类案件1250件,同比上升5%。\n刑事案件210件,同比下降2%;民事案件820件。行政案件45件;执行案件175件。"),
    ]

    static let acrossLinesMisses: [Case] = [
        Case("only a sub-run adds up", "共受理案件1250件。\n刑事案件210件,民事案件1040件,行政案件45件。"),
        Case("a small whole", "全镇共有村8个。\n新建站点6个,改建站点2个。"),
        Case("persons against visits", "共服务群众1250人。\n老人800人次,儿童450人次。"),
        Case("an approximate part", "共受理案件1250件。\n刑事案件200余件,民事案件1050件。"),
        Case("a base of comparison and an increment", "今年共受理案件1250件。\n去年同期受理800件,比上年增加450件。"),
    ]

    static func unmarkedChecks(_ text: String) -> [ArithmeticCheck] {
        AgreedSumsTests.read(text).filter { $0.statement.contains("no cue") }
    }

    static func earlierChecks(_ text: String) -> [ArithmeticCheck] {
        Checker.check(text: text).checks.filter { $0.statement.contains("stated earlier; agreement read without a form") }
    }

    @Test(arguments: sameLine)
    func aSentenceWholeIsRead(_ probe: Case) {
        #expect(Self.unmarkedChecks(probe.text).count == 1, "\(probe.name)")
        #expect(Checker.check(text: probe.text).checks.contains { $0.kind == "sum" && $0.consistent }, "\(probe.name)")
    }

    @Test func oneWholeBrokenDownTwiceGivesTwoChecks() {
        let checks = Self.unmarkedChecks("收到网民留言3059条,部门收到1904条,县区收到1155条,处理答复3055条,正在处理4条。")
        #expect(checks.map(\.statement) == ["sum: 1904 + 1155 = 3059条 (no cue: every later figure of the measure; agreement read without a form)",
                                             "sum: 3055 + 4 = 3059条 (no cue: every later figure of the measure; agreement read without a form)"])
    }

    /// A mid-sentence 其中 list that exceeds the part before it but breaks the sentence's earlier
    /// whole down again (with the rest of the sentence) is that whole's agreement, not a flag.
    @Test func aSecondBreakdownOfAnEarlierWholeIsNoFlag() {
        let checks = Checker.check(text: "共收到网民留言3059条,部门收到1904条,县区收到1155条,其中咨询类留言1160条、投诉类留言1859条、建言献策类留言40条,处理答复3055条,还有4条正在处理中。").checks
        #expect(!checks.contains { !$0.consistent }, "\(checks.map(\.statement))")
        #expect(checks.contains { $0.consistent && $0.statement.hasPrefix("total 3059条 = 1160 + 1859 + 40") }, "\(checks.map(\.statement))")
    }

    /// Near miss: parts that exceed the part before them and make no earlier whole stay flagged.
    @Test func partsExceedingTheirPartAndNoWholeStayFlagged() {
        let checks = Checker.check(text: "收到网民留言3059条,县区收到1155条,其中咨询类留言1160条、投诉类留言1859条。").checks
        #expect(checks.contains { !$0.consistent && $0.statement.hasPrefix("total 1155条") }, "\(checks.map(\.statement))")
    }

    @Test(arguments: sameLineMisses)
    func aSentenceNearMissGivesNothing(_ probe: Case) {
        #expect(Self.unmarkedChecks(probe.text).isEmpty, "\(probe.name)")
    }

    @Test(arguments: acrossLines)
    func anEarlierWholeIsRead(_ probe: Case) {
        let checks = Checker.check(text: probe.text).checks
        #expect(checks.contains { $0.kind == "sum" && $0.consistent && $0.line > 1 && $0.statement.contains("1250") }, "\(probe.name): \(checks.map(\.statement))")
        #expect(!checks.contains { !$0.consistent })
    }

    @Test(arguments: acrossLinesMisses)
    func anEarlierWholeNearMissGivesNothing(_ probe: Case) {
        #expect(Self.earlierChecks(probe.text).isEmpty, "\(probe.name)")
    }
}
