import Testing
@testable import TaizhangText

/// The rules the wild probe (`WildProbeTests`, wildinject) led to, each with near misses:
/// a wrapped paragraph pasted under a heading, a lost (一) above a deeper list, a table of
/// contents' 1.2023年 items, 到家 and a spaced template year.
@Suite struct WildRuleTests {
    static let paragraph = "街道办作为基层政府机构,承担着重要的社会管理和公共服务职能。本文将详细解析街道办一周内的工作亮点与面临的挑战。"

    static func findings(_ text: String, _ kind: FindingKind) -> [Finding] {
        Checker.check(text: text).findings.filter { $0.kind == kind }
    }

    @Test func aWrappedCopyUnderAHeadingIsReportedWhereItStarts() {
        // Setup: the paragraph, a heading, and the paragraph again cut at 24 characters.
        let wrapped = MetamorphicForms.wrapped(Self.paragraph, width: 24).joined(separator: "\n")
        let text = "引言\n\(Self.paragraph)\n一、一周工作亮点\n\(wrapped)\n"

        // Act / Assert: one duplicate, on the copy's first line (4), not on the line after.
        #expect(Self.findings(text, .duplicate).map(\.line) == [4])
    }

    @Test func anotherWrappedParagraphUnderAHeadingIsNoRepeat() {
        // Near miss: another paragraph, wrapped the same way, behind the same heading.
        let other = "社区居委会不断健全工作机制,完善内部管理制度,强化班子队伍建设,增强团队凝聚力和执行力。同时注重发挥党员先锋模范作用。"
        let wrapped = MetamorphicForms.wrapped(other, width: 24).joined(separator: "\n")
        #expect(Self.findings("引言\n\(Self.paragraph)\n一、一周工作亮点\n\(wrapped)\n", .duplicate).isEmpty)
    }

    @Test func aLostFirstSubheadingAboveADeeperListIsAGap() {
        // Setup: 一、 then its (一)'s 1. 2. list with the (一) lost, then (二).
        let text = "一、主要经济指标运行情况\n1.工业增加值增长12%。\n2.工业投资完成29.3亿元。\n(二)商贸方面\n1.外贸进出口总额13亿元。\n二、下半年工作打算\n"

        // Act / Assert: the skip at (二), which should have been (一).
        let gaps = Self.findings(text, .numbering)
        #expect(gaps.map(\.line) == [4])
        #expect(gaps.first?.message.contains("(一)") == true)
    }

    @Test(arguments: [
        // (一) glued into the parent's line: the list under it is (一)'s.
        "一、主要经济指标运行情况(一)工业方面\n1.工业增加值增长12%。\n2.工业投资完成29.3亿元。\n(二)商贸方面\n1.外贸进出口总额13亿元。\n",
        // (一) present on its own line.
        "一、主要经济指标运行情况\n(一)工业方面\n1.工业增加值增长12%。\n2.工业投资完成29.3亿元。\n(二)商贸方面\n",
        // A deeper list under 一、 and then the parent's first sub-heading.
        "一、主要经济指标运行情况\n1.工业增加值增长12%。\n2.工业投资完成29.3亿元。\n(一)商贸方面\n1.外贸进出口总额13亿元。\n",
        // 一是 paragraphs are no parent's list: (二) after them under (一) goes on.
        "一、主要工作\n(一)工业方面\n一是工业增加值增长12%。\n二是工业投资完成29.3亿元。\n(二)商贸方面\n",
    ])
    func aSubheadingAfterItsSiblingsListIsNoGap(text: String) {
        #expect(Self.findings(text, .numbering).isEmpty)
    }

    @Test func aTableOfContentsNumbersYearsAsHeadings() {
        // Setup: 1.2023年 … read as a marker and a year, not the decimal 1.2023; 3. lost.
        let text = "目 录:\n1.2023年度上半年工作总结\n2.2023年上半年工作总结和下半年工作思路\n4.国资办2023年上半年工作总结\n"

        // Act / Assert: the outline reads every line; the skip at 4.
        let report = Checker.check(text: text)
        #expect(report.outline.map(\.marker) == ["1.", "2.", "4."])
        #expect(report.findings.filter { $0.kind == .numbering }.map(\.line) == [4])
    }

    @Test(arguments: ["1.2023万元用于设备更新。", "1.2023亿元,同比增长5%。", "1.20231年"])
    func aDecimalIsNoMarker(text: String) {
        // Near misses: four decimals before another unit, five digits before 年.
        #expect(Checker.check(text: text).outline.isEmpty)
    }

    @Test func servedHomeIsAWordAndASpacedBlankYearIsNoDeletedYear() {
        // 到家 is a word (服务到家); a blank year spaced off (xxxx 年) is the placeholder's.
        #expect(Self.findings("切实做到关爱到位、服务到家。", .missingNumber).isEmpty)
        let blank = Checker.check(text: "一、xxxx 年上半年重点工作。")
        #expect(blank.findings.filter { $0.kind == .missingNumber }.isEmpty)
        #expect(blank.findings.contains { $0.kind == .placeholder })
        // Still a deleted year: after a space that follows a word, not a blank.
        #expect(!Self.findings("截至目前,全县 年上半年共完成投资3亿元。", .missingNumber).isEmpty)
    }
}
