import Testing
@testable import TaizhangText

/// The attachments' list (附件:1.…⏎2.…) numbers its own items after the outline's; it is
/// never a skip of the outline above it, which is still checked. Synthetic documents.
@Suite struct OutlineAttachmentsTests {
    @Test func theAttachmentsListIsNoSkip() {
        // Setup: the outline's last list ran to 2.; the attachments count 1., 2. again.
        let text = "2024年上半年工作总结\n一、主要工作\n1.抓项目建设。\n2.抓民生保障。\n二、下半年打算\n1.抓招商。\n2.抓安全。\n附件：1.重点项目进展表\n2.民生实事完成情况表\n"

        // Act
        let findings = Checker.check(text: text).findings

        // Assert
        #expect(!findings.contains { $0.kind == .numbering })
    }

    @Test func aSkipAboveTheAttachmentsIsStillReported() {
        // Setup: 一、二、四、 then the attachments.
        let text = "2024年上半年工作总结\n一、主要工作\n二、存在问题\n四、下半年打算\n附件：1.进展表\n2.情况表\n"

        // Act
        let findings = Checker.check(text: text).findings

        // Assert
        #expect(findings.filter { $0.kind == .numbering }.count == 1)
        #expect(findings.contains { $0.kind == .numbering && $0.line == 4 })
    }

    @Test(arguments: [("附件：1.进展表", true), ("附件1 统计表", true), ("附表:情况", true), ("附件是否齐全", false), ("附近群众", false)])
    func theLabelOpensTheAttachments(line: String, opens: Bool) {
        #expect(OutlineTracker.opensAttachments(LineText(number: 1, raw: line.unicodeScalars.map(\.value))) == opens)
    }
}
