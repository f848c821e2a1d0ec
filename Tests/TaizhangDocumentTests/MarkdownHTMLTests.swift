import Testing
@testable import TaizhangDocument

struct MarkdownHTMLTests {
    let doc = DraftComposer().compose(Fixtures.small)

    @Test func markdownHasTitleOutlineAndClosing() {
        let md = MarkdownWriter().markdown(for: doc)

        #expect(md.hasPrefix("# 城关镇文化站2024年上半年工作总结\n"))
        #expect(md.contains("\n## 一、上半年工作开展情况\n"))
        #expect(md.contains("\n### （一）群众文化活动\n"))
        #expect(md.contains("\n## 二、存在的问题\n"))
        #expect(md.contains("开展文艺演出71场"))
        #expect(md.hasSuffix("城关镇文化站  \n2024年7月5日\n"))
    }

    @Test func markdownEscapesMarkup() {
        #expect(MarkdownWriter.escapeInline("*粗* _斜_ [链接](x) <b>") == #"\*粗\* \_斜\_ \[链接\]\(x\) \<b\>"#)
        #expect(MarkdownWriter.escapeBlock("1. 第一") == #"1\. 第一"#)
        #expect(MarkdownWriter.escapeBlock("# 不是标题") == ##"\# 不是标题"##)
    }

    @Test func htmlCarriesTracesOnNumbers() {
        let html = HTMLWriter().html(for: doc)

        #expect(html.contains(#"<span class="tz-num" data-n="0" data-trace="entry:12 entry:15" data-value="71.0" data-unit="场" title="来源：台账记录12、台账记录15">71场</span>"#))
        #expect(html.contains(#"<h3 id="area-1" class="tz-h2"><span class="tz-label">（一）</span>群众文化活动</h3>"#))
        #expect(!html.contains("<script"))
        #expect(!html.contains("数据来源"))
    }

    @Test func htmlWithSourcesLinksEachNumberToItsEntries() {
        let sources = ["entry:12": "“迎春演出”（2024-02-08）文艺演出40场", "entry:15": "“端午汇演<b>”（2024-06-10）文艺演出31场"]
        let html = HTMLWriter(sources: sources).html(for: doc)

        #expect(html.contains(##"<a class="tz-num" href="#tz-src-0" data-n="0" data-trace="entry:12 entry:15""##))
        #expect(html.contains(#"<li id="tz-src-0"><b>71场</b>：“迎春演出”（2024-02-08）文艺演出40场；“端午汇演&lt;b&gt;”（2024-06-10）文艺演出31场</li>"#))
        #expect(html.components(separatedBy: #"<li id="tz-src-"#).count - 1 == doc.numbers.count)
    }

    @Test func htmlEscapesUserText() {
        let html = HTMLWriter().html(for: doc)

        #expect(html.contains("“广场文艺汇演 &lt;第1场&gt; &amp; ‘夏夜’”"))
        #expect(!html.contains("<第1场>"))
    }

    @Test func htmlMarksUntracedNumbersAndEncodesOddIDs() throws {
        let edited = try doc.editingParagraph(id: "area-1-figures", text: "上半年共开展文艺演出75场。")
        let ref = SourceRef(.entry, "a b%c")

        let html = HTMLWriter().fragment(for: edited)

        #expect(html.contains(#"class="tz-num tz-untraced""#))
        #expect(html.contains(#"class="tz-p tz-edited""#))
        #expect(HTMLWriter.traceToken(ref) == "entry:a%20b%25c")
    }
}
