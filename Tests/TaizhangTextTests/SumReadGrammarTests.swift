import Testing
@testable import TaizhangText

/// The sum readers widened by grammar (nineteenth pass, sumread): forms the metamorphic rewrite
/// probe (`MetamorphicSumRewriteTests`) showed unread or misread, with wrong statements that must
/// be flagged and near misses (subsets, rows after a whole, other measures, lower bounds,
/// cumulative figures) that must never be.
@Suite struct SumReadGrammarTests {
    typealias Case = GrammarCase

    static let consistent: [Case] = [
        Case("共 and 及 inside labels", "街道政府信息公开60条,其中社会保险12条,房屋征收及住房保障12条,公共法律服务12条,其他法定信息12条,社区事务公开12条。"),
        Case("a part's own 共", "核定编制52名,其中行政编制共27名,事业编制共25名。"),
        Case("lines after a colon, other figures before", "上半年受理3个批次,办结2个。共收到群众来信434件,其中:\n咨询16件;\n投诉418件。"),
        Case("comma rows then 合计", "道路建设300万元,环境整治200万元,绿化工程150万元,合计650万元。"),
    ]

    static let errors: [Case] = [
        Case("comma rows then 合计, over", "道路建设300万元,环境整治200万元,绿化工程150万元,合计600万元。"),
        Case("comma rows after a colon then 共", "资金投向:道路硬化180万元,安全饮水90万元,村容整治60万元,共300万元。"),
        Case("已 and 未, over", "全年确定重点项目12个,其中已完成8个,未完成5个。"),
        Case("已 and 未, under", "全年确定重点项目12个,其中已完成8个,未完成3个。"),
        Case("X and 未X", "共有学校20所,其中达标学校12所,未达标学校9所。"),
        Case("有 and 无", "共有村干部40人,其中有职称的25人,无职称的20人。"),
        Case("lines after 其中:, 已 and 未", "全年确定重点项目12个,其中:\n已完成8个;\n未完成5个。"),
        Case("lines after 其中:, classes", "共收到群众来信434件,其中:\n咨询类16件;\n投诉类420件。"),
    ]

    static let nearMisses: [Case] = [
        Case("a whole before the rows", "受理1000件,办结900件,转办60件,合计950件。"),
        Case("rows after 其中", "总投资1000万元,其中财政资金300万元,自筹资金150万元,合计400万元。"),
        Case("rows with a total word of their own", "全年共投入资金300万元,争取资金200万元,合计400万元。"),
        Case("a lower bound", "道路建设300万元,环境整治200万元,合计400余万元。"),
        Case("cumulative", "本月新增30户,上月新增40户,累计新增600户。"),
        Case("another measure", "走访群众500人,发放资料3000份,共计200人次。"),
        Case("rows below the total", "道路建设300万元,环境整治200万元,合计800万元。"),
        Case("a 其中-subset with 已", "全年确定重点项目12个,其中已完成8个。"),
        Case("two breakdowns, no negation", "共有党员56名,其中男党员30名,大专以上学历40名。"),
        Case("已 and 未 of other wholes", "全年确定重点项目12个,其中已开工8个,未完工5个。"),
        Case("lines after 其中:, two breakdowns", "共有党员56名,其中:\n男党员30名;\n大专以上学历40名。"),
        Case("lines after 其中:, a subset", "全年确定重点项目12个,其中:\n已完成8个;\n推进滞后3个。"),
        Case("lines after 其中:, 已 and 未 of other wholes", "全年确定重点项目12个,其中:\n已开工8个;\n未完工5个。"),
        Case("rows counting other nouns (dev d09)", "游泳十个项目,丽都社区获得了七个第一名,共十五个奖项。"),
        Case("共 inside a later label, subset", "街道政府信息公开60条,其中社会保险12条,公共法律服务12条。"),
    ]

    @Test(arguments: consistent)
    func aConsistentSumIsRead(_ probe: Case) {
        // Setup: the text. Act
        let checks = Checker.check(text: probe.text).checks
        // Assert
        #expect(checks.contains { $0.consistent && $0.kind == "sum" } && !checks.contains { !$0.consistent }, "\(checks.map(\.statement))")
    }

    @Test(arguments: errors)
    func aWrongSumIsFlagged(_ probe: Case) {
        // Setup: the text. Act
        let checks = Checker.check(text: probe.text).checks
        // Assert
        #expect(checks.contains { !$0.consistent }, "\(checks.map(\.statement))")
    }

    @Test(arguments: nearMisses)
    func aNearMissIsNeverFlagged(_ probe: Case) {
        // Setup: the text. Act
        let checks = Checker.check(text: probe.text).checks
        // Assert
        #expect(!checks.contains { !$0.consistent }, "\(checks.filter { !$0.consistent }.map(\.statement))")
    }
}
