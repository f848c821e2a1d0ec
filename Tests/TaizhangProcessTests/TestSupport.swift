import Foundation
import Testing
import TaizhangDomain
@testable import TaizhangProcess

/// Shared builders for the process tests.
enum PF {
    static let rules: ProcessRuleSet = try! ProcessRuleSet.defaults()
    static let plans: [ReportingPlan] = try! ReportingPlan.defaults()

    static let zone = Creation(unitID: 2, kind: .zone, startYear: 2025)
    static let project = Creation(unitID: 5, kind: .project, startYear: 2025)
    static let h1 = ScoringPeriod.half(.half(2025, 1))

    /// An instant in Beijing time.
    static func beijing(_ y: Int, _ m: Int, _ d: Int, _ hour: Int = 0, _ minute: Int = 0) -> Date {
        CivilDate(y, m, d).startInstant().addingTimeInterval(TimeInterval(hour * 3600 + minute * 60))
    }

    static let later = beijing(2030, 1, 1)

    /// Every information report of `creation` due in `window`, submitted at 10:00 on its due day.
    static func onTimeReports(_ creation: Creation, _ window: ScoringPeriod) -> [ReportRecord] {
        PublicityScorer.reportChecks(creation, window: window, plans: plans, reports: [], rules: rules, now: later)
            .enumerated().map { i, c in
                ReportRecord(id: i + 1, unitID: creation.unitID, planID: c.planID, period: c.period,
                             firstSubmittedAt: c.dueDate.startInstant().addingTimeInterval(10 * 3600))
            }
    }

    /// An adoption by `outlet`, by default the first outlet the rule set lists for `tier`
    /// (a listed outlet scores its listed tier).
    static func adoption(_ id: Int, info: Int = 1, outlet: String? = nil, tier: String, _ date: CivilDate,
                         unit: Int = 2) -> MediaAdoption {
        MediaAdoption(id: id, unitID: unit, informationID: info, outlet: outlet ?? rules.publicity.tier(tier)?.outlets.first ?? "某未列名媒体",
                      tier: tier, date: date)
    }

    /// A filed plan of unit 2 with two lines: 1 (activities, central 1000 / local 500 yuan)
    /// and 2 (training, central 300 yuan).
    static let plan = FundPlan(
        id: 1, unitID: 2, title: "经费使用方案",
        lines: [FundPlanLine(id: 1, scope: "群众文化活动", category: "grassroots_activities", purpose: "", expectedEffect: "",
                             centralBudget: 100_000, localBudget: 50_000),
                FundPlanLine(id: 2, scope: "文艺骨干培训", category: "team_training", purpose: "", expectedEffect: "",
                             centralBudget: 30_000)],
        reviews: [FundPlanReview(department: .finance, approved: true, date: CivilDate(2025, 3, 1)),
                  FundPlanReview(department: .culture, approved: true, date: CivilDate(2025, 3, 2))],
        filedOn: CivilDate(2025, 3, 10))

    static func spend(_ id: Int, line: Int?, _ amount: Fen, _ source: FundSource = .central,
                      _ date: CivilDate = CivilDate(2025, 4, 1)) -> Expenditure {
        Expenditure(id: id, unitID: 2, planID: 1, lineID: line, amount: amount, date: date, source: source, description: "支出\(id)")
    }

    /// The code of the `DomainError` the body throws; nil when it does not throw.
    static func refusal(_ body: () throws -> Void) -> String? {
        do { try body(); return nil } catch let e as DomainError { return e.code } catch { return "\(error)" }
    }

    /// A rule set changed by an admin.
    static func modified(_ change: (inout ProcessRuleSet) -> Void) -> ProcessRuleSet {
        var r = rules
        change(&r)
        return r
    }
}
