import Fluent
import Foundation
import TaizhangDomain

/// The holiday calendar in force: the shipped one (2024–2026 from the State Council's
/// notices) with the admin's stored years on top. `refresh` installs it as
/// `HolidayCalendar.current`, which every working-day count reads; it runs at start-up
/// and after each edit.
enum HolidayService {
    static func calendar(on db: any Database) async throws -> HolidayCalendar {
        var calendar = (try? HolidayCalendar.shipped()) ?? .weekdaysOnly
        for y in try await HolidayYearModel.query(on: db).sort(\.$year).all().compactMap(\.domain) { calendar = calendar.replacing(y) }
        return calendar
    }

    @discardableResult
    static func refresh(on db: any Database) async throws -> HolidayCalendar {
        let calendar = try await calendar(on: db)
        HolidayCalendar.current = calendar
        return calendar
    }
}
