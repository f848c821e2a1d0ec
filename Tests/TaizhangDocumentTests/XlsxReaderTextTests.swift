import Foundation
import Testing
@testable import TaizhangDocument

/// The reader's text view (the service centre's case import): cells as the texts they show,
/// a date-formatted cell with its time of day.
struct XlsxReaderTextTests {
    /// An approval system's export: a date-time style, an unstyled serial, inline and shared strings.
    static func caseExport(sheet: String) throws -> Data {
        try ZIPArchiveBuilder.make([
            ("xl/workbook.xml", #"<workbook xmlns:r="r"><sheets><sheet name="办件" sheetId="1" r:id="rId1"/><sheet name="说明" sheetId="2" r:id="rId2"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", #"<Relationships><Relationship Id="rId1" Target="worksheets/sheet2.xml"/><Relationship Id="rId2" Target="worksheets/sheet1.xml"/></Relationships>"#),
            ("xl/sharedStrings.xml", #"<sst><si><t>办件编号</t></si><si><t>受理时间</t></si><si><t>XL&amp;001</t></si></sst>"#),
            ("xl/styles.xml", #"<styleSheet><numFmts><numFmt numFmtId="176" formatCode="yyyy/m/d h:mm"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="176"/><xf numFmtId="14"/></cellXfs></styleSheet>"#),
            ("xl/worksheets/sheet1.xml", #"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>不是第一张</t></is></c></row></sheetData></worksheet>"#),
            ("xl/worksheets/sheet2.xml", sheet),
        ])
    }

    @Test func datesKeepTheirTimeOfDayAndNumbersStayAsWritten() throws {
        // setup
        let data = try Self.caseExport(sheet: #"<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>"#
            + #"<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" s="1"><v>46083.3819444444</v></c><c r="C2"><v>46083.375</v></c><c r="D2" s="2"><v>46084</v></c>"#
            + #"<c r="E2" t="inlineStr"><is><r><t>2026-03-03 </t></r><r><t>16:00</t></r></is></c><c r="F2" t="b"><v>1</v></c><c r="G2" t="s"/></row></sheetData></worksheet>"#)
        // act
        let rows = try XlsxReader.firstSheetTexts(data)
        // assert
        #expect(rows == [["办件编号", "受理时间"],
                         ["XL&001", "2026-03-02 09:10:00", "46083.375", "2026-03-03", "2026-03-03 16:00", "TRUE"]])
    }

    @Test func theTypedViewReadsTheSameCellsAsDays() throws {
        // setup
        let data = try Self.caseExport(sheet: #"<worksheet><sheetData><row r="2"><c r="B2" s="1"><v>46083.99999</v></c></row></sheetData></worksheet>"#)
        // act
        let sheets = try XlsxReader.sheets(data)
        // assert
        #expect(sheets.map(\.name) == ["办件", "说明"])
        #expect(sheets[0].rows == [XlsxReader.Row(number: 2, cells: [.empty, .date(DocDate(year: 2026, month: 3, day: 2))])])
        #expect(XlsxReader.dateTimeText(fromSerial: 46083.99999) == "2026-03-02 23:59:59")
        #expect(XlsxReader.dateTimeText(fromSerial: 46083.999999999) == "2026-03-03")
    }

    @Test func aMissingSharedStringIsABrokenFileNotABlank() throws {
        // setup
        let data = try Self.caseExport(sheet: #"<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>9</v></c></row></sheetData></worksheet>"#)
        // act / assert
        #expect(throws: XlsxReader.Failure.malformed("shared string 9")) { try XlsxReader.firstSheetTexts(data) }
    }

    @Test func entityDeclarationsAreRefusedWithAClearMessage() throws {
        // setup
        let data = try Self.caseExport(sheet: #"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet>&a;</worksheet>"#)
        // act
        let failure = #expect(throws: XlsxReader.Failure.self) { try XlsxReader.firstSheetTexts(data) }
        // assert
        #expect(failure == .malformed("doctype"))
        #expect(failure?.zh.contains("无法读取") == true && failure?.en.contains("doctype") == true)
    }

    @Test func notAWorkbookIsSaidInChineseAndEnglish() {
        // act
        let failure = #expect(throws: XlsxReader.Failure.self) { try XlsxReader.firstSheetTexts(Data("办件编号,受理时间\n".utf8)) }
        // assert
        #expect(failure == .notAWorkbook && failure?.zh == "不是有效的 .xlsx 文件。" && failure?.en == "Not a valid .xlsx file.")
    }
}
