import Foundation

extension HolidayCalendar: Codable {
    private enum CodingKeys: String, CodingKey { case code, name, years }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(code: try c.decodeIfPresent(String.self, forKey: .code) ?? "cn",
                  name: try c.decodeIfPresent(String.self, forKey: .name) ?? "",
                  years: try c.decode([Year].self, forKey: .years))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code); try c.encode(name, forKey: .name); try c.encode(years, forKey: .years)
    }

    /// The calendar shipped with the product (2024–2026 from the State Council's notices).
    public static func shipped() throws -> HolidayCalendar {
        guard let url = Bundle.module.url(forResource: "cn", withExtension: "json", subdirectory: "Resources/holidays") else {
            throw CatalogError.missingResource
        }
        return try JSONDecoder().decode(HolidayCalendar.self, from: Data(contentsOf: url))
    }

    /// What makes an edited year unusable: a holiday ending before it starts or outside its
    /// year (元旦 may start in the last days of the year before), a make-up working day
    /// that is not a weekend day or that is also a holiday, a missing notice.
    public static func problems(of y: Year) -> [DomainError] {
        var out: [DomainError] = []
        if !(1990...2999).contains(y.year) {
            out.append(DomainError("invalid_year", zh: "年份无效。", en: "Invalid year.", field: "year"))
        }
        if y.notice.trimmingCharacters(in: .whitespaces).isEmpty {
            out.append(DomainError("notice_required", zh: "请注明依据的国务院办公厅通知。", en: "Cite the State Council notice.", field: "notice"))
        }
        for (i, h) in y.holidays.enumerated() {
            if h.to < h.from || h.to.dayNumber - h.from.dayNumber > 15
                || !(h.from.year == y.year || (h.from.year == y.year - 1 && h.from.month == 12)) {
                out.append(DomainError("invalid_holiday", zh: "“\(h.name)”的放假日期无效。",
                                       en: "The dates of “\(h.name)” are invalid.", field: "holidays[\(i)]"))
            }
        }
        let calendar = HolidayCalendar(years: [Year(year: y.year, notice: y.notice, holidays: y.holidays, workdays: [])])
        for (i, d) in y.workdays.enumerated() where d.weekday < 5 || calendar.holiday(on: d) != nil {
            out.append(DomainError("invalid_workday", zh: "调休上班日\(d.chinese)须为不在假期内的周末。",
                                   en: "Make-up working day \(d) must be a weekend day outside the holidays.", field: "workdays[\(i)]"))
        }
        return out
    }

    /// A copy with `year` added or replaced.
    public func replacing(_ year: Year) -> HolidayCalendar {
        HolidayCalendar(code: code, name: name, years: years.filter { $0.year != year.year } + [year])
    }

    public func removing(year: Int) -> HolidayCalendar {
        HolidayCalendar(code: code, name: name, years: years.filter { $0.year != year })
    }
}

extension HolidayCalendar {
    private final class Box: @unchecked Sendable {
        let lock = NSLock()
        var value: HolidayCalendar = (try? HolidayCalendar.shipped()) ?? .weekdaysOnly
    }
    private static let box = Box()

    /// The calendar in force for this process: the shipped one until the server loads the
    /// admin's (and again after each edit). Every working-day count reads it by default,
    /// so one calendar decides due dates, extension and rectification deadlines alike.
    public static var current: HolidayCalendar {
        get { box.lock.lock(); defer { box.lock.unlock() }; return box.value }
        set { box.lock.lock(); box.value = newValue; box.lock.unlock() }
    }
}
