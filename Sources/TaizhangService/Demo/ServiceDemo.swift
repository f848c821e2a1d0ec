import Foundation
import TaizhangDomain

/// The demo service centre's records (SPEC §7), deterministic for a given day: about
/// 60,000 cases over the twelve months before it, their ratings with the fix loop and a
/// few appeals, the 督办 on abnormal cases, the typed appraisal facts, and the online
/// supervision of the supervision section. Ids are demo ids (departments 1–3, windows
/// 1–6, staff window×10+n, cases and ratings 1…); the server maps them to its own.
public struct ServiceDemoData: Sendable {
    public var today: CivilDate
    public var items: [ServiceItem]
    public var windows: [ServiceWindow]
    public var staff: [ServiceStaff]
    public var cases: [ServiceCase]
    public var orders: [SupervisionOrder]
    public var ratings: [Rating]
    public var fixes: [RatingFix]
    public var invitations: [Invitation]
    public var appraisalRecords: [AppraisalRecord]
    /// Online supervision: supervision-section logins and cases opened, per working day.
    public var logins: [(day: CivilDate, count: Int)]
    public var views: [(day: CivilDate, caseID: Int)]
    /// The supervision section's own ledger (complaints, banners, window inspections,
    /// circulars); unit 0 stands for the centre.
    public var entries: [LedgerEntry]
    /// Quarters already over, whose star elections the demo publishes.
    public var quarters: [Period]
}

public enum ServiceDemo {
    public static let perDay = 240

    /// `casesPerDay`: about 240 gives the demo's 60,000 cases a year; tests load fewer.
    public static func make(today: CivilDate, rules: ServiceRuleSet, table: WorkingDayTable, casesPerDay: Int = perDay) -> ServiceDemoData {
        let start = CivilDate(today.year - 1, today.month, 1)
        let cases = ServiceDemoCases(table: table).cases(from: start, through: today, perDay: casesPerDay)
        let windows = ServiceDemoCatalog.departments.flatMap { d in
            d.windows.map { ServiceWindow(id: $0.id, departmentID: d.id, number: $0.number, name: $0.name) }
        }
        let staff = ServiceDemoCatalog.windows.flatMap { w in
            zip(ServiceDemoCatalog.staffIDs(window: w), w.staff).map { ServiceStaff(id: $0, windowID: w.id, workNumber: String(format: "LJ%03d", $0), name: $1) }
        }
        var ratings = ServiceDemoRatings(today: today, rules: rules, table: table)
        let r = ratings.make(cases)
        let evaluator = CaseEvaluator(rules: rules.cases, table: table)
        let orders = ServiceDemoOrders.make(cases, evaluator: evaluator, today: today, rules: rules.supervision, table: table)
        let quarters = Period.range(.containing(start, kind: .quarter), through: Period.containing(today, kind: .quarter).previous)
            .filter { $0.start >= start }
        let office = ServiceDemoOffice(today: today, start: start, table: table)
        return ServiceDemoData(today: today, items: ServiceDemoCatalog.items.map(\.item), windows: windows, staff: staff, cases: cases,
                               orders: orders, ratings: r.ratings, fixes: r.fixes, invitations: r.invitations,
                               appraisalRecords: office.appraisalRecords(staff: staff), logins: office.logins(),
                               views: office.views(cases: cases), entries: office.entries(), quarters: quarters)
    }
}
