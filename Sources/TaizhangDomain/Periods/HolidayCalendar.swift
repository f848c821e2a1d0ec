import Foundation

/// Statutory holidays and make-up working days (调休上班) per year, as data (SPEC §2
/// "working days counted on the holiday calendar"). Each year cites the State Council
/// General Office notice it copies (国务院办公厅关于X年部分节假日安排的通知); the
/// shipped calendar is `Resources/holidays/cn.json` and an admin edits it for new years.
/// A day is a working day when it is a make-up working day, or a Monday–Friday that is
/// not a holiday. Years not in the calendar fall back to Monday–Friday.
public struct HolidayCalendar: Hashable, Sendable {
    public var code: String
    public var name: String
    public private(set) var years: [Year]
    private var rest: Set<CivilDate> = []
    private var work: Set<CivilDate> = []

    public struct Year: Codable, Hashable, Sendable {
        public var year: Int
        /// The notice the dates come from, with its document number.
        public var notice: String
        public var published: CivilDate?
        public var holidays: [Holiday]
        /// Weekend days that are working days (调休上班).
        public var workdays: [CivilDate]

        public init(year: Int, notice: String, published: CivilDate? = nil, holidays: [Holiday], workdays: [CivilDate]) {
            self.year = year; self.notice = notice; self.published = published; self.holidays = holidays; self.workdays = workdays
        }

        private enum CodingKeys: String, CodingKey { case year, notice, published, holidays, workdays }

        /// The year may come from elsewhere (the API's path): absent, it decodes as 0.
        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            self.init(year: try c.decodeIfPresent(Int.self, forKey: .year) ?? 0, notice: try c.decode(String.self, forKey: .notice),
                      published: try c.decodeIfPresent(CivilDate.self, forKey: .published),
                      holidays: try c.decodeIfPresent([Holiday].self, forKey: .holidays) ?? [],
                      workdays: try c.decodeIfPresent([CivilDate].self, forKey: .workdays) ?? [])
        }
    }

    public struct Holiday: Codable, Hashable, Sendable {
        public var name: String
        public var from: CivilDate
        public var to: CivilDate
        public init(name: String, from: CivilDate, to: CivilDate) { self.name = name; self.from = from; self.to = to }
    }

    public init(code: String = "cn", name: String = "", years: [Year]) {
        self.code = code; self.name = name
        self.years = years.sorted { $0.year < $1.year }
        for y in years {
            for h in y.holidays where h.from <= h.to {
                for n in h.from.dayNumber...h.to.dayNumber { rest.insert(CivilDate(dayNumber: n)) }
            }
            work.formUnion(y.workdays)
        }
    }

    /// Monday–Friday only, no holidays: what the system did before it had a calendar.
    public static let weekdaysOnly = HolidayCalendar(code: "weekdays", name: "仅周一至周五", years: [])

    public func isWorkingDay(_ day: CivilDate) -> Bool {
        if work.contains(day) { return true }
        return day.weekday < 5 && !rest.contains(day)
    }

    /// The holiday `day` falls in, if any.
    public func holiday(on day: CivilDate) -> Holiday? {
        years.lazy.flatMap(\.holidays).first { $0.from <= day && day <= $0.to }
    }

    /// The `n`-th working day after `day` ("期满后5个工作日内"); for n = 0 the first working
    /// day on or after `day`. Never a holiday or an ordinary weekend day.
    public func addingWorkingDays(_ n: Int, after day: CivilDate) -> CivilDate {
        var d = day, left = n
        while left > 0 { d = d.adding(days: 1); if isWorkingDay(d) { left -= 1 } }
        while !isWorkingDay(d) { d = d.adding(days: 1) }
        return d
    }

    /// Working days in `from…through`, both ends included (0 when `through` < `from`).
    public func workingDays(from: CivilDate, through: CivilDate) -> Int {
        guard from <= through else { return 0 }
        return (from.dayNumber...through.dayNumber).count { isWorkingDay(CivilDate(dayNumber: $0)) }
    }

    /// Whether the calendar has the State Council's dates for `year` (else weekdays only).
    public func covers(_ year: Int) -> Bool { years.contains { $0.year == year } }
}
