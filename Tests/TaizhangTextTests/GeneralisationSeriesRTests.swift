import Testing
@testable import TaizhangText

/// Sixteenth pass (issue #14, corpus r): the two wrong reports the unseen r series (summaries
/// from hosts the corpus had none of) drew from main's rules, written as general shapes —
/// never corpus text — each with its near misses.
@Suite struct GeneralisationSeriesRTests {
    private func report(_ text: String) -> DocumentReport { Checker.check(text: text) }

    private func lines(_ text: String, _ kind: FindingKind) -> [Int] {
        report(text).findings.filter { $0.kind == kind }.map(\.line)
    }

    private let sentence = "今年以来,我们围绕中心工作扎实推进各项任务,群众满意度明显提升,基层治理能力不断增强,"
        + "各项重点工作取得了较好成效,为全年目标的完成打下了坚实基础。"

    // MARK: after a document site's summary label

    /// 内容简介 ⏎ …工作总结一、基本情况: the preview starts the document, its title glued to
    /// its first heading — text, not the site's summary.
    @Test func aTitleGluedToTheFirstHeadingAfterASummaryLabelIsText() {
        let text = "下载文档\n内容简介\n东湖街道办事处年度工作总结一、基本情况\n\(sentence)\n"
        #expect(!lines(text, .boilerplate).contains(3))
    }

    /// The same with the bracketed marker: …工作报告(一)主要做法.
    @Test func aTitleGluedToABracketedFirstHeadingIsText() {
        let text = "文档简介\n城关镇卫生院上半年工作报告(一)主要做法\n\(sentence)\n"
        #expect(!lines(text, .boilerplate).contains(2))
    }

    /// Near miss: the site's own prose about the page stays its summary.
    @Test func proseAfterASummaryLabelStaysTheSitesSummary() {
        let text = "内容简介\n本文档介绍了街道办事处一年来的主要工作和下一步打算,供大家参考。\n\(sentence)\n"
        #expect(lines(text, .boilerplate).contains(2))
    }

    /// Near miss: numerals in a row after the report word name parts in prose (一、二两部分),
    /// and a later marker (二、) opens no document: both stay the summary.
    @Test func partsNamedInProseOrALaterMarkerStayTheSummary() {
        let parts = "内容简介\n街道工作总结一、二两部分\n\(sentence)\n"
        let later = "内容简介\n街道工作总结二、存在问题\n\(sentence)\n"
        #expect(lines(parts, .boilerplate).contains(2))
        #expect(lines(later, .boilerplate).contains(2))
    }

    // MARK: a bare magnitude naming a class by its size

    /// 3个亿元以上项目: the projects' class is 亿元以上; no figure was deleted before 亿元.
    @Test func aMagnitudeBeforeABoundAndANounIsNoDeletedFigure() {
        let text = "全年成功招引3个亿元以上项目,辖区5家万元以上企业完成技改,完成投资5.2亿元。\n"
        #expect(lines(text, .missingNumber).isEmpty)
    }

    /// Near misses: the bound ends the clause (投资亿元以上。), a blank stands before the unit
    /// (投资 亿元以上项目), or no bound follows (投资亿元,): a figure was deleted.
    @Test func aDeletedFigureBeforeAMagnitudeIsStillReported() {
        #expect(!lines("全年完成固定资产投资亿元以上。\n", .missingNumber).isEmpty)
        #expect(!lines("全年招引投资 亿元以上项目。\n", .missingNumber).isEmpty)
        #expect(!lines("全年完成固定资产投资亿元,同比增长。\n", .missingNumber).isEmpty)
    }
}
