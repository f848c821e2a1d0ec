import Testing
@testable import TaizhangText

/// Synthetic probes of how summaries number their outline, each with the line where a skip
/// or a repeat stands (or none): every level and style (一、 (一) 1. 1、 (1) ① 1) ⒈ ㈠ 第一, 其一,
/// 一是 一要, full-width forms, markers spaced out or glued into a paragraph or after a heading
/// on its line, three whole summaries), and the forms that are no gap (a level restarting under a new parent, a
/// second summary or a 篇 heading, attachments, quoted and ranked numerals, a sentence wrapped
/// inside a list of numbers or opening a paragraph with one (3、4月份, 三、四季度), a site's
/// preview of the opening). Twelfth pass (dupnum); angle-bracket markers (〈一〉 <一>、)
/// and a lost (一) after a 一是 paragraph: sixteenth pass (numdup2).
@Suite struct OutlineGapProbeTests {
    typealias Probe = LineProbe

    static let probes: [Probe] = [
        Probe("P01 cjk skip", "2024年上半年工作总结\n一、主要工作\n今年以来,我镇认真落实各项工作。\n四、存在问题\n群众参与度不高。\n", 4),
        Probe("P02 cjk skip 二 present", "2024年上半年工作总结\n一、主要工作\n今年以来,我镇认真落实各项工作。\n二、存在问题\n群众参与度不高。\n四、下半年打算\n抓好项目建设。\n", 6),
        Probe("P03 cjk repeat", "一、主要工作\n今年以来,我镇认真落实各项工作。\n二、存在问题\n二、下半年打算\n抓好项目建设。\n", 4),
        Probe("P04 paren skip fullwidth", "一、主要工作\n（一）抓党建。全年召开会议12次。\n（二）抓经济。完成投资2亿元。\n（四）抓民生。新增就业300人。\n", 4),
        Probe("P05 paren repeat", "一、主要工作\n（一）抓党建。全年召开会议12次。\n（二）抓经济。完成投资2亿元。\n（二）抓民生。新增就业300人。\n", 4),
        Probe("P06 arabic dot skip", "一、主要工作\n（一）抓党建\n1.加强理论学习。全年召开会议12次。\n2.加强阵地建设。新建活动室3个。\n4.加强队伍建设。培训党员200人次。\n", 5),
        Probe("P07 arabic comma repeat", "一、主要工作\n（一）抓党建\n1、加强理论学习。全年召开会议12次。\n2、加强阵地建设。新建活动室3个。\n2、加强队伍建设。培训党员200人次。\n", 5),
        Probe("P08 full-width paren arabic skip", "1.加强理论学习\n（1）集中学习。全年召开会议12次。\n（2）专题研讨。开展研讨3次。\n（4）警示教育。观看警示片2次。\n", 4),
        Probe("P09 circled skip", "1.加强理论学习\n①集中学习。全年召开会议12次。\n②专题研讨。开展研讨3次。\n④警示教育。观看警示片2次。\n", 4),
        Probe("P10 第一 headings skip", "上半年主要做了以下工作:\n第一,抓好安全生产。开展检查20次。\n第二,抓好环境整治。清理垃圾50吨。\n第四,抓好民生保障。发放资金30万元。\n", 4),
        Probe("P11 一是 inline skip", "在安全生产方面,一是开展隐患排查,共排查企业20家;二是加强宣传教育,发放资料500份;四是强化执法检查,立案3起。\n", 1),
        Probe("P12 一是 paragraph-initial skip", "上半年重点抓了三项工作:\n一是开展隐患排查,共排查企业20家。\n二是加强宣传教育,发放资料500份。\n四是强化执法检查,立案3起。\n", 4),
        Probe("P13 其一 inline skip", "我们的做法有三点:其一,开展隐患排查,共排查企业20家;其二,加强宣传教育,发放资料500份;其四,强化执法检查,立案3起。\n", 1),
        Probe("P14 full-width digits skip", "一、主要工作\n１．加强理论学习。全年召开会议12次。\n２．加强阵地建设。新建活动室3个。\n４．加强队伍建设。培训党员200人次。\n", 4),
        Probe("P15 glued cjk skip", "今年以来工作情况报告如下:一、主要工作。我镇认真落实各项工作。二、存在问题。群众参与度不高。四、下半年打算。抓好项目建设。\n", 1),
        Probe("P16 heading then paren on same line, skip", "一、主要工作 (一)抓党建。全年召开会议12次。\n(二)抓经济。完成投资2亿元。\n(四)抓民生。新增就业300人。\n", 3),
        Probe("P17 cjk with fullwidth dot skip", "一．主要工作\n二．存在问题\n四．下半年打算\n", 3),
        Probe("P18 spaced pdf marker skip", "一 、主要工作\n二 、存在问题\n四 、下半年打算\n", 3),
        Probe("P19 half-bracket skip", "1.加强理论学习\n1)集中学习。全年召开会议12次。\n2)专题研讨。开展研讨3次。\n4)警示教育。观看警示片2次。\n", 4),
        Probe("P20 一要 skip", "下半年,一要抓好项目建设;二要抓好招商引资;四要抓好安全生产。\n", 1),
        Probe("P21 inline 第一 skip", "下半年重点做好以下工作:第一,抓好项目建设;第二,抓好招商引资;第四,抓好安全生产。\n", 1),
        Probe("P22 inline (1) skip", "主要措施:(1)加强领导;(2)落实责任;(4)强化考核。\n", 1),
        Probe("P23 inline 1、 skip", "主要措施:1、加强领导;2、落实责任;4、强化考核。\n", 1),
        Probe("P24 top skip after long body", "一、上半年工作开展情况\n(一)党建工作。召开会议12次。\n(二)经济工作。完成投资2亿元。\n二、存在的问题\n一是资金不足。二是人员不够。\n三、下半年工作打算\n(一)抓党建。\n五、工作建议\n", 8),
        Probe("P25 paren level skip after new parent continue", "一、主要工作\n(一)抓党建。召开会议12次。\n(二)抓经济。完成投资2亿元。\n二、下半年打算\n(一)抓项目。\n(三)抓安全。\n", 6),
        Probe("N01 restart under new parent", "一、主要工作\n(一)抓党建。召开会议12次。\n(二)抓经济。完成投资2亿元。\n二、下半年打算\n(一)抓项目。\n(二)抓安全。\n", nil),
        Probe("N02 two summaries in one file", "某镇2023年上半年工作总结\n一、主要工作\n抓好党建。\n二、存在问题\n人员不足。\n三、下半年打算\n抓好项目。\n某镇2024年上半年工作总结\n一、主要工作\n抓好党建。\n二、存在问题\n人员不足。\n", nil),
        Probe("N03 篇 headings", "上半年工作总结 篇1\n一、主要工作\n抓好党建。\n二、存在问题\n人员不足。\n上半年工作总结 篇2\n一、工作开展情况\n抓好党建。\n二、下一步打算\n抓好项目。\n", nil),
        Probe("N04 attachments", "一、主要工作\n1.抓项目建设。\n2.抓民生保障。\n附件:1.重点项目进展表\n2.民生实事完成情况表\n", nil),
        Probe("N05 quoting a document's numbered points", "按照《实施方案》第三条、第五条的要求,落实各项措施。\n根据文件精神,重点落实“五个一”工程中的第三项和第五项任务。\n", nil),
        Probe("N06 wrapped pdf line starting with digits", "一、主要工作\n今年以来,全镇累计完成固定资产投资2.5亿元,同比增长\n3、4月份受疫情影响,部分项目停工。\n二、存在问题\n", nil),
        Probe("N07 wrapped line starting with cjk numeral list", "一、主要工作\n今年以来,我局组织开展了第一、\n二、三季度的安全检查,共检查企业20家。\n二、存在问题\n人员不足。\n", nil),
        Probe("N08 years quoted", "一、主要工作\n2.5万元用于活动。\n二、存在问题\n", nil),
        Probe("N09 sub-list under intro restarts", "一、主要工作\n主要做法如下:\n1.加强领导。\n2.落实责任。\n二、存在问题\n1.资金不足。\n2.人员不够。\n", nil),
        Probe("N10 marker after title on same line of 1. list", "一、加强学习。1.集中学习,召开会议12次。\n2.专题研讨,开展研讨3次。\n二、存在问题\n", nil),
        Probe("N11 first/second level with 一是 inline repeated per paragraph", "(一)抓党建。一是加强学习;二是加强阵地建设。\n(二)抓经济。一是抓招商;二是抓项目;三是抓服务。\n", nil),
        Probe("N12 ranks and prizes", "在全县比赛中荣获一、二、三等奖各1名。\n我镇在考核中位列第一、第二名的村各奖励1万元。\n", nil),
        Probe("N13 excerpt starting at 二、", "二、存在问题\n人员不足。\n三、下半年打算\n抓好项目。\n", nil),
        Probe("N14 numbered table rows", "序号 项目名称 投资\n1 道路硬化 50万元\n2 路灯安装 20万元\n4 广场建设 30万元\n", nil),
        Probe("N15 document sections 篇 markers 第一篇", "第一篇:社区上半年工作总结\n一、主要工作\n抓好党建。\n二、存在问题\n第二篇:街道上半年工作总结\n一、主要工作\n抓好党建。\n", nil),
        Probe("N16 first under 一是 split lines", "存在的问题:一是资金不足;\n二是人员不够;三是群众参与度不高。\n", nil),
        Probe("N17 numbered quote of policy", "落实“六稳”“六保”任务:(1)稳就业;(2)稳金融;(3)稳外贸。\n(1)保居民就业;(2)保基本民生。\n", nil),
        Probe("N18 首先其次", "首先,加强领导。其次,落实责任。再次,强化考核。最后,严格奖惩。\n", nil),
        Probe("N19 dates at line start", "一、主要工作\n3.15消费者权益日开展宣传活动。\n二、存在问题\n", nil),
        Probe("N20 chapter style", "第一部分 上半年工作总结\n一、主要工作\n二、存在问题\n第二部分 下半年工作计划\n一、指导思想\n二、主要任务\n", nil),
        Probe("P26 repeat with children between", "一、主要工作\n(一)抓党建。召开会议12次。\n(二)抓经济。完成投资2亿元。\n二、存在问题\n(一)资金不足。\n(二)人员不够。\n二、下半年打算\n(一)抓项目。\n", 7),
        Probe("P27 一是 inline in parent, then paragraphs", "(一)抓党建。一是加强学习,召开会议12次。\n二是加强阵地建设,新建活动室3个。\n四是加强队伍建设,培训党员200人次。\n", 3),
        Probe("P28 skip in second bundled doc", "某镇2023年上半年工作总结\n一、主要工作\n抓好党建。\n二、存在问题\n人员不足。\n某镇2024年上半年工作总结\n一、主要工作\n抓好党建。\n三、下半年打算\n抓好项目。\n", 9),
        Probe("P29 其一 headings paragraph-initial", "我们的主要做法:\n其一,开展隐患排查,共排查企业20家。\n其二,加强宣传教育,发放资料500份。\n其四,强化执法检查,立案3起。\n", 4),
        Probe("N21 preview repeats opening heading", "一、强化组织领导。今年以来,我镇成立了以党委书记为组长的领导小组,定期召开专题会议研究部署……\n某镇2024年上半年工作总结\n一、强化组织领导。今年以来,我镇成立了以党委书记为组长的领导小组,定期召开专题会议研究部署各项工作。\n二、狠抓工作落实。\n", nil),
        Probe("N22 wrapped line begins 2、3", "一、主要工作\n(一)抓党建。今年以来,全镇共组织开展主题党日活动,其中\n2、3月份开展了学雷锋志愿服务活动。\n(二)抓经济。\n", nil),
        Probe("N23 wrapped line 三、四", "一、主要工作\n今年以来,全镇共组织开展文艺演出,主要集中在第\n三、四季度。\n二、存在问题\n", nil),
        Probe("N24 2、1-5月 heading", "一、主要工作\n1、全面落实各项工作。\n2、1-5月份完成财政收入500万元。\n3、加强安全生产。\n", nil),
        Probe("N25 sub-items continue after a table", "一、主要工作\n1.抓党建。\n2.抓经济。\n3.抓民生。\n二、存在问题\n", nil),
        Probe("N26 其一 idiom", "这是其一,更重要的是群众满意。\n", nil),
        Probe("N27 paragraph opens with two months", "一、主要工作\n(一)抓党建。召开会议12次。\n3、4月份,组织开展了学雷锋志愿服务活动,参与志愿者50余人。\n(二)抓经济。完成投资2亿元。\n", nil),
        Probe("N28 paragraph opens with two quarters", "一、上半年工作\n抓好党建。\n二、下半年打算\n三、四季度,我镇将重点抓好项目建设和安全生产。\n三、工作建议\n加大投入。\n", nil),
        Probe("P30 heading whose title opens with a count", "一、主要工作\n1、加强领导。\n2、3个重点项目加快推进。\n3、落实责任。\n5、强化考核。\n", 5),
        Probe("P31 paragraph-initial ⒈ list skip", "一、主要工作\n⒈加强理论学习。全年召开会议12次。\n⒉加强阵地建设。新建活动室3个。\n⒋加强队伍建设。培训党员200人次。\n", 4),
        Probe("P32 ㈠ list skip", "一、主要工作\n㈠抓党建。全年召开会议12次。\n㈡抓经济。完成投资2亿元。\n㈣抓民生。新增就业300人。\n", 4),
        Probe("P33 pdf spaced arabic marker skip", "一、主要工作\n1 、加强理论学习。全年召开会议12次。\n2 、加强阵地建设。新建活动室3个。\n4 、加强队伍建设。培训党员200人次。\n", 4),
        Probe("N30 heading whose title opens with the quarter", "某镇2024年二季度工作总结\n一、二季度工作开展情况\n(一)抓党建。召开会议12次。\n二、存在问题\n人员不足。\n", nil),
        Probe("N31 ten and beyond", "八、抓好安全生产。\n九、抓好信访稳定。\n十、抓好作风建设。\n十一、抓好队伍建设。\n", nil),
        Probe("N32 excerpt opens inside a list", "(三)抓民生。新增就业300人。\n(四)抓安全。开展检查20次。\n二、存在问题\n人员不足。\n", nil),
        Probe("N33 buildings list at paragraph start", "一、主要工作\n1、2、3号楼外墙改造已全部完成。\n二、存在问题\n", nil),
        Probe("N34 其二者 and 其一 in prose", "一、主要工作\n两项任务缺一不可,其一是加强领导,其二是落实责任。\n二、存在问题\n", nil),
        Probe("P34 ten skip", "八、抓好安全生产。\n九、抓好信访稳定。\n十、抓好作风建设。\n十二、抓好队伍建设。\n", 4),
        Probe("P35 angle CJK markers skip", "一、主要工作\n〈一〉抓党建。召开会议12次。\n〈二〉抓经济。完成投资2亿元。\n〈四〉抓民生。新增就业300人。\n", 4),
        Probe("P36 ascii angle markers with 、 skip", "二、工作开展情况\n<一>、深入开展学习\n学习12次。\n<二>、加强产业发展\n<四>、改善人居环境\n", 5),
        Probe("P37 lost first child after a 一是 paragraph", "一、主要工作\n抓党建,夯实基础\n一是加强学习。\n(二)抓经济,推进发展\n一是抓招商。\n", 4),
        Probe("N35 angle marker glued to its title", "一、上半年工作总结〈一〉扎实推进道路工程。完成设计3项。〈二〉加快推进安保工程。完成改造8公里。\n二、存在问题\n", nil),
        Probe("N36 【第二篇】 restarts", "某镇工作总结【第一篇】\n一、主要工作\n二、存在问题\n某镇工作总结【第二篇】\n一、主要工作\n二、存在问题\n", nil),
        Probe("R1 street office summary, correct outline", "某某街道办事处2024年上半年工作总结\n今年以来,在区委、区政府的坚强领导下,街道党工委、办事处坚持以习近平新时代中国特色社会主义思想为指导,紧紧围绕年初确定的目标任务,统筹推进各项工作,现将上半年工作总结如下:\n一、上半年工作开展情况\n(一)坚持党建引领,基层治理水平不断提升\n1.加强理论武装。召开党工委理论学习中心组学习会6次,开展专题研讨3次。\n2.夯实基层基础。完成12个社区“两委”分析研判,新建党群服务站点3个。\n3.强化作风建设。一是开展警示教育,组织观看警示教育片2次;二是开展谈心谈话,覆盖党员干部120余人次;三是开展专项检查,发现并整改问题15个。\n(二)坚持项目为王,经济发展稳中有进\n1.项目建设提速。全街道实施重点项目8个,完成投资5.6亿元,占年度计划的52%。\n2.招商引资见效。新签约项目5个,协议总投资12亿元。其中:\n(1)工业项目2个,协议投资8亿元;\n(2)服务业项目3个,协议投资4亿元。\n3.营商环境优化。开展“企业服务日”活动6场,解决企业诉求28件。\n(三)坚持民生优先,群众获得感持续增强\n1.就业创业。新增城镇就业460人,发放创业担保贷款300万元。\n2.社会保障。发放低保金126万元,临时救助42人次。\n二、存在的问题\n一是经济发展后劲不足,新开工项目偏少;二是社会治理精细化水平有待提高;三是干部队伍能力素质与新形势新任务的要求还有差距。\n三、下半年工作打算\n(一)聚焦项目建设。全力推进8个重点项目建设,确保全年完成投资11亿元。\n(二)聚焦民生保障。办好10件民生实事,新增城镇就业400人以上。\n(三)聚焦安全稳定。深入开展安全生产大排查大整治,坚决遏制较大以上事故发生。\n附件:1.上半年重点项目推进情况表\n2.民生实事完成情况表\n某某街道办事处\n2024年7月5日\n", nil),
        Probe("R2 template page with two texts", "首页 > 工作总结 > 上半年工作总结\n社区上半年工作总结(精选2篇)\n社区上半年工作总结 篇1\n今年以来,我社区在街道党工委的正确领导下,认真开展各项工作,现总结如下:\n一、工作开展情况\n(一)党建工作。组织党员开展主题党日活动6次,参与党员300余人次。\n(二)环境整治。清理卫生死角35处,清运垃圾20余吨。\n二、存在的不足\n一是居民参与度不高;二是工作人员力量不足。\n三、下一步工作打算\n下半年,我们将继续做好各项工作,努力开创社区工作新局面。\n社区上半年工作总结 篇2\n今年以来,我社区在街道党工委的正确领导下,认真开展各项工作,现总结如下:\n一、工作开展情况\n(一)党建工作。组织党员开展主题党日活动4次,参与党员200余人次。\n(二)综治工作。开展矛盾纠纷排查12次,化解纠纷8起。\n二、存在的不足\n一是居民参与度不高;二是基础设施较为薄弱。\n三、下一步工作打算\n下半年,我们将着力补齐基础设施短板,不断提升居民群众满意度。\n", nil),
        Probe("R3 pdf wrapped bureau report", "县文化和旅游局2023年上半年工作总结\n一、主要工作完成情况\n(一)公共文化服务。上半年全县共开展送文化下乡活动\n120场次,惠及群众3.6万人次;组织开展“村晚”、广\n场舞大赛等群众性文化活动,主要集中在第一、\n二季度,参与群众2万余人次。\n(二)文物保护。完成县级文物保护单位“四有”档案建\n设,对全县23处不可移动文物开展安全巡查,发现并整\n改隐患6处。\n(三)旅游发展。1-6月全县接待游客156万人次,同比增长\n22.5%;实现旅游综合收入13.2亿元,同比增长25.1%。其中\n3、4月份受天气影响,游客接待量较去年同期略有下降。\n二、存在的问题\n(一)公共文化设施利用率不高。\n(二)旅游产品同质化问题突出。\n三、下半年工作计划\n(一)持续丰富公共文化供给。\n(二)加快推进旅游项目建设。\n", nil),
    ]

    @Test(arguments: probes)
    func reportsTheGapOnlyWhereItStands(probe: Probe) {
        // Setup: the probe's text. Act
        let lines = Checker.check(text: probe.text).findings.filter { $0.kind == .numbering }.map(\.line)

        // Assert: one finding on the gap's line, or none.
        #expect(lines == (probe.line.map { [$0] } ?? []))
    }
}
