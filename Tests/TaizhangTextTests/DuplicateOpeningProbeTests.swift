import Testing
@testable import TaizhangText

/// Probes of the 40-letter opening rule (`DuplicateIndex.repeatedOpening`, nineteenth pass,
/// dupnear): a site's preview and a short copy with a letter changed go on as the text does
/// and stay duplicates; two different paragraphs behind one opening of 40 letters or more (a
/// hotline's 根据…统计, a list's lead-in, a table's row label) were reported, and must not be.
@Suite struct DuplicateOpeningProbeTests {
    typealias Probe = LineProbe

    static let hotline = "根据衡山县12345政务服务便民热线中心(以下简称“12345热线”)系统平台归集的数据统计,"
    static let leadIn = "按照县委县政府关于进一步加强和改进全镇农村人居环境整治工作的统一部署和具体工作要求,"
    static let label = "全县农村人居环境整治提升项目道路硬化及路灯安装工程建设专项资金(县级财政配套部分资金)"
    static let text = "今年以来,我镇在县委、县政府的正确领导下,坚持以习近平新时代中国特色社会主义思想为指导,紧紧围绕年初确定的目标任务,统筹推进疫情防控和经济社会发展,各项工作取得了明显成效。"
    static let short = "根据县委县政府的统一部署和要求,我镇于三月上旬在全镇范围内组织开展了农村人居环境整治集中攻坚行动,共清理垃圾300余吨。"

    static let probes: [Probe] = [
        Probe("D01 a site's preview cut with an ellipsis, then the text", "工作总结\n今年以来,我镇在县委、县政府的正确领导下,坚持以习近平新时代中国特色社会主义思想为指导,紧紧围绕年初确定的目标……\n发布时间:2024-07-01\n\(text)\n", 4),
        Probe("D02 a short paragraph pasted with a figure changed after its opening", "一、主要工作\n\(short)\n组织志愿者开展环境整治活动12次。\n\(short.replacingOccurrences(of: "300", with: "320"))\n", 4),
        Probe("D03 a short paragraph re-wrapped after a page counter", "一、主要工作\n\(short)\n- 2 -\n根据县委县政府的统一部署和要求,我镇于三月上旬在全镇范围内组织开展了农村人\n居环境整治集中攻坚行动,共清理垃圾300余吨。\n", 4),
        Probe("D04 a paragraph's first sentence pasted twice after a title without a stop", "安庆市妇联召开2013年年中工作推进会 总结上半年工作 谋划下半年发展\n为全面总结全市妇联系统上半年工作,谋划安排下半年工作,近日,市妇联召开了半年工作总结会。为全面总结全市妇联系统上半年工作,谋划安排下半年工作,近日,市妇联召开了半年工作总结会。会议由市妇联主席主持。\n", 2),
        // Near misses: no finding.
        Probe("N01 two paragraphs behind one boilerplate opening", "一、受理情况\n\(hotline)一季度共受理群众诉求3200件,办结率98%,较去年同期有所上升。\n二、服务质量\n\(hotline)热线工作人员坚持全天候在线服务,群众满意率进一步提升。\n", nil),
        Probe("N02 list items with one lead-in", "一、主要工作\n● \(leadIn)全面完成村庄清洁行动春季战役。\n● \(leadIn)扎实推进农村厕所革命,新改建卫生户厕120座。\n", nil),
        Probe("N03 a table's rows under one long label", "一、资金拨付情况\n\(label) 第一季度 120万元 已拨付\n\(label) 第二季度 80万元 已拨付\n", nil),
        Probe("N04 a long title repeated as a page's running head", "关于某某镇2023年度农村人居环境整治提升工作开展情况暨2024年度重点工作计划安排的总结报告\n一、主要工作\n全镇共清理农村生活垃圾300余吨,整治村庄沟渠12公里,\n- 2 -\n关于某某镇2023年度农村人居环境整治提升工作开展情况暨2024年度重点工作计划安排的总结报告\n改造农村卫生户厕120座,群众满意度明显提升。\n", nil),
    ]

    @Test(arguments: probes)
    func reportsTheRepeatOnlyWhereItStands(probe: Probe) {
        // Setup: the probe's text. Act
        let lines = Checker.check(text: probe.text).findings.filter { $0.kind == .duplicate }.map(\.line)

        // Assert: one finding on the second copy's first line, or none.
        #expect(lines == (probe.line.map { [$0] } ?? []))
    }

    @Test func aContinuationGoesOnOnlyAsTheTextDoes() {
        // Setup: the letters after an opening, as scalars.
        func letters(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }
        let text = letters("统筹推进疫情防控和经济社会发展各项工作取得")

        // Act / Assert: a preview's few letters, a prefix, a letter changed go on; another text does not.
        #expect(DuplicateIndex.goesOn(letters("统筹"), text))
        #expect(DuplicateIndex.goesOn(letters("统"), letters("统")))
        #expect(!DuplicateIndex.goesOn(letters("统"), letters("筹")))
        #expect(DuplicateIndex.goesOn(letters("统筹推进疫情防控"), text))
        #expect(DuplicateIndex.goesOn(letters("统筹推进疫情防空和经济社会发展各项工作取得"), text))
        #expect(!DuplicateIndex.goesOn(letters("热线工作人员坚持全天候在线服务"), text))
    }
}
