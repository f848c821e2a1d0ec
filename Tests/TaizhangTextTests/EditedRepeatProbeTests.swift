import Testing
@testable import TaizhangText

/// Synthetic probes of paragraphs pasted again (`EditedRepeats`, `SentenceRepeats`): a short
/// paragraph with letters added or dropped, a body after another opening clause, a copy
/// wrapped elsewhere, glued to a heading, in traditional characters or other punctuation —
/// and short lines and parallel statements that repeat legitimately (headings of several 篇,
/// table rows, sign-offs, one formula with other figures or another word). Twelfth pass.
@Suite struct EditedRepeatProbeTests {
    struct Probe: CustomTestStringConvertible, Sendable {
        var name: String, text: String, line: Int?
        init(_ name: String, _ text: String, _ line: Int?) { (self.name, self.text, self.line) = (name, text, line) }
        var testDescription: String { name }
    }

    static let probes: [Probe] = [
        Probe("DP01 short paragraph repeated with a word added", "一、主要工作\n社区积极开展垃圾分类宣传活动,发放宣传资料500余份,群众知晓率明显提高。\n组织志愿者开展环境整治活动12次,清理卫生死角30处。\n社区积极开展了垃圾分类宣传活动,发放宣传资料500余份,群众知晓率得到明显提高。\n", 4),
        Probe("DP02 short paragraph repeated with a word dropped at the start", "一、主要工作\n我们积极开展垃圾分类宣传活动,发放宣传资料500余份,群众知晓率明显提高。\n组织志愿者开展环境整治活动12次,清理卫生死角30处。\n积极开展垃圾分类宣传活动,发放宣传资料500余份,群众知晓率明显提高。\n", 4),
        Probe("DP03 body repeats after a different opening clause", "今年以来,我镇在县委、县政府的正确领导下,认真贯彻落实党的二十大精神,紧紧围绕年初确定的目标任务,扎实推进各项工作。\n一、主要工作\n全年召开会议12次。\n上半年,我镇在县委、县政府的正确领导下,认真贯彻落实党的二十大精神,紧紧围绕年初确定的目标任务,扎实推进各项工作。\n", 4),
        Probe("DP04 long body repeats after different opening", "今年以来,我局在市委、市政府的坚强领导下,在上级业务部门的精心指导下,坚持以人民为中心的发展思想,紧紧围绕全年目标任务,统筹推进疫情防控和经济社会发展,各项工作取得了明显成效。\n全年召开会议12次。\n2023年上半年,我局在市委、市政府的坚强领导下,在上级业务部门的精心指导下,坚持以人民为中心的发展思想,紧紧围绕全年目标任务,统筹推进疫情防控和经济社会发展,各项工作取得了明显成效。\n", 3),
        Probe("DP05 paragraph rewrapped by pdf", "社区积极开展垃圾分类宣传活动,发放宣传资料500余份,群众知晓率明显提高。组织志愿者开展环境整治活动12次,清理卫生死角30处。\n二、存在问题\n社区积极开展垃圾分类宣传活动,发放宣传资料500余份,群众知晓\n率明显提高。组织志愿者开展环境整治活动12次,清理卫生死角30处。\n", 3),
        Probe("DP06 repeat with heading glued", "一、主要工作\n今年以来,社区积极开展垃圾分类宣传活动,群众知晓率明显提高。\n二、存在问题\n三、下半年打算今年以来,社区积极开展垃圾分类宣传活动,群众知晓率明显提高。\n", 4),
        Probe("DP07 traditional vs simplified", "今年以来,社区积极开展垃圾分类宣传活动,群众知晓率明显提高。\n二、存在问题\n今年以來,社區積極開展垃圾分類宣傳活動,群眾知曉率明顯提高。\n", 3),
        Probe("DP08 full/half-width punctuation", "今年以来,社区积极开展垃圾分类宣传活动,群众知晓率明显提高。\n二、存在问题\n今年以来，社区积极开展垃圾分类宣传活动，群众知晓率明显提高。\n", 3),
        Probe("DN01 headings repeated in several 篇", "上半年工作总结 篇1\n一、工作开展情况\n抓好党建。\n二、下一步工作打算\n抓好项目。\n上半年工作总结 篇2\n一、工作开展情况\n抓好安全。\n二、下一步工作打算\n抓好民生。\n", nil),
        Probe("DN02 table rows", "序号 单位 完成情况\n1 东村 已完成\n2 西村 已完成\n3 南村 已完成\n", nil),
        Probe("DN03 sign-offs and dates", "某某镇人民政府\n2024年6月30日\n某某镇人民政府\n2024年6月30日\n", nil),
        Probe("DN04 parallel statements differing in one word", "社区组织开展消防安全知识培训,进一步提高了辖区居民的安全防范意识。\n社区组织开展食品安全知识培训,进一步提高了辖区居民的安全防范意识。\n", nil),
        Probe("DN05 formula with other figures", "一季度,共受理群众来电320件,办结310件,办结率96.9%。\n二季度,共受理群众来电350件,办结345件,办结率98.6%。\n", nil),
        Probe("DN06 same closing after different activities", "3月份,组织开展学雷锋志愿服务活动,参与志愿者50余人,受到群众的一致好评。\n5月份,组织开展端午节包粽子活动,参与居民80余人,受到群众的一致好评。\n", nil),
        Probe("DN07 same formula inline parallel", "东村完成了人居环境整治任务,清理垃圾20吨,拆除违建3处。\n西村完成了人居环境整治任务,清理垃圾25吨,拆除违建5处。\n", nil),
        Probe("DN08 parallel with shared long tail", "一是加强组织领导,成立了以党委书记为组长的工作领导小组,明确了责任分工。\n二是加强队伍建设,成立了以党委书记为组长的工作领导小组,明确了责任分工。\n", nil),
        Probe("DN09 repeated short lines: 下一步工作打算", "一、上半年工作\n(一)抓党建。\n下一步工作打算\n二、下半年工作\n(一)抓党建。\n下一步工作打算\n", nil),
        Probe("DN10 parallel paragraphs of different villages with an insertion", "东村共有党员45名,其中女党员12名。\n西村共有党员38名,其中女党员10名,流动党员3名。\n", nil),
        Probe("DN11 summary echoes opening in conclusion with different words", "今年以来,我镇各项工作取得了明显成效。\n总之,上半年我镇各项工作取得了明显成效,但也存在一些问题。\n", nil),    ]

