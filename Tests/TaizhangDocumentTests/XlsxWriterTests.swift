import Foundation
import Testing
@testable import TaizhangDocument
#if canImport(FoundationXML)
import FoundationXML
#endif

struct XlsxWriterTests {
    static let ledger = SheetTable(name: "城关街道台账", columns: [.init("日期"), .init("标题", width: 30), .init("演出场次"), .init("占比")], rows: [
        [.date(DocDate(year: 2024, month: 6, day: 30)), .text("=HYPERLINK(\"http://x\")"), .number(5), .percent(0.875)],
        [.date(DocDate(year: 2024, month: 1, day: 1)), .text("  前后空格 & <标记> "), .number(-2.5), .empty],
    ])

    @Test func everyPartIsWellFormedXML() throws {
        // act
        let parts = XlsxWriter(date: DocDate(year: 2024, month: 7, day: 3)).parts(for: [Self.ledger, Self.ledger])
        // assert
        #expect(parts.map(\.path) == ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "xl/workbook.xml",
                                      "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"])
        for (path, xml) in parts {
            let parser = XMLParser(data: Data(xml.utf8))
            #expect(parser.parse(), "\(path): \(String(describing: parser.parserError))")
        }
        #expect(parts[4].xml.contains(#"name="城关街道台账(2)""#))
    }

    @Test func cellsAreTypedAndTextIsNeverAFormula() throws {
        // act
        let sheet = try #require(XlsxWriter(date: DocDate(year: 2024, month: 7, day: 3)).parts(for: [Self.ledger]).last?.xml)
        // assert
        #expect(!sheet.contains("<f>"))
        #expect(sheet.contains(#"<c r="A2" s="2"><v>45473</v></c>"#))
        #expect(sheet.contains(#"<c r="B2" t="inlineStr"><is><t>=HYPERLINK(&quot;http://x&quot;)</t></is></c>"#)
                || sheet.contains(#"<c r="B2" t="inlineStr"><is><t>=HYPERLINK("http://x")</t></is></c>"#))
        #expect(sheet.contains(#"<c r="C3"><v>-2.5</v></c>"#))
        #expect(sheet.contains(#"<c r="D2" s="3"><v>0.875</v></c>"#))
        #expect(sheet.contains(#"<t xml:space="preserve">  前后空格 &amp; &lt;标记&gt; </t>"#))
        #expect(sheet.contains(#"state="frozen""#) && sheet.contains(#"<autoFilter ref="A1:D3"/>"#))
    }

    @Test func theSameTablesGiveTheSameBytes() throws {
        let w = XlsxWriter(date: DocDate(year: 2024, month: 7, day: 3))
        #expect(try w.data(for: [Self.ledger]) == w.data(for: [Self.ledger]))
    }

    @Test func readsBackWhatItWrote() throws {
        // setup
        let data = try XlsxWriter(date: DocDate(year: 2024, month: 7, day: 3)).data(for: [Self.ledger])
        // act
        let sheets = try XlsxReader.sheets(data)
        // assert
        #expect(sheets.map(\.name) == ["城关街道台账"])
        let rows = sheets[0].rows
        #expect(rows.map(\.number) == [1, 2, 3])
        #expect(rows[0].cells == Self.ledger.columns.map { .text($0.title) })
        #expect(rows[1].cells == [.date(DocDate(year: 2024, month: 6, day: 30)), .text("=HYPERLINK(\"http://x\")"), .number(5), .number(0.875)])
        #expect(rows[2].cells == [.date(DocDate(year: 2024, month: 1, day: 1)), .text("  前后空格 & <标记> "), .number(-2.5)])
    }

    @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA")])
    func columnNames(index: Int, name: String) {
        #expect(XlsxWriter.columnName(index) == name)
        #expect(XlsxReader.columnIndex(name + "12") == index)
    }

    @Test func serialDatesRoundTrip() {
        for d in [DocDate(year: 1900, month: 3, day: 1), DocDate(year: 2000, month: 2, day: 29), DocDate(year: 2024, month: 12, day: 31)] {
            #expect(XlsxReader.date(fromSerial: Double(XlsxWriter.serial(d))) == d)
        }
        #expect(XlsxWriter.serial(DocDate(year: 1970, month: 1, day: 1)) == 25_569)
    }

    @Test func sheetNamesAreWhatExcelAccepts() {
        let names = XlsxWriter.sheetNames(["a/b:c", "", String(repeating: "长", count: 40), String(repeating: "长", count: 40), "A/B:C"])
        #expect(names[0] == "a_b_c" && names[1] == "Sheet2" && names[2].count == 31 && names[3] == String(repeating: "长", count: 28) + "(2)")
        #expect(names[4] == "A_B_C(2)")
    }
}

