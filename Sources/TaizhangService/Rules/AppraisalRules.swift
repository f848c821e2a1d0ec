import TaizhangDomain

/// SPEC §7 窗口考核: a monthly score per staff member, a base plus items as data, and the
/// quarterly 服务明星 election with its quota (the seed's centre cut it from 4 to 3).
public struct AppraisalRules: Codable, Hashable, Sendable {
    public var base: Double
    public var items: [AppraisalItem]
    public var stars: StarRules
}

/// One line of the monthly score: `points` per unit of `source`, the item's total capped
/// at `cap` points either way (nil: no cap).
public struct AppraisalItem: Codable, Hashable, Sendable {
    public var code: String
    public var zh: String
    public var en: String
    public var source: AppraisalSource
    public var points: Double
    public var cap: Double?
    public var term: Term { Term(code, zh: zh, en: en) }
}

/// What an appraisal item counts. The first five come from the case and rating records;
/// the rest are typed by the supervision section (考勤, 投诉, 锦旗 …).
public enum AppraisalSource: String, Codable, Hashable, Sendable, CaseIterable {
    case ratingsSatisfied = "ratings_satisfied", ratingsBad = "ratings_bad"
    case casesCompleted = "cases_completed", casesOverdue = "cases_overdue", stepsOverrun = "steps_overrun"
    case complaints, attendanceLate = "attendance_late", attendanceAbsent = "attendance_absent"
    case commendations, extraPoints = "extra_points"

    /// How a circular or a reason names it.
    public var chinese: String {
        switch self {
        case .ratingsSatisfied: "满意评价数"; case .ratingsBad: "差评"; case .casesCompleted: "办结件数"
        case .casesOverdue: "超时办件"; case .stepsOverrun: "环节超时"; case .complaints: "有效投诉"
        case .attendanceLate: "迟到早退"; case .attendanceAbsent: "旷工"; case .commendations: "锦旗、表扬信"
        case .extraPoints: "其他加分"
        }
    }

    /// Sources the supervision section records by hand.
    public var isTyped: Bool {
        switch self {
        case .complaints, .attendanceLate, .attendanceAbsent, .commendations, .extraPoints: true
        default: false
        }
    }
}

public struct StarRules: Codable, Hashable, Sendable {
    public var periodKind: Period.Kind
    /// 名额: stars elected per period (default 3).
    public var quota: Int
    /// Every month of the period at least this score.
    public var minMonthlyScore: Double
    /// Any of these in the period rules a member out (一票否决).
    public var vetoSources: [AppraisalSource]
    /// Equal period scores are ordered by these counts, highest first, then by staff id.
    public var tieBreak: [AppraisalSource]
}
