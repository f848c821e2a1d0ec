import Foundation
import TaizhangDomain
import TaizhangService

/// Names of a centre's items, windows, staff and departments, for answers and pages.
struct CentreNames: Sendable {
    var items: [Int: ServiceItem]
    var windows: [Int: ServiceWindow]
    var staff: [Int: ServiceStaff]
    var departments: [Int: String]

    static func load(_ store: ServiceStore, centre: Int, tree: UnitTree) async throws -> CentreNames {
        return CentreNames(items: Dictionary(uniqueKeysWithValues: try await store.items(centre).map { ($0.id, $0) }),
                           windows: Dictionary(uniqueKeysWithValues: try await store.windows(centre).map { ($0.id, $0) }),
                           staff: Dictionary(uniqueKeysWithValues: try await store.staff(centre).map { ($0.id, $0) }),
                           departments: Dictionary(uniqueKeysWithValues: tree.children(of: centre).map { ($0.id, $0.name) }))
    }
}

/// A case with its computed status and why (SPEC §7: never typed, always computed).
struct CaseView: Codable, Sendable {
    struct Named: Codable, Sendable { var id: Int; var name: String }
    struct Flag: Codable, Sendable { var code: String; var text: String }

    var id: Int
    var number: String
    var item: Named
    var itemCode: String
    var department: Named
    var window: String?
    var staff: String?
    var applicant: String
    var acceptedAt: Date
    var completedAt: Date?
    var outcome: String?
    var reason: String
    var statutoryDays: Int
    var promisedDays: Int
    var status: String
    var statusText: String
    var deadline: CivilDate
    var statutoryDeadline: CivilDate
    var usedDays: Int
    var daysLeft: Int?
    var abnormalities: [Flag]
    var stepOverruns: [StepOverrun]

    init(_ c: ServiceCase, _ e: CaseEvaluation, names: CentreNames, rules: ServiceRuleSet, language: Language) {
        let known = names.items[c.itemID]
        id = c.id; number = c.number; item = Named(id: c.itemID, name: known?.name ?? "\(c.itemID)"); itemCode = known?.code ?? ""
        department = Named(id: c.departmentID, name: names.departments[c.departmentID] ?? "\(c.departmentID)")
        window = c.windowID.flatMap { names.windows[$0]?.label }; staff = c.staffID.flatMap { names.staff[$0]?.name }
        applicant = c.applicant; acceptedAt = c.acceptedAt; completedAt = c.completedAt; outcome = c.outcome?.rawValue; reason = c.reason
        statutoryDays = c.statutoryDays; promisedDays = c.promisedDays
        status = e.status.rawValue; statusText = rules.cases.status(e.status).text(language)
        deadline = e.deadline; statutoryDeadline = e.statutoryDeadline; usedDays = e.usedDays; daysLeft = e.daysLeft
        abnormalities = e.abnormalities.list.compactMap { a in
            rules.cases.abnormalities.first { $0.code == a.rawValue }.map { Flag(code: a.rawValue, text: $0.term.text(language)) }
        }
        stepOverruns = e.stepOverruns
    }
}

/// Counts of cases by card for one group on the board.
struct StatusCounts: Codable, Sendable {
    var open = 0, inTime = 0, yellow = 0, red = 0, abnormalOpen = 0

    mutating func add(_ e: CaseEvaluation) {
        guard e.status.isOpen else { return }
        open += 1
        switch e.status { case .yellow: yellow += 1; case .red: red += 1; default: inTime += 1 }
        if e.isAbnormal { abnormalOpen += 1 }
    }
}

/// An order with its status on the day and whether it should go up a level.
struct OrderView: Codable, Sendable {
    var order: SupervisionOrder
    var status: String
    var statusText: String
    var levelText: String
    var escalationDue: Bool

    init(_ o: SupervisionOrder, today: CivilDate, rules: ServiceRuleSet) {
        order = o
        let s = o.status(asOf: today)
        status = s.rawValue; statusText = s.chinese; levelText = rules.supervision.level(o.level)?.zh ?? o.level
        escalationDue = o.escalationDue(asOf: today, rules: rules.supervision)
    }
}

/// A rectification with its status on the day.
struct FixView: Codable, Sendable {
    var fix: RatingFix; var status: String; var statusText: String
    init(_ f: RatingFix, today: CivilDate) { fix = f; let s = f.status(asOf: today); status = s.rawValue; statusText = s.chinese }
}

/// A rate with what it was computed from.
struct RateDTO: Codable, Sendable {
    var code: String; var name: String; var percent: Double?; var numerator: Double; var denominator: Int; var definition: String
    init(_ f: RateFigure, _ language: Language) {
        code = f.definition.code.rawValue; name = language == .zh ? f.definition.zh : f.definition.en
        percent = f.percent.map { ($0 * 100).rounded() / 100 }; numerator = (f.numerator * 10_000).rounded() / 10_000
        denominator = f.denominator; definition = language == .zh ? f.definition.definitionZh : f.definition.definitionEn
    }
}
