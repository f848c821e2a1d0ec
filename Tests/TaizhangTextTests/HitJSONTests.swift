import Foundation
import Testing
@testable import TaizhangText

/// The streaming sink writes a hit's finding straight from its line (`JSONBytes.finding(_:on:)`):
/// its bytes must be those of the `Finding` the in-memory report builds (`Analyzer.finding`),
/// for every text, including text that needs escapes and scalars that are skipped.
@Suite struct HitJSONTests {
    private static func written(_ write: (inout ByteBuffer) -> Void) -> [UInt8] { ByteBuffer.written(write) }

    /// Hits of every shape the analyzer records on `line`: a range, the excerpt, a text of
    /// its own, each with plain and numbered messages.
    private static func hits(on line: LineText) -> [Hit] {
        let start = line.contentStart, count = line.count
        var hits = [Hit]()
        for (from, to) in [(start, count), (0, count), (start, min(count, start + 3)), (max(0, count - 5), count), (count, count)] {
            hits.append(Hit(kind: .boilerplate, severity: .warning, start: from, end: to, message: "网页残留:\"引号\"", en: "Web \\ residue"))
        }
        for form in [NumberedMessage.Form.identical, .similar, .opening, .edited] {
            hits.append(Hit(kind: .duplicate, severity: .warning, start: start, end: count, message: "", en: "", excerpt: true,
                            numbered: NumberedMessage(form: form, number: line.number * 7)))
        }
        hits.append(Hit(kind: .numbering, severity: .error, start: start, end: count, message: "编号", en: "numbers", text: "给定\t文本"))
        return hits
    }

    private static func check(_ text: String, number: Int) {
        let line = LineText(number: number, raw: text.unicodeScalars.map(\.value))
        for hit in hits(on: line) {
            let finding = Analyzer.finding(hit, line)
            let expected = written { JSONBytes.finding(finding, into: &$0) }
            let direct = written { JSONBytes.finding(hit, on: line, column: finding.column, into: &$0) }
            #expect(direct == expected, "\(text.prefix(60)) \(hit.start)..<\(hit.end) excerpt \(hit.excerpt)")
        }
    }

