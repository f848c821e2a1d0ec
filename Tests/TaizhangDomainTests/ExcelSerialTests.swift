import Testing
import TaizhangDomain

/// Excel's serial days, the one epoch the workbook writer, reader and case import share.
struct ExcelSerialTests {
    @Test func serialsCountFrom1899_12_30() {
        // act / assert
        #expect(ExcelSerial.serial(CivilDate(1970, 1, 1)) == 25_569)
        #expect(ExcelSerial.serial(CivilDate(2024, 6, 30)) == 45_473)
        #expect(ExcelSerial.day(46_083.9999) == CivilDate(2026, 3, 2))
        #expect(ExcelSerial.day(Double(ExcelSerial.end - 1)) == CivilDate(9999, 12, 31))
    }
}