struct XlsxReaderTests {
    /// A sheet as Excel writes it: shared strings (with a phonetic guide), a date style,
    /// cells without references, a boolean.
    static func excelLike() throws -> Data {
        let files: [(String, String)] = [
            ("[Content_Types].xml", #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#),
            ("xl/workbook.xml", #"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="导入" sheetId="1" r:id="rId7"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="x" Target="/xl/worksheets/data.xml"/></Relationships>"#),
            ("xl/sharedStrings.xml", #"<sst xmlns="x"><si><t>标题</t></si><si><r><t>非遗</t></r><r><t>展示</t></r><rPh><t>ふりがな</t></rPh></si></sst>"#),
            ("xl/styles.xml", #"<styleSheet><numFmts><numFmt numFmtId="170" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="170"/><xf numFmtId="4"/></cellXfs></styleSheet>"#),
            ("xl/worksheets/data.xml", #"<worksheet><sheetData><row r="1"><c t="s"><v>0</v></c><c r="C1" t="b"><v>1</v></c></row><row r="4"><c r="A4" t="s"><v>1</v></c><c r="B4" s="1"><v>45473</v></c><c r="C4" s="2"><v>1234.5</v></c></row></sheetData></worksheet>"#),
        ]
        let archive = try #require(try? ZIPArchiveBuilder.make(files))
        return archive
    }

    @Test func readsWhatExcelWrites() throws {
        // act
        let sheet = try #require(try XlsxReader.sheets(try Self.excelLike()).first)
        // assert
        #expect(sheet.name == "导入")
        #expect(sheet.rows == [XlsxReader.Row(number: 1, cells: [.text("标题"), .empty, .text("TRUE")]),
                               XlsxReader.Row(number: 4, cells: [.text("非遗展示"), .date(DocDate(year: 2024, month: 6, day: 30)), .number(1234.5)])])
    }

    @Test func aDoctypeIsRefused() throws {
        var s = SheetXMLScanner(Array(#"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>"#.utf8))
        #expect(throws: SheetXMLScanner.Failure.doctype) { while try s.next() != nil {} }
    }

    @Test func notAWorkbookIsSaidSo() {
        #expect(throws: XlsxReader.Failure.notAWorkbook) { try XlsxReader.sheets(Data("姓名,单位\n".utf8)) }
    }
}

struct CSVTableTests {
    @Test func formulasAreNeutralisedAndNumbersAreNot() {
        // act
        let text = CSVTable.text(SheetTable(name: "x", columns: [.init("标题"), .init("值")], rows: [
            [.text("=1+1"), .number(-3)], [.text("@SUM(A1)"), .number(2.5)], [.text("逗号,\"引号\"\n换行"), .empty], [.text("\tx"), .text("-负")],
        ]))
        // assert
        #expect(text == "\u{FEFF}标题,值\r\n'=1+1,-3\r\n'@SUM(A1),2.5\r\n\"逗号,\"\"引号\"\"\n换行\",\r\n'\tx,'-负\r\n")
    }

    @Test func parsesWhatItWritesWithLineNumbers() {
        // setup
        let text = "\u{FEFF}标题,值\r\n\"逗号,\"\"引号\"\"\n换行\",5\r\n\r\n'=1+1,\r\n"
        // act
        let rows = CSVTable.parse(text)
        // assert
        #expect(rows == [XlsxReader.Row(number: 1, cells: [.text("标题"), .text("值")]),
                         XlsxReader.Row(number: 2, cells: [.text("逗号,\"引号\"\n换行"), .text("5")]),
                         XlsxReader.Row(number: 5, cells: [.text("'=1+1"), .empty])])
        #expect(CSVTable.restored("'=1+1") == "=1+1" && CSVTable.restored("'s") == "'s")
    }
}

import ZIPFoundation

/// Builds a small zip in memory for reader tests.
enum ZIPArchiveBuilder {
    static func make(_ files: [(String, String)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in files {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { p, n in
                bytes.subdata(in: Int(p)..<(Int(p) + n))
            }
        }
        return archive.data!
    }
}
