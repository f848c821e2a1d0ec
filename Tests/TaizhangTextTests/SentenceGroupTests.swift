import Testing
@testable import TaizhangText

/// A paragraph that opens with short sentences, pasted again (outline16, `SentenceRepeats`
/// groups): reported on the copy's first line — wrapped or not — and never for a short
/// sentence shared by two paragraphs that go on differently.
@Suite struct SentenceGroupTests {
    static func repeats(_ lines: [String]) -> [Int] {
        Checker.check(text: lines.joined(separator: "\n"), path: "t").findings.filter { $0.kind == .duplicate }.map(\.line)
    }

    static let paragraph = "中国人乐山,对山的情感极重。山民靠山吃山,感恩于山的馈赠。山外的人,五岳寻山不辞远,一生好入名山游。"
    static let other = "社区组织志愿者开展环境整治活动,清理卫生死角十余处,群众反映良好。"

    @Test func aParagraphOfShortSentencesPastedAgainIsReportedOnItsFirstLine() {
        #expect(Self.repeats(["一、概况", Self.paragraph, Self.other, Self.paragraph]) == [4])
        // Wrapped at 24 by a narrow column: still its first line.
        let wrapped = stride(from: 0, to: Self.paragraph.count, by: 24).map {
            String(Array(Self.paragraph)[$0..<min($0 + 24, Self.paragraph.count)])
        }
        #expect(Self.repeats(["一、概况", Self.paragraph, Self.other] + wrapped) == [4])
        // Short sentences only (12 + 14 letters): found as a group.
        let short = "书写工作总结要用第一人称。即要从本单位本部门的角度来撰写。"
        #expect(Self.repeats([short, Self.other, short]) == [3])
    }

    @Test func aSharedShortSentenceIsNoRepeat() {
        // The same short opening, other sentences after it.
        let a = "现将有关情况报告如下。社区组织志愿者开展环境整治活动,清理卫生死角十余处。"
        let b = "现将有关情况报告如下。街道联合派出所开展安全隐患排查,整改问题隐患二十余处。"
        #expect(Self.repeats([a, Self.other, b]).isEmpty)
        // Short sentences repeated, fewer than 20 letters in all: a closing formula.
        #expect(Self.repeats(["特此报告。谢谢大家。", Self.other, "特此报告。谢谢大家。"]).isEmpty)
    }
}
