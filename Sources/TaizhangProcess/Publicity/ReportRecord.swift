import Foundation
import TaizhangDomain

/// A unit's submission under a reporting plan, as the process rules need it: which plan
/// and period, and when it was first submitted (timeliness is judged by that instant,
/// `Timeliness.evaluate`). Also the piece of information a media adoption refers to.
public struct ReportRecord: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var unitID: Int
    public var planID: Int
    public var period: Period
    public var title: String
    public var firstSubmittedAt: Date?

    public init(id: Int, unitID: Int, planID: Int, period: Period, title: String = "", firstSubmittedAt: Date?) {
        self.id = id; self.unitID = unitID; self.planID = planID; self.period = period
        self.title = title; self.firstSubmittedAt = firstSubmittedAt
    }
}

/// SPEC §4.6: one periodic report due in a scoring period and how it went.
public struct ReportCheck: Codable, Hashable, Sendable {
    public var planID: Int
    public var planName: String
    public var period: Period
    public var dueDate: CivilDate
    public var firstSubmittedAt: Date?
    public var status: Timeliness

    /// Late or missing: costs the base points.
    public var fails: Bool { status == .late || status == .missing }

    /// "2025年3月 示范区工作动态 迟报（应于2025年4月5日前报送）".
    public var reason: Term {
        Term("report_\(status.rawValue)", zh: "\(period.chineseLabel)\(planName)\(status.chinese)（应于\(dueDate.chinese)前报送）",
             en: "\(period.englishLabel) report \(PlanEnglishName.of(planName)) \(status.rawValue) (due \(dueDate.english))")
    }
}
