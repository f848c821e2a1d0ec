import Foundation
import Testing
@testable import TaizhangDocument
#if canImport(FoundationXML)
import FoundationXML
#endif

struct DocxWriterTests {
    static let requiredParts = [
        "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/settings.xml",
        "word/fontTable.xml", "word/footer1.xml", "word/footer2.xml", "word/_rels/document.xml.rels",
        "docProps/core.xml", "docProps/app.xml",
    ]

    @Test func packageHoldsEveryPartAsWellFormedXML() throws {
        let data = try DocxWriter().data(for: DraftComposer().compose(.demo))

        let parts = try DocxPackageReader.parts(in: data)

        #expect(Set(parts.keys) == Set(Self.requiredParts))
        for (path, bytes) in parts {
            let parser = XMLParser(data: bytes)
            #expect(parser.parse(), "\(path) is not well-formed: \(String(describing: parser.parserError))")
        }
    }

    @Test func hostileTextIsEscapedEverywhere() throws {
        let nasty = "A&B <w:p> \"引号\" 'x' \u{1}\u{0B}控制符 ]]> </w:t>"
        var input = Fixtures.small
        input.unitName = nasty
        input.signatureName = nasty
        input.areas[0].name = nasty
        input.problems.append(ProblemItem(text: nasty, source: .note))
        let doc = DraftComposer().compose(input)

        let parts = try DocxPackageReader.parts(in: DocxWriter().data(for: doc))

        for (path, bytes) in parts {
            #expect(XMLParser(data: bytes).parse(), "\(path) broke on hostile text")
        }
        let xml = String(decoding: parts["word/document.xml"] ?? Data(), as: UTF8.self)
        #expect(xml.contains("A&amp;B &lt;w:p&gt; \"引号\" 'x' 控制符 ]]&gt; &lt;/w:t&gt;"))
    }

    @Test func isDeterministic() throws {
        let doc = DraftComposer().compose(.demo)

        #expect(try DocxWriter().data(for: doc) == DocxWriter().data(for: doc))
    }

    @Test func layoutFollowsGBT9704() {
        let l = DocxLayout.gbt9704

        #expect((l.pageWidth, l.pageHeight) == (11906, 16838))
        #expect((l.marginTop, l.marginBottom, l.marginLeft, l.marginRight) == (2098, 1984, 1587, 1474))
        #expect(l.linePitch == 579)
        #expect(l.linePitch * 22 <= l.textHeight && (l.linePitch + 1) * 22 > l.textHeight)
        #expect((l.bodyCharWidth + l.characterSpacing) * 28 <= l.textWidth)
        #expect((l.bodyCharWidth + l.characterSpacing + 1) * 28 > l.textWidth)
    }

    @Test func sectionAndParagraphPropertiesAreInSchemaOrder() {
        let xml = DocxWriter().documentXML(for: DraftComposer().compose(.demo))

        let section = xml[xml.range(of: "<w:sectPr>")!.lowerBound...]
        let order = ["<w:footerReference w:type=\"default\"", "<w:footerReference w:type=\"even\"", "<w:pgSz", "<w:pgMar",
                     "<w:pgNumType", "<w:cols", "<w:docGrid"]
        let positions = order.map { section.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    }

    @Test func footersNumberOnTheOuterSide() {
        let writer = DocxWriter()

        let odd = writer.footerXML(odd: true)
        let even = writer.footerXML(odd: false)

        #expect(odd.contains(#"<w:jc w:val="right"/>"#) && odd.contains(#"w:right="280""#))
        #expect(even.contains(#"<w:jc w:val="left"/>"#) && even.contains(#"w:left="280""#))
        for footer in [odd, even] {
            #expect(footer.contains("— </w:t>") && footer.contains(" PAGE ") && footer.contains(" —</w:t>"))
        }
        #expect(writer.settingsXML().contains("<w:evenAndOddHeaders/>"))
    }

    @Test(arguments: [
        ("城关街道办事处", "2024年7月5日", 3.0, 2.0),
        ("中共某某县委宣传部文化体制改革和发展办公室", "2024年7月5日", 2.0, 15.0),
        ("文化站", "2024年12月15日", 8.0, 2.0),
    ])
    func closingFollowsClause7352(_ signature: String, _ date: String, _ signatureRight: Double, _ dateRight: Double) {
        let indents = DocxWriter.closingIndents(signature: signature, date: date)

        #expect(indents.signature == signatureRight)
        #expect(indents.date == dateRight)
        // The date starts two characters right of the signature's first character.
        let signatureStart = indents.signature + DocxWriter.characterWidth(signature)
        let dateStart = indents.date + DocxWriter.characterWidth(date)
        #expect(signatureStart - dateStart == 2)
    }

    @Test func fontTableDeclaresFallbacks() {
        let xml = DocxWriter().fontTableXML()

        for name in ["方正小标宋简体", "仿宋_GB2312", "黑体", "楷体_GB2312", "宋体", "Times New Roman"] {
            #expect(xml.contains("<w:font w:name=\"\(name)\">"))
        }
        #expect(xml.contains(#"<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:panose1 w:val="02010609030101010101"/><w:charset w:val="86"/>"#))
    }
}
