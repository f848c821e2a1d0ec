/// A calendar date as written in Chinese official documents.
public struct DocDate: Codable, Sendable, Hashable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// "2024年7月5日": Arabic numerals, no zero padding (GB/T 9704-2012 §7.3.5.1:
    /// 成文日期用阿拉伯数字将年、月、日标全，月、日不编虚位).
    public var chinese: String { "\(year)年\(month)月\(day)日" }

    /// "7月5日", for dates inside the period's own year.
    public var monthDay: String { "\(month)月\(day)日" }

    /// "2024-07-05".
    public var iso: String {
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    public static func < (a: DocDate, b: DocDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}
