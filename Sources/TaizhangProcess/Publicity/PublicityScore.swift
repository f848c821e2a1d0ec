import Foundation
import TaizhangDomain

/// SPEC §4.6 "every score shows its breakdown": the base and why, each adoption that
/// counted with its tier and points, and the adoptions left out and why. Stored as is;
/// recomputing (the scorer is pure) after late data gives the new one to store.
public struct PublicityScore: Codable, Hashable, Sendable {
    public var unitID: Int
    public var kind: CreationKind
    public var window: ScoringPeriod
    public var base: Int
    /// Every periodic report due in the window, with its timeliness.
    public var reports: [ReportCheck]
    public var lines: [AdoptionLine]
    public var ignored: [IgnoredAdoption]
    public var total: Int
    /// The day the score was computed (nil in scores stored before it was recorded).
    public var scoredOn: CivilDate?

    /// Why the base was lost: the late and missing reports (empty when earned).
    public var baseReasons: [Term] { reports.filter(\.fails).map(\.reason) }
    public var adoptionPoints: Int { lines.map(\.points).reduce(0, +) }
    /// The window was still running when scored, or some report of it was not due yet: the
    /// base may still be lost and adoptions still come in. A provisional score is shown as
    /// such and cannot be circulated (通报) as final.
    public var provisional: Bool {
        reports.contains { $0.status == .notDue } || (scoredOn.map { $0 <= window.end } ?? false)
    }
}

public struct AdoptionLine: Codable, Hashable, Sendable {
    public var adoptionID: Int
    public var informationID: Int
    public var outlet: String
    public var tier: String
    public var points: Int
    public var date: CivilDate
    public var link: String
}

public struct IgnoredAdoption: Codable, Hashable, Sendable {
    public var adoptionID: Int
    public var reason: Term
}
