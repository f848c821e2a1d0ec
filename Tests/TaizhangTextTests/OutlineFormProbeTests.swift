import Testing
@testable import TaizhangText

/// Synthetic probes of outline forms that `OutlineGapProbeTests` and the metamorphic probe do
/// not hold (eighteenth pass, numprobe): other marker families (第一条, 第一章, 第一部分 skips,
/// 一要 paragraphs, 第一 without 是, ⑴ and 1） inline, 1． with a full-width dot, full-width
/// brackets inline, A./B. letters, 壹贰 and traditional 貳參, numerals past ten), placements
/// (after a page counter or a site's line, after a table, after a quotation, a gap under a
/// second parent, a repeated marker of each level, a lost first item) — and near misses that
/// must not be found (restarts under a new parent, 1. lists in separate sections, dates and
/// figures at a line's start, 首先/其次, table rows and headers, quoted titles, letter grades).
@Suite struct OutlineFormProbeTests {
    typealias Probe = LineProbe

    static let probes: [Probe] = [
        // Marker families.
        Probe("F01 第一条 articles skip", "某单位考勤管理规定\n第一条 为加强机关作风建设,制定本规定。\n第二条 本规定适用于全体干部职工。\n第四条 本规定自印发之日起施行。\n", 4),
        Probe("F02 第一章 chapters skip", "第一章 上半年工作回顾\n一、主要工作\n第二章 存在的问题\n一、资金不足\n第四章 下半年工作计划\n一、抓好项目\n", 5),
        Probe("F03 第一部分 parts repeat", "第一部分 上半年工作总结\n一、主要工作\n第二部分 存在的问题\n一、资金不足\n第二部分 下半年工作计划\n一、抓好项目\n", 5),
        Probe("F04 一要 paragraphs skip", "下半年,我们将重点抓好以下工作:\n一要抓好项目建设,确保完成投资5亿元。\n二要抓好招商引资,力争引进项目3个。\n四要抓好安全生产,坚决遏制事故发生。\n", 4),
        Probe("F05 第一、 without 是 skip", "下半年主要做好以下工作:\n第一、抓好安全生产,开展检查20次。\n第二、抓好环境整治,清理垃圾50吨。\n第四、抓好民生保障,发放资金30万元。\n", 4),
        Probe("F06 第一， full-width comma repeat", "下半年主要做好以下工作：\n第一，抓好安全生产，开展检查20次。\n第二，抓好环境整治，清理垃圾50吨。\n第二，抓好民生保障，发放资金30万元。\n", 4),
        Probe("F07 ⑴ paragraphs skip", "一、主要工作\n⑴集中学习。全年召开会议12次。\n⑵专题研讨。开展研讨3次。\n⑷警示教育。观看警示片2次。\n", 4),
        Probe("F08 ⑴ inline skip", "主要措施:⑴加强领导,成立领导小组;⑵落实责任,签订责任书;⑷强化考核,纳入年度考核。\n", 1),
        Probe("F09 1） full-width half-bracket paragraphs skip", "一、主要工作\n1）集中学习。全年召开会议12次。\n2）专题研讨。开展研讨3次。\n4）警示教育。观看警示片2次。\n", 4),
        Probe("F10 1） inline skip", "主要措施：1）加强领导，成立领导小组；2）落实责任，签订责任书；4）强化考核，纳入年度考核。\n", 1),
        Probe("F11 1． full-width dot skip", "一、主要工作\n1．加强理论学习。全年召开会议12次。\n2．加强阵地建设。新建活动室3个。\n4．加强队伍建设。培训党员200人次。\n", 4),
        Probe("F12 （1） inline full-width skip", "主要措施：（1）加强领导；（2）落实责任；（4）强化考核。\n", 1),
        Probe("F13 A. letters skip", "一、主要工作\nA.加强理论学习。全年召开会议12次。\nB.加强阵地建设。新建活动室3个。\nD.加强队伍建设。培训党员200人次。\n", 4),
        Probe("F14 A、 letters repeat", "二、存在问题\nA、资金投入不足,项目推进缓慢。\nB、人员力量薄弱,业务能力不强。\nB、群众参与不够,宣传发动不足。\n", 4),
        Probe("F15 壹贰肆 skip", "壹、上半年工作情况\n贰、存在的问题\n肆、下半年工作计划\n", 3),
        Probe("F16 traditional 壹貳 skip", "壹、上半年工作情況\n貳、存在的問題\n參、下半年工作計劃\n伍、工作建議\n", 4),
        Probe("F17 十一、十三、 skip", "九、抓好安全生产。\n十、抓好信访稳定。\n十一、抓好作风建设。\n十三、抓好队伍建设。\n", 4),
        Probe("F18 二十、二十二、 skip", "十九、抓好安全生产。\n二十、抓好信访稳定。\n二十二、抓好作风建设。\n", 3),
        Probe("F19 (一) inline full-width skip in one paragraph", "一、主要工作（一）抓党建。召开会议12次。（二）抓经济。完成投资2亿元。（四）抓民生。新增就业300人。\n二、存在问题\n", 1),
        // Placements.
        Probe("F20 skip after a page counter", "一、主要工作\n抓好党建,召开会议12次。\n二、存在问题\n人员不足,经费紧张。\n- 2 -\n四、下半年打算\n抓好项目建设。\n", 6),
        Probe("F21 skip after a page line of a PDF", "一、主要工作\n(一)抓党建。召开会议12次。\n(二)抓经济。完成投资2亿元。\n第 2 页 共 5 页\n(四)抓民生。新增就业300人。\n", 5),
        Probe("F22 skip after a table", "一、主要工作\n1.项目建设。重点项目进展如下表:\n序号 项目名称 完成投资\n1 道路硬化 50万元\n2 路灯安装 20万元\n2.招商引资。签约项目5个。\n4.安全生产。开展检查20次。\n", 7),
        Probe("F23 skip after a quotation", "一、主要工作\n(一)抓党建。召开会议12次。\n“不忘初心、牢记使命”主题教育扎实开展。\n(二)抓经济。完成投资2亿元。\n(四)抓民生。新增就业300人。\n", 5),
        Probe("F24 gap under the second parent, arabic", "一、主要工作\n1.抓党建。召开会议12次。\n2.抓经济。完成投资2亿元。\n二、下半年打算\n1.抓项目。开工项目3个。\n3.抓安全。开展检查20次。\n", 6),
        Probe("F25 repeated (一)", "一、主要工作\n(一)抓党建。召开会议12次。\n(一)抓经济。完成投资2亿元。\n(三)抓民生。新增就业300人。\n", 3),
        Probe("F26 repeated 一是 paragraphs", "存在的问题主要有:\n一是资金投入不足,项目推进缓慢。\n二是人员力量薄弱,业务能力不强。\n二是群众参与不够,宣传发动不足。\n", 4),
        Probe("F27 repeated ① paragraphs", "1.加强理论学习\n①集中学习。全年召开会议12次。\n②专题研讨。开展研讨3次。\n②警示教育。观看警示片2次。\n", 4),
        Probe("F28 lost first item under a heading", "一、主要工作\n(二)抓经济。完成投资2亿元。\n(三)抓民生。新增就业300人。\n", 2),
        Probe("F29 lost first 1. under (一)", "一、主要工作\n(一)抓党建\n2.加强阵地建设。新建活动室3个。\n3.加强队伍建设。培训党员200人次。\n", 3),
        Probe("F30 skip after a site's line between sections", "一、主要工作\n抓好党建,召开会议12次。\n二、存在问题\n人员不足,经费紧张。\n本文来源于网络,仅供参考,如有侵权请联系删除。\n四、下半年打算\n抓好项目建设。\n", 6),
        Probe("F31 lost heading over a 一是 paragraph", "一、上半年工作\n抓党建,召开会议12次。\n二、存在的问题\n一是资金不足;二是人员不够。\n四、下半年打算\n一是抓项目;二是抓安全。\n", 5),
        Probe("F32 inline 第一 without comma skip", "下半年重点做好以下工作:第一是抓好项目建设;第二是抓好招商引资;第四是抓好安全生产。\n", 1),
        // Near misses: no finding.
        Probe("G01 1. lists in separate sections", "一、主要工作\n1.抓党建。召开会议12次。\n2.抓经济。完成投资2亿元。\n二、存在问题\n1.资金不足。\n2.人员不够。\n三、下半年打算\n1.抓项目。\n2.抓安全。\n", nil),
        Probe("G02 (一) restarts under each parent", "一、主要工作\n(一)抓党建。\n(二)抓经济。\n二、存在问题\n(一)资金不足。\n(二)人员不够。\n三、下半年打算\n(一)抓项目。\n", nil),
        Probe("G03 dates and figures at a line's start", "一、主要工作\n2023.6.30前完成全部整改任务。\n6.1儿童节开展慰问活动。\n12.3%的群众参与了调查。\n1.5万元用于购置设备。\n二、存在问题\n", nil),
        Probe("G04 首先 其次 最后", "一、主要工作\n首先,加强组织领导。\n其次,落实工作责任。\n最后,严格考核奖惩。\n二、存在问题\n", nil),
        Probe("G05 首先 其次 with no 再次", "首先,加强组织领导;其次,落实工作责任;最后,严格考核奖惩。\n", nil),
        Probe("G06 a table row label 一、 under numbers", "一、诊疗人次\n全国医疗卫生机构总诊疗人次达39.2亿人次。\n表1 医疗服务量\n医疗卫生机构合计\n384569.5\n391698.5\n1.9\n一、医院\n156870.4\n163468.0\n", nil),
        Probe("G07 table header repeated after a page break", "一、主要工作\n序号 项目名称 完成投资\n1 道路硬化 50万元\n- 2 -\n序号 项目名称 完成投资\n2 路灯安装 20万元\n二、存在问题\n", nil),
        Probe("G08 quoted policy titles with ordinals", "一、主要工作\n认真贯彻《条例》第二条、第四条的规定。\n根据《实施办法》第三章第五条,规范审批流程。\n二、存在问题\n", nil),
        Probe("G09 letter grades and models", "一、主要工作\nA级景区新增2家。\nB超检查1200人次。\nD级危房全部改造。\n二、存在问题\n", nil),
        Probe("G10 letters list opening a paragraph", "一、主要工作\nA、B两类企业全部完成检查。\nC、D级危房改造完成30户。\n二、存在问题\n", nil),
        Probe("G11 十四五 at a line's start", "一、主要工作\n十四五规划编制工作有序推进。\n二、存在问题\n", nil),
        Probe("G12 一是 lists restart in each paragraph", "二、存在的问题\n一是资金不足;二是人员不够。\n三、下半年打算\n一是抓项目;二是抓安全;三是抓民生。\n", nil),
        Probe("G13 第一章 restarts under a new 篇", "第一章 总则\n第二章 职责\n上半年工作总结 篇2\n第一章 工作回顾\n第二章 下步打算\n", nil),
        Probe("G14 第一条 in prose", "一、主要工作\n第一条道路已经建成通车。\n第三条道路正在加紧施工。\n二、存在问题\n", nil),
        Probe("G15 壹贰叁 in order", "壹、上半年工作情况\n贰、存在的问题\n叁、下半年工作计划\n", nil),
        Probe("G19 traditional 壹貳參肆 in order", "壹、上半年工作情況\n貳、存在的問題\n參、下半年工作計劃\n肆、工作建議\n", nil),
        Probe("G20 A、B and A级 opening lines under 1. items", "1.加强检查\nA级景区全部检查。\nA、B类企业检查全覆盖。\n2.加强整治\nC、D级危房全部改造。\n", nil),
        Probe("G16 ⑴ list restarts under each parent", "1.加强学习\n⑴集中学习。\n⑵专题研讨。\n2.加强建设\n⑴阵地建设。\n⑵队伍建设。\n", nil),
        Probe("G17 amounts 1）in prose", "一、主要工作\n完成投资1)亿元的说法有误。\n二、存在问题\n", nil),
        Probe("G18 page counters between items", "一、主要工作\n(一)抓党建。召开会议12次。\n- 2 -\n(二)抓经济。完成投资2亿元。\n第 3 页 共 5 页\n(三)抓民生。新增就业300人。\n", nil),
    ]

    @Test(arguments: probes)
    func reportsTheGapOnlyWhereItStands(probe: Probe) {
        // Setup: the probe's text. Act
        let lines = Checker.check(text: probe.text).findings.filter { $0.kind == .numbering }.map(\.line)

        // Assert: one finding on the gap's line, or none.
        #expect(lines == (probe.line.map { [$0] } ?? []))
    }
}
