import Foundation
import Testing
@testable import TaizhangDomain

/// Shared builders for the domain tests.
enum Fixture {
    /// An instant in Beijing time.
    static func beijing(_ y: Int, _ m: Int, _ d: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0) -> Date {
        CivilDate(y, m, d).startInstant().addingTimeInterval(TimeInterval(hour * 3600 + minute * 60 + second))
    }

    /// bureau 1 → streets 2 and 3 → community 4 under 2.
    static let units = [
        Unit(id: 1, parentID: nil, kind: .bureau, name: "区文化和旅游局", code: "330115"),
        Unit(id: 2, parentID: 1, kind: .street, name: "城关街道"),
        Unit(id: 3, parentID: 1, kind: .street, name: "东湖街道"),
        Unit(id: 4, parentID: 2, kind: .community, name: "新华社区"),
    ]

    static let monthlyPlan = ReportingPlan(id: 1, name: "工作动态", reportType: "work_update", periodKind: .month,
                                           appliesTo: UnitSelector(kinds: [.street]), dueRule: .dayOfNextMonth(5),
                                           remindDaysBefore: 3)
}
