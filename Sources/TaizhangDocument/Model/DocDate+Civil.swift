import TaizhangDomain

/// A document's date and the domain's calendar day are the same three numbers; these are
/// the one conversion (the workbook reader and writer, the package stamp, the exports).
extension DocDate {
    public init(_ day: CivilDate) { self.init(year: day.year, month: day.month, day: day.day) }

    public var civil: CivilDate { CivilDate(year, month, day) }
}
