import Testing
@testable import TaizhangText

/// Ratio forms the metamorphic probe found unread (ratioforms): a rate written N成, a share
/// whose whole stands in the sentence before a line break, and a completion rate over 100%
/// with its target in the clause before. Each form read where its figures agree, and near
/// misses (another figure, 成 inside a word, no target named) never read as consistent.
@Suite struct RatioFormGrammarTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String, text: String, statement: String
        init(_ name: String, _ text: String, _ statement: String) { (self.name, self.text, self.statement) = (name, text, statement) }
        var testDescription: String { name }
    }

    static let read: [Case] = [
        Case("解决率九成", "本月共派发工单3456件,已解决3112件,解决率九成。", "3112件,解决率九成"),
        Case("占六成", "年度计划投资10.95亿元,累计完成6.61亿元,占六成。", "6.61亿元,占六成"),
        Case("两成 of people", "全村共有党员50人,其中女党员10人,占两成。", "10人,占两成"),
        Case("whole in the sentence before a break", "全县共出生1777人;政策内出生1771人,\n政策生育率达到99.66%。", "1771人,"),
        Case("rate opening the sentence after a break", "受理群众来电求助50755件,\n办结50405件。办结率为99.3%。", "50755件,"),
        Case("over 100%, target in the clause before", "失业人员再就业6650人,年目标任务6600人,完成率100.76%。", "完成率100.76%"),
        Case("over 100%, 计划 in the clause before", "新增造林面积2300亩,年度计划2000亩,完成率115%。", "完成率115%"),
    ]

    static let nearMisses: [Case] = [
        Case("八成 that does not agree", "本月共派发工单3456件,已解决2112件,解决率八成。", "2112件,解决率八成"),
        Case("成 inside a word", "全年建成项目12个,完成投资3亿元,形成产值10亿元。", "完成投资3亿元"),
        Case("成 after a longer number", "共有农户120户,其中种植户36户,占30成。", "36户,占30成"),
        Case("a wrong rate over a break", "全县共出生1777人;政策内出生1771人,\n政策生育率达到79.66%。", "1771人,"),
        Case("over 100%, no target named", "失业人员再就业6650人,培训人员6600人,完成率100.76%。", "完成率100.76%"),
        Case("over 100%, target but another rate", "失业人员再就业6650人,年目标任务6600人,完成率110.76%。", "完成率110.76%"),
    ]

    @Test(arguments: read) func formIsReadAsConsistent(_ example: Case) throws {
        // Setup
        let text = "工作总结\n" + example.text
        // Act
        let report = Checker.check(text: text, path: "ratioforms.txt")
        // Assert
        let span = try #require(FixtureText(text).find(example.statement))
        let overlapping = report.checks.filter { span.overlaps(line: $0.line, column: $0.column, length: $0.text.count) }
        #expect(overlapping.contains { $0.consistent }, "\(report.checks.map(\.statement))")
        #expect(!report.checks.contains { !$0.consistent }, "\(report.checks.map(\.statement))")
    }

    @Test(arguments: nearMisses) func nearMissIsNotReadAsConsistent(_ example: Case) throws {
        // Setup
        let text = "工作总结\n" + example.text
        // Act
        let report = Checker.check(text: text, path: "ratioforms.txt")
        // Assert
        let span = try #require(FixtureText(text).find(example.statement))
        let overlapping = report.checks.filter { span.overlaps(line: $0.line, column: $0.column, length: $0.text.count) }
        #expect(!overlapping.contains { $0.consistent }, "\(report.checks.map(\.statement))")
    }
}
