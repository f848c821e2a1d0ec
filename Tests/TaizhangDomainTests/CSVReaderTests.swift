import Testing
import TaizhangDomain

/// The one CSV grammar (RFC 4180) that the ledger, value and case imports read through.
struct CSVReaderTests {
    @Test func quotesBreaksAndLineNumbers() {
        // setup
        let text = "\u{FEFF}办件编号,环节\r\n\"A,1\",\"受理@09:10\n审查@\"\"9:30\"\"\"\r\n\r\nA2,x\rA3,\"\"\n"
        // act
        let records = CSVReader.records(text)
        // assert
        #expect(records == [CSVReader.Record(line: 1, fields: ["办件编号", "环节"]),
                            CSVReader.Record(line: 2, fields: ["A,1", "受理@09:10\n审查@\"9:30\""]),
                            CSVReader.Record(line: 5, fields: ["A2", "x"]),
                            CSVReader.Record(line: 6, fields: ["A3", ""])])
        #expect(CSVReader.rows(text) == records.map(\.fields))
    }

    @Test func aQuoteInsideAnUnquotedFieldIsText() {
        // act
        let rows = CSVReader.rows("a\"b,\"c\"d\"\n\"\"\n,\n\"unclosed,x")
        // assert
        #expect(rows == [["a\"b", "cd\""], ["", ""], ["unclosed,x"]])
    }

    @Test func quotingIsTheOneRFC4180Rule() {
        // act / assert
        #expect(SpreadsheetCell.quoted("a,\"b\"") == "\"a,\"\"b\"\"\"")
        #expect(SpreadsheetCell.quoted("第一行\r\n第二行") == "\"第一行\r\n第二行\"")
        #expect(SpreadsheetCell.quoted("-3") == "-3")
        #expect(CSVReader.rows(SpreadsheetCell.quoted("x\ny,\"z\"")) == [["x\ny,\"z\""]])
    }
}
