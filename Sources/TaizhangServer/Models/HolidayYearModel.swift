import Fluent
import Foundation
import TaizhangDomain

/// One year of the admin's holiday calendar (`HolidayCalendar.Year` as JSON). A stored year
/// replaces the shipped one of the same year; years not stored keep the shipped dates.
final class HolidayYearModel: Model, @unchecked Sendable {
    static let schema = "holiday_years"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "year") var year: Int
    @Field(key: "definition") var definition: String
    @OptionalField(key: "updated_at") var updatedAt: Date?

    init() {}

    var domain: HolidayCalendar.Year? { JSON.decode(HolidayCalendar.Year.self, definition) }
}
