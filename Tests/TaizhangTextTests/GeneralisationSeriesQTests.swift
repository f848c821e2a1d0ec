import Testing
@testable import TaizhangText

/// Sixteenth pass (issue #14, corpus q): outline and repeat shapes of the unseen q series
/// (long multi-level summaries, PDF extractions on one line, collections) that the checker
/// misread, written as general shapes — never corpus text. Each shape has its near miss.
@Suite struct GeneralisationSeriesQTests {
    private func lines(_ text: String, _ kind: FindingKind) -> [Int] {
        Checker.check(text: text).findings.filter { $0.kind == kind }.map(\.line)
    }

    private let sentence = "今年以来,我们围绕中心工作扎实推进各项任务,群众满意度明显提升,各项重点工作取得了较好成效。"

    // MARK: angle brackets as the (一) level

    /// 〈一〉〈二〉〈四〉 under 一、: the same level as (一), so 〈四〉 skips 〈三〉.
    @Test func angleMarkersSkipLikeParenMarkers() {
        // Setup
        let text = "一、主要工作\n〈一〉抓党建。召开会议12次。\n〈二〉抓经济。完成投资2亿元。\n〈四〉抓民生。新增就业300人。\n"
        // Act
        let findings = Checker.check(text: text).findings.filter { $0.kind == .numbering }
        // Assert: one skip, on 〈四〉, expecting 〈三〉 in the text's own brackets.
        #expect(findings.map(\.line) == [4])
        #expect(findings.first?.message.contains("〈三〉") == true)
    }

    /// 〈一〉〈二〉〈三〉 in order: nothing to report.
    @Test func angleMarkersInOrderAreNoGap() {
        let text = "一、主要工作\n〈一〉抓党建。召开会议12次。\n〈二〉抓经济。完成投资2亿元。\n〈三〉抓民生。新增就业300人。\n"
        #expect(lines(text, .numbering).isEmpty)
    }

    /// A PDF's one-line extraction: 〈一〉 glued to the title before it (no punctuation), then
    /// 〈二〉 after a sentence end. The 〈一〉 is read, so 〈二〉 is no list opening at 2.
    @Test func angleMarkerGluedToItsTitleIsRead() {
        let text = "第1页共9页某局上半年工作总结。一、上半年工作总结〈一〉扎实推进了道路工程。完成设计3项。"
            + "〈二〉加快推进了安保工程。完成改造8公里。\n"
        #expect(lines(text, .numbering).isEmpty)
    }

    /// The same line with 〈四〉 after 〈二〉: a skip inside the one line.
    @Test func angleSkipInsideOneLineIsReported() {
        let text = "一、上半年工作总结〈一〉扎实推进了道路工程。完成设计3项。〈二〉加快推进了安保工程。完成改造8公里。"
            + "〈四〉推进了桥梁工程。完成2座。\n"
        #expect(lines(text, .numbering) == [1])
    }

    /// <一>、 <二>、 <四>、 (ASCII angle brackets and a 、): sub-headings, not template fields.
    @Test func asciiAngleSubHeadingsAreOutlineNotBlanks() {
        let text = "二、工作开展情况\n<一>、深入开展学习,提高工作水平\n学习12次。\n<二>、加强产业发展\n发展3项。\n<四>、改善人居环境\n整治5处。\n"
        #expect(lines(text, .placeholder).isEmpty)
        #expect(lines(text, .numbering) == [6])
    }

    /// A field's name in angle brackets is still a template blank.
    @Test func angleFieldWithWordsIsStillABlank() {
        let text = "本项工作由<单位名称>负责组织实施,确保按期完成。\n"
        #expect(lines(text, .placeholder) == [1])
    }

    // MARK: a lost first sub-heading after a list of paragraphs

