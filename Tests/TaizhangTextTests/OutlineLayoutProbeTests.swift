import Testing
@testable import TaizhangText

/// Outline forms of texts flattened by extraction (session 13, numdup3; `MetamorphicLayoutTests`
/// measures them on dev): an inline list under a heading glued into the line numbers afresh
/// (w05, a document site's one-line text), a glued heading written 三、␣title, a first
/// sub-heading glued to its parent's title where no stop divides them — and near misses.
@Suite struct OutlineLayoutProbeTests {
    typealias Probe = LineProbe

    static let probes: [Probe] = [
        Probe("L01 one line: each glued section's 1、2、 list numbers afresh (w05)",
              "园区工作总结一、上半年工作(一)经济指标1、产值34亿元;2、投资2亿元。(二)企业服务管理1、推进改造。2、规范转让。\n", nil),
        Probe("L02 one line: a repeat inside the second section's list is still found",
              "园区工作总结一、上半年工作(一)经济指标1、产值34亿元;2、投资2亿元。(二)企业服务管理1、推进改造。2、规范转让。2、优化服务。\n", 1),
        Probe("L03 a glued heading with a space after its marker skips",
              "一、 主要工作\n抓好党建,召开会议12次。二、 存在问题\n人员不足,经费紧张。四、 下半年打算\n", 3),
        Probe("L04 a glued numeral list with a space is no heading",
              "一、主要工作\n获奖情况如下。二、 三等奖各5名。\n", nil),
        Probe("L05 one line: the first 1. glued to its section's title",
              "工作总结一、推动经济发展1. 扶持新兴产业:引进企业5家。2. 优化营商环境:办结事项30件。二、改善农村生活1. 实施乡村振兴:新建道路2公里。2. 推动产业升级:新增合作社3家。\n", nil),
        Probe("L06 one line: a skip after a first 1. glued to its title",
              "一、推动经济发展1. 扶持新兴产业:引进企业5家。2. 优化营商环境:办结事项30件。4. 加强安全生产:检查企业20家。\n", 1),
        Probe("L07 a figure after a title is no first child", "一、2021年1.5亿元投资完成情况\n二、存在问题\n", nil),
        Probe("L08 a date after a title is no first child", "(一)加强领导1、2月份召开会议3次。\n(二)落实责任\n", nil),
        Probe("L09 heading lines glued to paragraphs without their stop, a skip",
              "一、主要工作\n全年办结案件179件二、信息宣传工作情况\n共发布信息102篇四、审判流程公开情况\n", 3),
        Probe("L10 no skip after a sibling glued without a stop (g15)",
              "一、加强队伍建设。\n文化站建设制度二、营造文艺氛围。\n发掘民间艺术资源。三、开展群众活动\n", nil),
        Probe("L11 初三、高三 inside a sentence is no heading",
              "一、教学工作\n抓好毕业班工作。\n二、学生管理\n组织初三、高三学生参加体检。\n三、后勤保障\n", nil),
        Probe("L12 a stopless 三、 that does not continue the list is no heading",
              "一、教学工作\n组织学生参加活动三、四次。\n二、学生管理\n", nil),
        Probe("L13 (參) in a traditional capital outline", "(壹)加強學習。\n(貳)加強管理。\n(參)加強服務。\n(肆)加強考核。\n", nil),
    ]

    @Test(arguments: probes)
    func reportsTheGapOnlyWhereItStands(probe: Probe) {
        // Setup: the probe's text. Act
        let lines = Checker.check(text: probe.text).findings.filter { $0.kind == .numbering }.map(\.line)

        // Assert: one finding on the gap's line, or none.
        #expect(lines == (probe.line.map { [$0] } ?? []))
    }
}
