import Testing
@testable import TaizhangText

/// Synthetic probes of repeated paragraphs in forms that `EditedRepeatProbeTests` and the
/// metamorphic probe do not hold (eighteenth pass, numprobe): a paragraph pasted again under
/// another heading marker, after a page counter or a site's line, joined or split across
/// lines, in traditional characters or other widths, short (the gold's shortest repeat is a
/// paragraph's opening of about 50 letters), with a figure changed, far from its first copy
/// (verbatim: an edited copy farther than `EditedRepeats.window` lines is left, see the docs),
/// and two sentences pasted twice inside one long paragraph — and near misses that must not
/// be found (short lines of a list, table headers after a page break, a policy's title quoted
/// in two sentences, one formula for two periods).
@Suite struct RepeatFormProbeTests {
    typealias Probe = LineProbe

    static let body = "今年以来,社区积极开展垃圾分类宣传活动,发放宣传资料500余份,群众知晓率明显提高,居民参与热情高涨。"
    static let long = "今年以来,我镇在县委、县政府的正确领导下,坚持以习近平新时代中国特色社会主义思想为指导,紧紧围绕年初确定的目标任务,统筹推进疫情防控和经济社会发展,各项工作取得了明显成效。"
    static let filler = (1...20).map { "第\($0)村完成了人居环境整治任务\($0 + 10)处。" }.joined(separator: "\n")

