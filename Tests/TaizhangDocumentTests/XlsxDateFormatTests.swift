import Testing
@testable import TaizhangDocument

/// Which number formats make a cell a date (Excel stores dates as serial numbers).
@Suite struct XlsxDateFormatTests {
    @Test(arguments: [
        (14, nil, true), (58, nil, true), (2, nil, false),
        (164, "yyyy-mm-dd", true), (165, "m月d日", true),
        (166, "[Red]0.00", false), (167, "0\" d\"", false), (168, "[$-804]0.00", false), (169, "0.00", false),
    ] as [(Int, String?, Bool)])
    func dateFormats(id: Int, code: String?, isDate: Bool) {
        #expect(XlsxReader.isDateFormat(id, code) == isDate)
    }
}
