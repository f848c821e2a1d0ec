import Testing
@testable import TaizhangText

/// Parts after 其中 (or in the next sentence) labelled by a closed set of classes cover their
/// whole (`ClosedClasses`), so a mismatch is a wrong sum; anything that may be a subset stays
/// silent. Twenty-third pass (xparts).
@Suite struct ClosedClassesTests {
    static func flags(_ text: String) -> [ArithmeticCheck] { Checker.check(text: text).checks.filter { !$0.consistent } }
    static func agrees(_ text: String) -> Bool { Checker.check(text: text).checks.contains { $0.consistent && $0.kind == "sum" } }

    @Test(arguments: [
        // zb13's shape: junior and primary pupils under 义务教育 (20921, not 20876).
        "1、义务教育阶段免除学杂费:任务数19800人。1—6月完成20876人(其中初中6861人,小学14060人),下拨资金到位。",
        "义务教育阶段家庭经济困难学生补助资金85.5万元,其中小学资金40.2万元,初中资金44.1万元。",
        "全镇常住人口5000人,其中城镇人口2000人,乡村人口2900人。",
        "全县共有幼儿园30所,其中公办幼儿园12所,民办幼儿园16所。",
        "实施重点项目40个,其中新建项目25个,续建项目14个。",
        "开展文化活动120场次,其中线上活动50场次,线下活动60场次。",
        "全年实现增加值100亿元,其中第一产业增加值10亿元,第二产业增加值40亿元,第三产业增加值45亿元。",
        "全村共有党员52名,其中汉族党员30名,少数民族党员20名。",
        "795所(公办370所、民办435所,其中普惠性民办幼儿园356所)",
        // Rows of urban and rural residents under a whole of another noun still cover it (this was a
        // near miss of WrongStatementGrammarTests' parallel rows before this pass).
        "医院3.5亿人次,同比提高10.6%,其中:城市居民2.9亿人次,同比提高10.6%;农村居民1.2亿人次,同比提高2.2%。",
    ])
    func closedClassesThatMissTheirWholeAreFlagged(_ text: String) {
        #expect(!Self.flags(text).isEmpty, "\(text)")
    }

    @Test(arguments: [
        "1、义务教育阶段免除学杂费:任务数19800人。1—6月完成20921人(其中初中6861人,小学14060人),下拨资金到位。",
        "全镇常住人口5000人,其中城镇人口2000人,乡村人口3000人。",
        "全县共有幼儿园30所,其中公办幼儿园12所,民办幼儿园18所。",
        "实施重点项目40个,其中新建项目25个,续建项目15个。",
        "开展文化活动120场次,其中线上活动50场次,线下活动70场次。",
        "795所(公办370所、民办425所,其中普惠性民办幼儿园356所)",
    ])
    func closedClassesThatMakeTheirWholeAgree(_ text: String) {
        #expect(Self.flags(text).isEmpty, "\(text)")
        #expect(Self.agrees(text), "\(text)")
    }

    @Test(arguments: [
        // Junior and primary without 义务教育: the whole may hold senior or pre-school pupils.
        "全镇在校学生3000人,其中初中800人,小学1500人。",
        // Schools under 义务教育: 九年一贯制 and special schools are neither.
        "义务教育阶段学校45所,其中小学30所,初中12所。",
        // The other letters differ: two statistics, not two classes of one.
        "新增就业5000人,其中城镇新增就业2000人,农村劳动力转移就业2500人。",
        // A third label: the set is not what the parts name.
        "全县共有幼儿园50所,其中公办幼儿园12所,民办幼儿园16所,普惠性幼儿园10所。",
        // Averages of the classes: a group's average is no part of the whole's.
        "全县居民人均可支配收入20000元,其中城镇居民人均可支配收入30000元,农村居民人均可支配收入12000元。",
        // One class only: a subset.
        "全镇常住人口5000人,其中城镇人口2000人。",
        // 国有 / 民营 is not closed (集体, 外资 …).
        "规模以上企业80家,其中国有企业20家,民营企业50家。",
        // A part broken down inside the bracket.
        "幼儿园795所(公办370所,其中普惠性公办幼儿园100所)",
    ])
    func subsetsAndOpenSetsStaySilent(_ text: String) {
        #expect(Self.flags(text).isEmpty, "\(text)")
    }

    @Test func slotsMatchOneDifferingPlace() {
        func s(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }
        let closed = ClosedClasses.closedSet([s("城镇人口"), s("乡村人口")], before: [][...], measure: "人")
        #expect(closed != nil)
        #expect(ClosedClasses.closedSet([s("初中生"), s("小学生")], before: s("义务教育阶段")[...], measure: "人") != nil)
        #expect(ClosedClasses.closedSet([s("初中生"), s("小学生")], before: s("全镇")[...], measure: "人") == nil)
        #expect(ClosedClasses.closedSet([s("小学"), s("初中")], before: s("义务教育")[...], measure: "所") == nil)
        #expect(ClosedClasses.closedSet([s("城镇新增就业"), s("农村转移就业")], before: [][...], measure: "人") == nil)
        #expect(ClosedClasses.closedSet([s("城镇居民人均收入"), s("农村居民人均收入")], before: [][...], measure: "元") == nil)
        #expect(ClosedClasses.closedSet([s("第一产业"), s("第二产业"), s("第三产业")], before: [][...], measure: "元") != nil)
        #expect(ClosedClasses.closedSet([s("第一产业"), s("第二产业")], before: [][...], measure: "元") == nil)
        #expect(ClosedClasses.closedSet([s("线上"), s("线上")], before: [][...], measure: "场") == nil)
    }
}
