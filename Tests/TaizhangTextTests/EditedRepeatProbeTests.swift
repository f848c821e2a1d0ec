import Testing
@testable import TaizhangText

/// Synthetic probes of paragraphs pasted again (`EditedRepeats`, `SentenceRepeats`): a short
/// paragraph with letters added or dropped, an item under another number, a body after another opening clause, a copy
/// wrapped elsewhere, glued to a heading, in traditional characters or other punctuation —
/// and short lines and parallel statements that repeat legitimately (headings of several 篇,
/// table rows, sign-offs, one formula with other figures or another word, a plan restating
/// the work with 继续). A one-letter substitution (a typo fixed in the copy) is not taken: it
/// reads like a parallel statement (东村/西村). Twelfth pass (dupnum).
@Suite struct EditedRepeatProbeTests {
    typealias Probe = LineProbe

    static let probes: [Probe] = [
        Probe("DP01 short paragraph repeated with a word added", "一、主要工作\n社区积极开展垃圾分类宣传活动,发放宣传资料500余份,群众知晓率明显提高。\n组织志愿者开展环境整治活动12次,清理卫生死角30处。\n社区积极开展了垃圾分类宣传活动,发放宣传资料500余份,群众知晓率得到明显提高。\n", 4),
        Probe("DP02 short paragraph repeated with a word dropped at the start", "一、主要工作\n我们积极开展垃圾分类宣传活动,发放宣传资料500余份,群众知晓率明显提高。\n组织志愿者开展环境整治活动12次,清理卫生死角30处。\n积极开展垃圾分类宣传活动,发放宣传资料500余份,群众知晓率明显提高。\n", 4),
        Probe("DP03 body repeats after a different opening clause", "今年以来,我镇在县委、县政府的正确领导下,认真贯彻落实党的二十大精神,紧紧围绕年初确定的目标任务,扎实推进各项工作。\n一、主要工作\n全年召开会议12次。\n上半年,我镇在县委、县政府的正确领导下,认真贯彻落实党的二十大精神,紧紧围绕年初确定的目标任务,扎实推进各项工作。\n", 4),
        Probe("DP04 long body repeats after different opening", "今年以来,我局在市委、市政府的坚强领导下,在上级业务部门的精心指导下,坚持以人民为中心的发展思想,紧紧围绕全年目标任务,统筹推进疫情防控和经济社会发展,各项工作取得了明显成效。\n全年召开会议12次。\n2023年上半年,我局在市委、市政府的坚强领导下,在上级业务部门的精心指导下,坚持以人民为中心的发展思想,紧紧围绕全年目标任务,统筹推进疫情防控和经济社会发展,各项工作取得了明显成效。\n", 3),
        Probe("DP05 paragraph rewrapped by pdf", "社区积极开展垃圾分类宣传活动,发放宣传资料500余份,群众知晓率明显提高。组织志愿者开展环境整治活动12次,清理卫生死角30处。\n二、存在问题\n社区积极开展垃圾分类宣传活动,发放宣传资料500余份,群众知晓\n率明显提高。组织志愿者开展环境整治活动12次,清理卫生死角30处。\n", 3),
        Probe("DP06 repeat with the next heading glued to it", "一、主要工作\n组织志愿者开展环境整治活动12次,清理卫生死角30处。\n今年以来,社区积极开展垃圾分类宣传活动,群众知晓率明显提高。\n二、下半年打算今年以来,社区积极开展垃圾分类宣传活动,群众知晓率明显提高。\n", 4),
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
        Probe("DN11 summary echoes opening in conclusion with different words", "今年以来,我镇各项工作取得了明显成效。\n总之,上半年我镇各项工作取得了明显成效,但也存在一些问题。\n", nil),
        Probe("DN12 plan restates the work with 继续 in a short summary", "一、上半年工作\n加强安全生产监管,确保全镇安全形势持续稳定。\n开展矛盾纠纷排查12次,化解纠纷8起。\n二、下半年打算\n继续加强安全生产监管,确保全镇安全形势持续稳定。\n", nil),
        Probe("DN13 same meeting formula for two meetings", "一、主要工作\n3月,社区召开党员大会,传达学习了县委全会精神。\n5月,社区召开党员代表大会,传达学习了县委全会精神。\n", nil),
        Probe("DP10 item pasted again under another number", "一、主要工作\n1.加强安全生产监管,确保全镇安全形势持续稳定。\n2.加强环境卫生整治,清理卫生死角30处。\n3.加强安全生产监管,确保全镇安全形势持续稳定。\n", 4),
        Probe("DN14 items with the same short title", "(一)党建工作\n1.加强学习。\n(二)经济工作\n1.加强学习。\n", nil),
        Probe("DN15 numbered plan items echo work items under another heading", "一、上半年工作\n1.加强安全生产监管,确保全镇安全形势持续稳定。\n二、下半年打算\n1.继续加强安全生产监管,确保全镇安全形势持续稳定。\n", nil),
        Probe("R1 street office summary, correct outline", "某某街道办事处2024年上半年工作总结\n今年以来,在区委、区政府的坚强领导下,街道党工委、办事处坚持以习近平新时代中国特色社会主义思想为指导,紧紧围绕年初确定的目标任务,统筹推进各项工作,现将上半年工作总结如下:\n一、上半年工作开展情况\n(一)坚持党建引领,基层治理水平不断提升\n1.加强理论武装。召开党工委理论学习中心组学习会6次,开展专题研讨3次。\n2.夯实基层基础。完成12个社区“两委”分析研判,新建党群服务站点3个。\n3.强化作风建设。一是开展警示教育,组织观看警示教育片2次;二是开展谈心谈话,覆盖党员干部120余人次;三是开展专项检查,发现并整改问题15个。\n(二)坚持项目为王,经济发展稳中有进\n1.项目建设提速。全街道实施重点项目8个,完成投资5.6亿元,占年度计划的52%。\n2.招商引资见效。新签约项目5个,协议总投资12亿元。其中:\n(1)工业项目2个,协议投资8亿元;\n(2)服务业项目3个,协议投资4亿元。\n3.营商环境优化。开展“企业服务日”活动6场,解决企业诉求28件。\n(三)坚持民生优先,群众获得感持续增强\n1.就业创业。新增城镇就业460人,发放创业担保贷款300万元。\n2.社会保障。发放低保金126万元,临时救助42人次。\n二、存在的问题\n一是经济发展后劲不足,新开工项目偏少;二是社会治理精细化水平有待提高;三是干部队伍能力素质与新形势新任务的要求还有差距。\n三、下半年工作打算\n(一)聚焦项目建设。全力推进8个重点项目建设,确保全年完成投资11亿元。\n(二)聚焦民生保障。办好10件民生实事,新增城镇就业400人以上。\n(三)聚焦安全稳定。深入开展安全生产大排查大整治,坚决遏制较大以上事故发生。\n附件:1.上半年重点项目推进情况表\n2.民生实事完成情况表\n某某街道办事处\n2024年7月5日\n", nil),
        Probe("R2 template page with two texts", "首页 > 工作总结 > 上半年工作总结\n社区上半年工作总结(精选2篇)\n社区上半年工作总结 篇1\n今年以来,我社区在街道党工委的正确领导下,认真开展各项工作,现总结如下:\n一、工作开展情况\n(一)党建工作。组织党员开展主题党日活动6次,参与党员300余人次。\n(二)环境整治。清理卫生死角35处,清运垃圾20余吨。\n二、存在的不足\n一是居民参与度不高;二是工作人员力量不足。\n三、下一步工作打算\n下半年,我们将继续做好各项工作,努力开创社区工作新局面。\n社区上半年工作总结 篇2\n今年以来,我社区在街道党工委的正确领导下,认真开展各项工作,现总结如下:\n一、工作开展情况\n(一)党建工作。组织党员开展主题党日活动4次,参与党员200余人次。\n(二)综治工作。开展矛盾纠纷排查12次,化解纠纷8起。\n二、存在的不足\n一是居民参与度不高;二是基础设施较为薄弱。\n三、下一步工作打算\n下半年,我们将着力补齐基础设施短板,不断提升居民群众满意度。\n", nil),
        Probe("R3 pdf wrapped bureau report", "县文化和旅游局2023年上半年工作总结\n一、主要工作完成情况\n(一)公共文化服务。上半年全县共开展送文化下乡活动\n120场次,惠及群众3.6万人次;组织开展“村晚”、广\n场舞大赛等群众性文化活动,主要集中在第一、\n二季度,参与群众2万余人次。\n(二)文物保护。完成县级文物保护单位“四有”档案建\n设,对全县23处不可移动文物开展安全巡查,发现并整\n改隐患6处。\n(三)旅游发展。1-6月全县接待游客156万人次,同比增长\n22.5%;实现旅游综合收入13.2亿元,同比增长25.1%。其中\n3、4月份受天气影响,游客接待量较去年同期略有下降。\n二、存在的问题\n(一)公共文化设施利用率不高。\n(二)旅游产品同质化问题突出。\n三、下半年工作计划\n(一)持续丰富公共文化供给。\n(二)加快推进旅游项目建设。\n", nil),
    ]

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