    static let probes: [Probe] = [
        Probe("R01 paragraph under another heading marker", "一、主要工作\n(一)抓党建。\(body)\n(二)抓经济。完成投资2亿元。\n(三)抓党建。\(body)\n", 4),
        Probe("R02 long paragraph under another cjk marker", "一、\(long)\n二、存在问题\n人员不足。\n三、\(long)\n", 4),
        Probe("R03 repeated after a page counter", "一、主要工作\n\(body)\n- 2 -\n\(body)\n二、存在问题\n", 4),
        Probe("R04 repeated after a page's footer line", "一、主要工作\n\(long)\n第 1 页 共 3 页\n\(long)\n二、存在问题\n", 4),
        Probe("R05 first copy wrapped, second joined", "一、主要工作\n今年以来,社区积极开展垃圾分类宣传活动,发放宣传资\n料500余份,群众知晓率明显提高,居民参与热情高涨。\n组织志愿者开展环境整治活动12次。\n\(body)\n", 5),
        Probe("R06 first joined, second wrapped in three", "一、主要工作\n\(body)\n组织志愿者开展环境整治活动12次。\n今年以来,社区积极开展垃圾分\n类宣传活动,发放宣传资料500余份,群众知\n晓率明显提高,居民参与热情高涨。\n", 4),
        Probe("R07 long paragraph in traditional characters", "一、主要工作\n\(long)\n二、存在问题\n今年以來,我鎮在縣委、縣政府的正確領導下,堅持以習近平新時代中國特色社會主義思想為指導,緊緊圍繞年初確定的目標任務,統籌推進疫情防控和經濟社會發展,各項工作取得了明顯成效。\n", 4),
        Probe("R08 full-width digits and punctuation", "一、主要工作\n\(body)\n二、存在问题\n今年以来，社区积极开展垃圾分类宣传活动，发放宣传资料５００余份，群众知晓率明显提高，居民参与热情高涨。\n", 4),
        Probe("R09 short paragraph of about 50 letters", "一、主要工作\n\(body)\n组织志愿者开展环境整治活动12次。\n\(body)\n", 4),
        Probe("R10 a one-sentence paragraph of 25 letters", "一、主要工作\n全年共召开党员大会12次,参与党员300余人次。\n组织志愿者开展环境整治活动12次。\n全年共召开党员大会12次,参与党员300余人次。\n", 4),
        Probe("R11 short paragraph with a figure changed", "一、主要工作\n\(body)\n组织志愿者开展环境整治活动12次。\n今年以来,社区积极开展垃圾分类宣传活动,发放宣传资料600余份,群众知晓率明显提高,居民参与热情高涨。\n", 4),
        Probe("R12 long paragraph with a figure changed", "一、主要工作\n今年以来,我镇累计完成固定资产投资2.5亿元,同比增长12%,其中工业投资1.2亿元,新开工项目8个,竣工项目5个,招商引资到位资金3亿元,各项经济指标稳中有进。\n二、存在问题\n今年以来,我镇累计完成固定资产投资2.8亿元,同比增长12%,其中工业投资1.2亿元,新开工项目8个,竣工项目5个,招商引资到位资金3亿元,各项经济指标稳中有进。\n", 4),
        Probe("R13 two long paragraphs far apart", "一、主要工作\n\(long)\n\(filler)\n二、存在问题\n\(long)\n", 24),
        Probe("R14 short paragraph far apart", "一、主要工作\n\(body)\n\(filler)\n二、存在问题\n\(body)\n", 24),
        Probe("R15 two sentences pasted twice in one paragraph", "今年以来,社区积极开展垃圾分类宣传活动,发放宣传资料500余份。组织志愿者开展环境整治活动12次,清理卫生死角30处。今年以来,社区积极开展垃圾分类宣传活动,发放宣传资料500余份。组织志愿者开展环境整治活动12次,清理卫生死角30处。同时加强督查考核。\n", 1),
        Probe("R17 a word changed in a long paragraph (我县/我市)", "上半年,我们还从以下几个方面做好我县食品卫生安全工作:一是在全县范围内开展了熟肉制品业的专项整治工作,有效净化了我县餐饮业及熟肉制品市场;二是加强监督检查,共检查餐饮单位320家。\n二、存在问题\n上半年,我们还从以下几个方面做好我县食品卫生安全工作:一是在全县范围内开展了熟肉制品业的专项整治工作,有效净化了我市餐饮业及熟肉制品市场;二是加强监督检查,共检查餐饮单位320家。\n", 3),
        Probe("R18 repeated with a heading marker added", "一、主要工作\n\(body)\n组织志愿者开展环境整治活动12次。\n1.\(body)\n", 4),
        // Near misses: no finding.
        Probe("S01 short list lines in two sections", "一、上半年工作\n一是加强领导。\n二是落实责任。\n二、下半年打算\n一是加强领导。\n二是落实责任。\n", nil),
        Probe("S02 table header after a page break", "一、主要工作\n序号 项目名称 建设内容 完成投资 完成情况\n1 道路硬化 硬化村道3公里 50万元 已完成\n- 2 -\n序号 项目名称 建设内容 完成投资 完成情况\n2 路灯安装 安装路灯120盏 20万元 已完成\n", nil),
        Probe("S03 a policy title quoted in two sentences", "一、主要工作\n认真贯彻落实《关于进一步加强农村基层党组织建设的实施意见》,召开专题会议3次。\n二、下半年打算\n继续对照《关于进一步加强农村基层党组织建设的实施意见》,逐项抓好整改落实。\n", nil),
        Probe("S04 one formula for two months", "一、主要工作\n3月份,社区组织开展学雷锋志愿服务活动,参与志愿者50余人,清理卫生死角30处。\n5月份,社区组织开展学雷锋志愿服务活动,参与志愿者80余人,清理卫生死角45处。\n", nil),
        Probe("S05 one formula for two quarters, one figure apart", "一、主要工作\n一季度,全镇共受理群众来电来访320件,已全部按时办结,群众满意率达到98%以上。\n二季度,全镇共受理群众来电来访350件,已全部按时办结,群众满意率达到98%以上。\n", nil),
        Probe("S06 sign-off repeated on two pages", "某某镇人民政府\n2024年6月30日\n- 2 -\n某某镇人民政府\n2024年6月30日\n", nil),
        Probe("S08 one formula for two years", "一、主要工作\n2022年,全镇共投入资金500万元用于农村人居环境整治,群众满意度明显提升。\n2023年,全镇共投入资金500万元用于农村人居环境整治,群众满意度明显提升。\n", nil),
        Probe("S09 one formula for two batches", "一、主要工作\n组织第3批党员干部赴革命老区开展党性教育,进一步坚定理想信念。\n组织第5批党员干部赴革命老区开展党性教育,进一步坚定理想信念。\n", nil),
        Probe("S07 one formula for two villages with only the figure apart", "一、主要工作\n1.东村:完成道路硬化3公里,安装路灯120盏,新建文化广场1个,群众满意度明显提升。\n2.西村:完成道路硬化5公里,安装路灯120盏,新建文化广场1个,群众满意度明显提升。\n", nil),
    ]

    @Test(arguments: probes)
    func reportsTheRepeatOnlyWhereItStands(probe: Probe) {
        // Setup: the probe's text. Act
        let lines = Checker.check(text: probe.text).findings.filter { $0.kind == .duplicate }.map(\.line)

        // Assert: one finding on the second copy's first line, or none.
        #expect(lines == (probe.line.map { [$0] } ?? []))
    }
}
