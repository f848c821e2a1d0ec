import Testing
@testable import TaizhangText

/// Markdown heading marks before an outline marker (outline22, `GluedHeadings+Markdown`;
/// outline-wild5 018: `…事迹。 ## 第一节:… ### 1.1 预防火灾 … ## 第二节:…`): the marker after
/// `##` and a space opens a heading, at a line's start and inside a one-line extraction. Before
/// this the outline read none of them, so a skip among them went unreported.
@Suite struct MarkdownHeadingTests {
    static func outline(_ text: String) -> [String] { Checker.check(text: text, path: "t").outline.map(\.marker) }
    static func gaps(_ text: String) -> [String] {
        Checker.check(text: text, path: "t").findings.filter { $0.kind == .numbering }.map(\.text)
    }

    @Test func marksAtALinesStartOpenItsHeading() {
        // Setup
        let text = "现将上半年工作总结如下:\n## 一、主要工作\n开展宣传活动12场。\n### 1. 队伍建设\n培训干部30人。\n## 二、存在问题\n宣传力度不够。"
        // Act
        let outline = Self.outline(text)
        // Assert
        #expect(outline == ["一、", "1.", "二、"])
    }

    @Test func marksInsideAOneLineExtractionOpenAPart() {
        let text = "本文将揭秘消防中队的日常工作。 ## 第一节:消防中队的使命与责任 消防中队的主要职责是预防和扑救火灾。 ### 1.1 预防火灾 提高公众的消防安全意识。 ## 第二节:消防中队的日常工作 日常工作包括以下几个方面: ### 2.1 培训与演练 定期进行培训。"
        #expect(Self.outline(text) == ["第一节", "第二节"])
        #expect(Self.gaps(text).isEmpty)
    }

    @Test func aSkipAmongMarkdownHeadingsIsReported() {
        let text = "总结如下:\n## 一、主要工作\n开展活动12场。\n## 二、存在问题\n宣传不够。\n## 四、下步打算\n加强宣传。"
        #expect(Self.gaps(text) == ["四、"])
    }

    @Test func hashesThatAreNoMarkdownHeadingStayText() {
        // Glued to letters (a topic tag, C#), seven marks, no space after the marks, a section number.
        for text in ["#话题#一、主要工作开展活动12场。", "####### 一、主要工作", "工作总结。#一、主要工作开展活动。", "学习C# 1.开发工具的使用。",
                     "日常工作包括以下几个方面: ### 1.1 培训与演练 定期进行培训。"] {
            #expect(Self.outline(text).isEmpty, "\(text)")
        }
    }
}
