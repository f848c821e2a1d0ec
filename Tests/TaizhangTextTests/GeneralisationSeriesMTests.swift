import Testing
@testable import TaizhangText

/// Fourteenth pass (issue #14, corpus m): forms the unseen m series (PDF and Word
/// extractions on document sites, traditional-character pages) showed the checker
/// missing, written here as general shapes — never corpus text.
@Suite struct GeneralisationSeriesMTests {
    private func chrome(_ text: String) -> [Finding] {
        Checker.check(text: text).findings.filter { $0.kind == .boilerplate }
    }

    /// The findings of the column-and-title shape only (other rules read bar rows as page details).
    private func columns(_ text: String) -> [Finding] {
        chrome(text).filter { $0.message == "网页残留:网站栏目与页面标题" }
    }

    private let body = "今年以来,全镇上下围绕中心工作扎实推进各项任务落实,取得了较好成效。"

    // MARK: a title filed under the site's column

    /// 某某工作总结-总结 then a space and the text: the title and the site's column are
    /// residue, the text after them is not.
    @Test func aTitleWithAHyphenatedColumnOpeningTheLineIsChrome() {
        let found = columns("某社区创建工作总结-总结 篇一:\(body)\n")
        #expect(found.count == 1)
        #expect(found.first?.text == "某社区创建工作总结-总结")
    }

    /// A hyphen followed by a report word that goes on (总结经验) is a sentence, not a column.
    @Test func aHyphenBeforeAWordThatGoesOnIsText() {
        #expect(chrome("年度工作总结-总结经验教训并加以推广\n").isEmpty)
    }

    /// 栏目名|页面标题 as a line: the column's name and the bar are residue.
    @Test func aColumnNameAndABarBeforeTheTitleAreChrome() {
        let found = columns("街道工作总结|某街道办事处三年工作总结\n\(body)\n")
        #expect(found.count == 1)
        #expect(found.first?.text == "街道工作总结|")
    }

    /// A flattened table row in the body (三 cells between bars, report words in them) is no
    /// column and title: the part after the bar must be one title to the line's end.
    @Test func aTableRowWithBarsIsNoColumn() {
        #expect(columns("\(body)\n工作总结|工作计划|备注\n\(body)\n").isEmpty)
    }

    // MARK: a title repeated by a document site's preview

    /// A title alone on its line, then the next line opening with the same title, a space and
    /// the text (the site's preview of a PDF): the line above was the page's title.
    @Test func aTitleRepeatedWithASpaceBeforeTheTextMarksThePageTitle() {
        let text = "某镇农业工作总结会上的讲话\n某镇农业工作总结会上的讲话 同志们:\(body)\n一、正视成绩\n"
        #expect(chrome(text).map(\.line) == [1])
    }

    /// The next line repeating the title, a space and then a bracket (a date, a draft note)
    /// before its text is no preview copy: the title stays text.
    @Test func aTitleRepeatedBeforeABracketLeavesItText() {
        let text = "某镇农业工作总结会上的讲话\n某镇农业工作总结会上的讲话 (二〇二三年十二月),\(body)\n"
        #expect(chrome(text).isEmpty)
    }
}