    /// 一、 then an unnumbered sub-heading whose (一) was lost, its 一是 paragraph, then (二):
    /// the 一是 list parents no heading, so (二) is a child of 一、 opening at 2 — a skip —
    /// and the 一是 under (二) starts a new list (no repeat).
    @Test func lostFirstChildAfterAParagraphListIsASkip() {
        let text = "一、2022年工作总结\n抗疫情,保障群众安全\n一是夯实网格管理。\n(二)促增收,推进产业发展\n一是落实播种任务。\n"
        #expect(lines(text, .numbering) == [4])
    }

    /// The same with its (一) in place: no finding.
    @Test func firstChildInPlaceAfterAParagraphListIsNoGap() {
        let text = "一、2022年工作总结\n(一)抗疫情,保障群众安全\n一是夯实网格管理。\n(二)促增收,推进产业发展\n一是落实播种任务。\n"
        #expect(lines(text, .numbering).isEmpty)
    }

    /// A collection whose pieces restart at 一、 under 【第二篇】 headings: no gap, no repeat.
    @Test func collectionPiecesRestartTheirOutline() {
        let text = "某镇工作总结【第一篇】\n一、主要工作\n抓好党建。\n二、存在问题\n人员不足。\n"
            + "某镇工作总结【第二篇】\n一、主要工作\n抓好党建。\n二、存在问题\n"
        #expect(lines(text, .numbering).isEmpty)
    }

    // MARK: a sentence pasted twice in its own line

    /// A one-line extraction holding a passage twice (its title glued to the first copy): a
    /// repeat, on that line.
    @Test func passageRepeatedInItsOwnLineIsADuplicate() {
        let passage = "\(sentence)下一步,我们将继续加大工作力度,确保全年各项目标任务圆满完成。"
        let text = "第1页共9页某局上半年工作总结\(passage)\(passage)一、主要工作。召开会议12次。\n"
        #expect(lines(text, .duplicate) == [1])
    }

    /// Parallel clauses of one paragraph (same opening and closing, another word inside) are
    /// no repeat: inside a line only a word-for-word copy counts.
    @Test func parallelSentencesInOneLineAreNoDuplicate() {
        let text = "社区组织开展消防安全知识培训,进一步提高了辖区居民的安全防范意识。"
            + "社区组织开展食品安全知识培训,进一步提高了辖区居民的安全防范意识。\n"
        #expect(lines(text, .duplicate).isEmpty)
    }

    /// A page title standing three times on one line (no sentence end) is no repeated sentence.
    @Test func titleThriceOnOneLineIsNoDuplicate() {
        let text = "某年卫生局上半年工作总结 某年卫生局上半年工作总结 某年卫生局上半年工作总结 \(sentence)\n"
        #expect(lines(text, .duplicate).isEmpty)
    }

    // MARK: a piece's heading in a collection

    /// …【第一篇】: an ordinal in brackets heads a piece; it counts no texts.
    @Test func bracketedOrdinalPieceHeadingIsText() {
        let text = "某镇工作总结范文集合8篇\n\n某镇工作总结【第一篇】\n\n\(sentence)\n"
        let chrome = lines(text, .boilerplate)
        #expect(chrome.contains(1) && !chrome.contains(3))
    }

    /// A bracketed count (精选6篇) or 【5篇】 is still a collection's title.
    @Test func bracketedCountIsACollectionTitle() {
        let text = "某镇工作总结【5篇】\n\n\(sentence)\n"
        #expect(lines(text, .boilerplate) == [1])
    }

    /// 第一篇:<title> over the same title wrapped onto its own line: the piece's heading and
    /// its title, not a page title printed twice.
    @Test func pieceHeadingOverItsTitleIsText() {
        let text = "第一篇:某局2023年政研工作总结及2024政\n\n某局2023年政研工作总结及2024政\n\n研工作初步思路\n\n\(sentence)\n"
        #expect(lines(text, .boilerplate).isEmpty)
    }

    /// A page title above the same title (no piece marker): the first is the page's.
    @Test func pageTitleAboveTheSameTitleIsChrome() {
        let text = "某局2023年政研工作总结及2024年工作思路\n\n某局2023年政研工作总结及2024年工作思路\n\n\(sentence)\n"
        #expect(lines(text, .boilerplate) == [1])
    }
}
