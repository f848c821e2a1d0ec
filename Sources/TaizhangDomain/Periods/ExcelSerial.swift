/// Excel's serial dates (the 1900 date system Excel, WPS and LibreOffice write by default):
/// days since 1899-12-30, so 25,569 is 1970-01-01 and a fraction is the time of day (local
/// time). The one place of that epoch for the workbook writer, the workbook reader and the
/// case import's instants. (Serials below 61 are a day off in Excel, which counts a
/// 1900-02-29; no record here is that old.)
public enum ExcelSerial {
    /// The serial of 1970-01-01, the day `CivilDate.dayNumber` counts from.
    public static let unixEpoch = 25_569
    /// The day after Excel's last, 9999-12-31.
    public static let end = 2_958_466

    public static func serial(_ day: CivilDate) -> Int { day.dayNumber + unixEpoch }

    /// The day a serial falls on (its time of day dropped).
    public static func day(_ serial: Double) -> CivilDate {
        CivilDate(dayNumber: Int(serial.rounded(.down)) - unixEpoch)
    }
}