    @Test(arguments: probes)
    func reportsTheRepeatOnlyWhereItStands(probe: Probe) {
        // Setup: the probe's text. Act
        let lines = Checker.check(text: probe.text).findings.filter { $0.kind == .duplicate }.map(\.line)

        // Assert: one finding on the second copy's first line, or none.
        #expect(lines == (probe.line.map { [$0] } ?? []))
    }

    @Test func aRestatementFarAwayIsNoRepeat() {
        // Setup: the plan section restates a sentence of the work done with 继续 in front,
        // more than the window's lines later.
        let filler = (1...16).map { "第\($0)项工作按计划推进。" }.joined(separator: "\n")
        let text = "一、上半年工作\n加强安全生产监管,确保全镇安全形势持续稳定。\n" + filler + "\n二、下半年打算\n继续加强安全生产监管,确保全镇安全形势持续稳定。\n"

        // Act
        let findings = Checker.check(text: text).findings.filter { $0.kind == .duplicate }

        // Assert
        #expect(findings.isEmpty)
    }

    @Test func aRepeatInAnotherBundledTextIsNotThisRule() {
        // Setup: two 篇 of one collection share a sentence with a word added.
        let text = "上半年工作总结 篇1\n社区积极开展垃圾分类宣传活动,群众知晓率明显提高。\n上半年工作总结 篇2\n社区积极开展了垃圾分类宣传活动,群众知晓率明显提高。\n"

        // Act
        let findings = Checker.check(text: text).findings.filter { $0.kind == .duplicate }

        // Assert
        #expect(findings.isEmpty)
    }
}
