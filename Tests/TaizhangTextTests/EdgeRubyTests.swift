import Testing
@testable import TaizhangText

/// Pinyin readings cut by a line's edges (`LineText+EdgeRuby`, session 23): a converted page
/// wrapped by a PDF or a narrow column keeps none of a reading's pieces in its analysis — and a
/// line that opens with a lettered marker (a) / (b)) keeps its marker.
@Suite struct EdgeRubyTests {
    static func analysed(_ text: String) -> String {
        let line = LineText(number: 1, raw: Array(text.unicodeScalars.map(\.value)))
        return line.normString(0..<line.count)
    }

    @Test func aReadingsRestAtTheStartIsDropped() {
        #expect(Self.analysed("ǎng)信箱共收到群众来信") == "信箱共收到群众来信")
        #expect(Self.analysed("(jì)局获悉,上半年") == "局获悉,上半年")
    }

    @Test func aReadingsOpeningAtTheEndIsDropped() {
        #expect(Self.analysed("第四季度,市长(zh") == "第四季度,市长")
    }

    @Test func aLetteredMarkerIsNoReading() {
        #expect(Self.analysed("a)加强组织领导") == "a)加强组织领导")
        #expect(Self.analysed("(b)开展业务培训") == "(b)开展业务培训")
        #expect(Self.analysed("详见附件(A") == "详见附件(A")
    }

    @Test func aGlossedParagraphWrappedAt20IsItsRepeat() {
        let paragraph = "2021年第四季度,“市長(zhǎng)信箱”共收到群眾來信1563件,其中直接答復(fù)430件,受理轉(zhuǎn)辦有效信件1133件,辦結率達到98.5%,群眾滿意率達到96.2%。"
        let characters = Array(paragraph)
        let wrapped = stride(from: 0, to: characters.count, by: 20).map { String(characters[$0..<min(characters.count, $0 + 20)]) }
        let lines = ["一、总体情况", paragraph, "二、下一步工作"] + wrapped
        let report = Checker.check(text: lines.joined(separator: "\n"))
        #expect(report.findings.contains { $0.kind == .duplicate && $0.line == 4 })
    }
}
