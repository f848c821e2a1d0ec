import Testing
@testable import TaizhangText

/// Session 14 (chromestruct): the page's text below a document's closing (`TailChrome`), found
/// by the document's structure — a last paragraph, the signature and the date — whatever the
/// words of the site; and the document's own lines after a closing (back matter, an appendix's
/// table, the next text of a bundle) that must stay text. Invented lines.
@Suite struct ChromeTailTests {
    private func lines(_ text: String) -> Set<Int> {
        Set(Checker.check(text: text).findings.filter { $0.kind == .boilerplate }.map(\.line))
    }

    private let body = "江城县东湖镇2024年上半年工作总结\n"
        + "今年以来,我镇围绕中心工作扎实推进各项任务,群众满意度明显提升,基层治理能力不断增强。\n"
        + "下半年,我们将继续抓好各项工作落实,确保完成全年目标任务。\n"

    /// Lines 1–3 the body; 4–5 the closing; the tail from line 6.
    private func closed(_ tail: [String], closing: [String] = ["东湖镇人民政府", "2024年7月5日"]) -> String {
        body + (closing + tail).joined(separator: "\n") + "\n"
    }

    @Test(arguments: [
        ["萌到你眼炸", "本文由作者推荐"],                       // a user's name and a badge, no site word
        ["江城风采", "乡村振兴", "党建引领"],                  // a site's section names
        ["东湖镇2023年下半年工作总结", "东湖镇2024年工作计划"], // other texts' titles
        ["微信信访 APP信访", "镇长 张三 13800000000"],          // a portal's contact rows
    ])
    func linesAfterTheClosingAreChrome(_ tail: [String]) {
        let found = lines(closed(tail))
        #expect((6..<(6 + tail.count)).allSatisfy { found.contains($0) }, "\(found.sorted())")
        #expect(!found.contains(4) && !found.contains(5) && !found.contains(1))
    }

    @Test func aChineseNumeralDateAndNoSignatureCloseToo() {
        let found = lines(closed(["江城风采", "乡村振兴"], closing: ["二〇二四年七月"]))
        #expect(found.contains(5) && found.contains(6) && !found.contains(4))
    }

    @Test(arguments: [
        ["抄送:县委办,县人大办。"],                                       // back matter of GB/T 9704
        ["(此件公开发布)"],
        ["附件:东湖镇上半年重点项目表"],
        ["附件", "重点项目完成情况表", "道路硬化", "80%"],                  // an appendix's table, a cell a line
        ["东湖镇2024年下半年工作计划", "下半年,我镇将重点抓好以下工作,确保全年任务完成。"], // the next text
        ["东湖镇2024年下半年工作计划", "一、总体思路"],
        ["江城风采", "乡村振兴", "镇里今年还将继续推进道路硬化,完成全年目标任务。"],  // prose returns
        ["下半年将继续抓好落实。"],                                                      // a short sentence
    ])
    func theDocumentsOwnLinesAfterTheClosingStayText(_ tail: [String]) {
        let found = lines(closed(tail))
        #expect(found.isDisjoint(with: 4..<(6 + tail.count)), "\(found.sorted())")
    }

    @Test(arguments: [
        [] as [String],                           // no closing at all
        ["2024年7月5日"],                          // a date heading a log, after a heading-less line
    ])
    func withoutAClosingAfterProseNothingIsHeld(_ closing: [String]) {
        // Short lines at the end of a text whose body never closed (a newspaper graphic's captions).
        let text = body + "上半年工作情况\n" + (closing + ["一般公共预算收入", "税收收入增长"]).joined(separator: "\n") + "\n"
        #expect(lines(text).isEmpty)
    }

    @Test func aDateInsideTheBodyClosesNothing() {
        // A date alone after a heading (a chronicle's entry) is no closing: the paragraph before is not closed.
        let text = body + "(一)重点工作\n2024年3月\n开展植树活动\n"
        #expect(lines(text).isEmpty)
    }

    @Test func aLongTailIsLeftAlone() {
        let tail = (1...(TailChrome.limit + 2)).map { "江城风采第\($0)期" }
        #expect(lines(closed(tail)).isEmpty)
    }

    @Test func withoutAClosingAFooterLineConfirmsTheLinesAboveIt() {
        // Lines 4–5 wait below the last paragraph; line 6 is chrome by its words (上一篇:); the end follows.
        let found = lines(body + "江城风采\n乡村振兴\n上一篇:东湖镇开展植树活动\n")
        #expect(found.isSuperset(of: [4, 5, 6]), "\(found.sorted())")
    }

    @Test func chromeBetweenParagraphsConfirmsNothing() {
        // An unnumbered subheading above a line of chrome inside the body: the body goes on after it.
        let text = body + "工作亮点\n上一篇:东湖镇开展植树活动\n" + "我镇深入开展人居环境整治,群众满意度不断提升,各项工作有序推进。\n"
        #expect(!lines(text).contains(4))
    }

    @Test func aPageFooterOfAPDFConfirmsNothing() {
        let text = body + "单位名称\n- 2 -\n"
        #expect(!lines(text).contains(4))
    }
}