    @Test func linesOfTheSeedsAndCorpusAreWrittenAsTheirFindings() throws {
        // Setup
        let texts = try (Fixtures.seeds + Fixtures.corpus("dev").map(\.text)).map { try String(contentsOf: $0, encoding: .utf8) }
        try #require(texts.count > 30)
        var lines = 0
        for text in texts {
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                // Act / Assert
                HitJSONTests.check(String(line), number: index + 1)
                lines += 1
            }
        }
        #expect(lines > 1000)
    }

    @Test(arguments: ["  引号\"与反斜杠\\在前四十个字之内,后面还有很多很多很多很多很多很多很多很多很多很多的字",
                      "换行\r制表\t控制\u{01}\u{1F}字符", "斜杠/不转义", "组合字符e\u{301}与表情👍🏽与四字节𠀀",
                      String(repeating: "长文本", count: 800), "", "   ", "\u{FEFF}字节序标记", "全角空格\u{3000}\u{3000}正文"])
    func unusualLinesAreWrittenAsTheirFindings(text: String) {
        HitJSONTests.check(text, number: 12)
    }

    @Test func surrogatesAndValuesPastUnicodeAreSkippedAsInTheString() {
        // Setup: scalars a decoder never yields, which `LineText.utf8String` skips.
        let line = LineText(number: 3, raw: [U.s("甲"), 0xD800, U.s("乙"), 0x110000, 0x22, U.s("丙")])

        // Act / Assert
        for hit in HitJSONTests.hits(on: line) {
            let finding = Analyzer.finding(hit, line)
            #expect(HitJSONTests.written { JSONBytes.finding(hit, on: line, column: finding.column, into: &$0) }
                    == HitJSONTests.written { JSONBytes.finding(finding, into: &$0) })
        }
    }

    /// The outline item of every heading (at the line's start and glued inside it), written
    /// from the heading's scalars, against `JSONBytes.outline` of its `OutlineItem`.
    private static func checkHeadings(_ text: String, number: Int) -> Int {
        let line = LineText(number: number, raw: text.unicodeScalars.map(\.value))
        guard line.contentStart < line.count else { return 0 }
        var headings = HeadingParser.parse(line).map { [$0] } ?? []
        headings += GluedHeadings.scan(line, after: line.contentStart, inPart: false).map(\.heading)
        for heading in headings {
            let item = OutlineItem(level: 2, marker: heading.marker, title: heading.title, line: number)
            #expect(written { JSONBytes.outline(level: 2, heading: heading, line: number, into: &$0) }
                    == written { JSONBytes.outline(item, into: &$0) }, "\(text.prefix(60))")
        }
        return headings.count
    }

    @Test func headingsOfTheSeedsAndCorpusAreWrittenAsTheirOutlineItems() throws {
        // Setup
        let texts = try (Fixtures.seeds + Fixtures.corpus("dev").map(\.text)).map { try String(contentsOf: $0, encoding: .utf8) }
        var headings = 0
        for text in texts {
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                // Act / Assert
                headings += HitJSONTests.checkHeadings(String(line), number: index + 1)
            }
        }
        #expect(headings > 500)
    }

    @Test(arguments: ["一、引号\"标题\\反斜杠", "(二)制表\t标题\u{01}", "3.组合e\u{301}标题👍🏽", "四、"])
    func unusualHeadingsAreWrittenAsTheirOutlineItems(text: String) {
        #expect(HitJSONTests.checkHeadings(text, number: 5) == 1)
    }

    @Test func kindsAndSeveritiesAreTheirRawValues() {
        for kind in FindingKind.allCases {
            let text = JSONBytes.text(of: kind)
            #expect(String(decoding: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount), as: UTF8.self) == kind.rawValue)
        }
        for severity in Severity.allCases {
            let text = JSONBytes.text(of: severity)
            #expect(String(decoding: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount), as: UTF8.self) == severity.rawValue)
        }
    }

    @Test func numberedMessagesAreTheRepeatMessages() {
        // Setup
        let number = 4321

        // Act / Assert: the texts the rules wrote before, interpolated.
        #expect(NumberedMessage(form: .identical, number: number).zh == "段落重复:与第\(number)行的段落完全相同")
        #expect(NumberedMessage(form: .similar, number: number).zh == "段落重复:与第\(number)行的段落高度相似")
        #expect(NumberedMessage(form: .identical, number: number).en == "Repeated paragraph: identical to the paragraph on line \(number)")
        #expect(NumberedMessage(form: .similar, number: number).en == "Repeated paragraph: nearly the same as the paragraph on line \(number)")
        #expect(NumberedMessage(form: .opening, number: number).zh == "段落重复:开头与第\(number)行的段落相同(网页预览或重复粘贴)")
        #expect(NumberedMessage(form: .opening, number: number).en
                == "Repeated paragraph: it opens like the paragraph on line \(number) (a page preview or a second paste)")
        #expect(NumberedMessage(form: .edited, number: number).zh == "段落重复:与第\(number)行的段落基本相同(重复粘贴后略有改动)")
        #expect(NumberedMessage(form: .edited, number: number).en
                == "Repeated paragraph: nearly the same as the paragraph on line \(number) (pasted again with a small edit)")
        // The static parts go to JSON unescaped.
        for form in [NumberedMessage.Form.identical, .similar, .opening, .edited] {
            let parts = NumberedMessage(form: form, number: 1).parts
            for part in [parts.zh.0, parts.zh.1, parts.en.0, parts.en.1] {
                #expect(JSONBytes.isPlain(UnsafeBufferPointer(start: part.utf8Start, count: part.utf8CodeUnitCount)))
            }
        }
    }
}
