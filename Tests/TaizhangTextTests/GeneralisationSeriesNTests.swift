import Testing
@testable import TaizhangText

/// Fifteenth pass (issue #14, corpus n): forms the unseen n series (summaries of streets,
/// villages, towns, a service centre, hospitals and schools on template and county sites)
/// showed the checker missing or misreading, written here as general shapes — never
/// corpus text. Each shape has its near miss.
@Suite struct GeneralisationSeriesNTests {
    private func findings(_ text: String, _ kind: FindingKind) -> [Finding] {
        Checker.check(text: text).findings.filter { $0.kind == kind }
    }

    private let sentence = "今年以来,我们围绕中心工作扎实推进各项任务,群众满意度明显提升,基层治理能力不断增强,"
        + "各项重点工作取得了较好成效,为全年目标的完成打下了坚实基础。"

    // MARK: page chunks cut right after a comma

    /// A download page's chunks (1、… 2、…) where the first chunk stops after a comma: the
    /// chunk numbers are residue, as when the cut falls mid-word.
    @Test func chunksCutAfterACommaAreChrome() {
        let text = "《某某工作总结.docx》由会员分享,可在线阅读,请在某某网上搜索。\n\n"
            + "1、\(sentence)\(sentence)经过持续不间断的努力,环境明显改观,\n\n2、社会风气正在好转。\(sentence)\n"
        let lines = findings(text, .boilerplate).map(\.line)
        #expect(lines.contains(3) && lines.contains(5))
    }

    /// A list item after a paragraph that ends on a full stop is the text's own list.
    @Test func anItemAfterAFinishedParagraphIsText() {
        let text = "某某工作总结\n\n\(sentence)\(sentence)\n\n2、社会风气正在好转。\(sentence)\n"
        #expect(!findings(text, .boilerplate).map(\.line).contains(5))
    }

    // MARK: a page's detail rows as bullets

    /// • 【字体: after bulleted detail rows: the key opens the row after its bullet.
    @Test func aBulletedFontControlRowIsChrome() {
        let text = "某村工作总结\n  • 发布时间:2022-05-31\n  • 【字体:\n\n\(sentence)\n"
        #expect(findings(text, .boilerplate).map(\.line).contains(3))
    }

    /// A bulleted row whose key is the text's own (工作目标:) is a list item of the text.
    @Test func aBulletedRowWithAWorkKeyIsText() {
        let text = "某村工作总结\n\n\(sentence)\n  • 工作目标:\n"
        #expect(!findings(text, .boilerplate).map(\.line).contains(4))
    }

    // MARK: a bare marker cut at the excerpt's end

    /// An indented bare 2、 (the body's indentation) is the text's item cut after its marker.
    @Test func anIndentedBareMarkerIsNoLinkItem() {
        let text = "  一、主要成绩\n\n  1、推进制度建设\n\n  \(sentence)\n\n  2、\n"
        #expect(!findings(text, .boilerplate).map(\.line).contains(7))
    }

    /// Flush left, a bare 2、 is still an empty item of a page's link list.
    @Test func aFlushBareMarkerIsAnEmptyLinkItem() {
        let text = "\(sentence)\n\n相关推荐\n1、\n2、\n"
        #expect(findings(text, .boilerplate).map(\.line).contains(5))
    }

    // MARK: a unit's social-media account as a footer

    /// A unit's name (ending in a unit noun) and an account word alone on the last line.
    @Test func aUnitAccountLineIsChrome() {
        let text = "某区人民医院召开年中工作总结会\n\(sentence)\n\n某某市第三人民医院公众号\n"
        #expect(findings(text, .boilerplate).map(\.line).contains(4))
    }

    /// A line about an account with a verb (开通…) names no unit before it: text.
    @Test func aLineAboutOpeningAnAccountIsText() {
        let text = "某区人民医院召开年中工作总结会\n\(sentence)\n\n积极开通微信公众号\n"
        #expect(!findings(text, .boilerplate).map(\.line).contains(4))
    }

    // MARK: a collection counting its texts without brackets

    /// 某某工作总结模板汇总6篇 on its own line: a collection's title.
    @Test func aTitleEndingInACountOfPiecesIsACollection() {
        let text = "某某学校工作总结模板汇总6篇\n\n某某学校工作总结 篇1\n\(sentence)\n"
        #expect(findings(text, .boilerplate).map(\.line).contains(1))
    }

    /// 第6篇 is an ordinal: the heading of a piece, kept.
    @Test func anOrdinalPieceIsNoCollection() {
        let text = "\(sentence)\n\n某某学校工作总结第6篇\n\(sentence)\n"
        #expect(!findings(text, .boilerplate).map(\.line).contains(3))
    }

    // MARK: bracketed ellipses where names and figures were stripped

    /// 投资〔…〕万元, 〔…〕镇: brackets holding only an ellipsis in a sentence are blanks.
    @Test func bracketedEllipsesInASentenceAreBlanks() {
        let found = findings("2023年,〔…〕镇投资〔…〕万元硬化道路〔…〕公里。\n", .placeholder)
        #expect(found.map(\.text) == ["〔…〕", "〔…〕", "〔…〕"])
    }

    /// An ellipsis without brackets trails a list; brackets with words are a note; a
    /// bracketed ellipsis alone on its line marks a cut.
    @Test func ellipsesOutsideBlankBracketsAreText() {
        let text = "完成道路、桥梁……等工程建设(详见附件……)。\n〔…〕\n"
        #expect(findings(text, .placeholder).isEmpty)
    }
}
