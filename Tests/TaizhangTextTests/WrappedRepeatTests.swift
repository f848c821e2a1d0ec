import Testing
@testable import TaizhangText

/// A paragraph repeated as a block across line breaks (`WrappedBlock`, `DuplicateIndex+Blocks`,
/// session 18) and the near misses it must leave alone.
@Suite struct WrappedRepeatTests {
    static let paragraph = "今年以来,我镇坚持以项目建设为抓手,全力推进重点工程建设,全年共实施重点项目12个,完成投资3.5亿元,新建农村公路28公里,改造危旧房屋156户,群众出行难、住房难问题得到有效缓解,人居环境明显改善。"

    static func wrapped(_ text: String, at width: Int) -> [String] {
        let characters = Array(text)
        return stride(from: 0, to: characters.count, by: width).map { String(characters[$0..<min(characters.count, $0 + width)]) }
    }

    static func duplicates(_ lines: [String]) -> [Finding] {
        Checker.check(text: lines.joined(separator: "\n")).findings.filter { $0.kind == .duplicate }
    }

    @Test func aCopyWrappedElsewhereWithAFigureChangedIsReportedOnItsFirstLine() {
        let copy = Self.paragraph.replacingOccurrences(of: "12个", with: "13个")
        let lines = ["一、工作开展情况", Self.paragraph, "二、下步打算", "加强安全监管,确保不发生重大事故。"] + Self.wrapped(copy, at: 18)
        let found = Self.duplicates(lines)
        #expect(found.first?.line == 5)
        #expect(found.allSatisfy { $0.line >= 5 })
    }

    @Test func aWrappedOriginalIsFoundByItsCopyOnOneLine() {
        let lines = ["一、工作开展情况"] + Self.wrapped(Self.paragraph, at: 22) + ["二、下步打算", Self.paragraph]
        let found = Self.duplicates(lines)
        #expect(found.map(\.line) == [lines.count])
    }

    @Test func aSentenceEndingAtTheColumnsEdgeDoesNotEndTheBlock() {
        // Wrapped at 20, the copy's line 2 ends with 。 at the column's edge (its first sentence is 40
        // characters); the block goes on to the paragraph's end.
        let text = "全镇上下凝心聚力攻坚克难,推进各项工作取得新成效,经济社会保持平稳健康良好态势。今年以来,我镇坚持以项目建设为抓手,全力推进重点工程建设,全年共实施重点项目12个,完成投资3.5亿元。"
        #expect(Array(text).firstIndex(of: "。") == 39)
        let copy = text.replacingOccurrences(of: "12个", with: "14个")
        let lines = [text, "二、下步打算"] + Self.wrapped(copy, at: 20)
        #expect(Self.duplicates(lines).first?.line == 3)
    }

    @Test func twoWrappedParagraphsInOneFrameAreNoRepeat() {
        // Parallel paragraphs of one report: the same frame, other work and figures.
        let first = "今年以来,我镇坚持以项目建设为抓手,全力推进重点工程建设,全年共实施重点项目12个,完成投资3.5亿元,新建农村公路28公里。"
        let second = "今年以来,我镇坚持以民生保障为抓手,全力推进社会事业发展,全年新增城镇就业岗位460个,发放各类救助资金120万元,新建幼儿园2所。"
        let lines = Self.wrapped(first, at: 20) + [""] + Self.wrapped(second, at: 20)
        #expect(Self.duplicates(lines).isEmpty)
    }

    @Test func aTitleAboveAParagraphIsNoBlockOfItsOwn() {
        // A short title line then a one-line paragraph, and the same title over another paragraph.
        let lines = ["工作亮点", Self.paragraph, "工作亮点", "加强安全监管,确保全年不发生重大安全事故,安全生产形势持续稳定向好,群众安全感和满意度进一步提升,各项指标均达到年度目标。"]
        #expect(Self.duplicates(lines).isEmpty)
    }

    @Test func aNoteInBracketsRepeatedIsNoParagraph() {
        // An article's header laid out twice by the site: the affiliation line repeats.
        let affiliation = "(福建农林大学 a.作物学院; b.安溪茶学院; c.经济学院; d.农业部海峡两岸农业技术中心, 福州350002)"
        let lines = ["福建省乡村发展水平及主导类型划定", "陈文盛, 范水生", affiliation, "", "福建省乡村发展水平及主导类型划定", "陈文盛a, 范水生b", affiliation, "", Self.paragraph]
        #expect(Self.duplicates(lines).isEmpty)
        #expect(DuplicateIndex.bracketed(LineText(number: 1, raw: affiliation.unicodeScalars.map(\.value))))
        #expect(!DuplicateIndex.bracketed(LineText(number: 1, raw: "(一)加强组织领导,(二)落实工作责任".unicodeScalars.map(\.value))))
    }
}
