import Foundation
import TaizhangDomain
import TaizhangService
import Vapor

/// Names of a centre's items, windows, staff and departments, for answers and pages.
struct CentreNames: Sendable {
    var items: [Int: ServiceItem]
    var windows: [Int: ServiceWindow]
    var staff: [Int: ServiceStaff]
    var departments: [Int: String]

    static func load(_ req: Request, centre: Int, tree: UnitTree) async throws -> CentreNames {
        let store = req.serviceStore
        return CentreNames(items: Dictionary(uniqueKeysWithValues: try await store.items(centre).map { ($0.id, $0) }),
                           windows: Dictionary(uniqueKeysWithValues: try await store.windows(centre).map { ($0.id, $0) }),
                           staff: Dictionary(uniqueKeysWithValues: try await store.staff(centre).map { ($0.id, $0) }),
                           departments: Dictionary(uniqueKeysWithValues: tree.children(of: centre).map { ($0.id, $0.name) }))
    }
}

/// A case with its computed status and why (SPEC §7: never typed, always computed).
struct CaseView: Content {
    struct Named: Content { var id: Int; var name: String }
    struct Flag: Content { var code: String; var text: String }

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
struct StatusCounts: Content {
    var open = 0, inTime = 0, yellow = 0, red = 0, abnormalOpen = 0

    mutating func add(_ e: CaseEvaluation) {
        guard e.status.isOpen else { return }
        open += 1
        switch e.status { case .yellow: yellow += 1; case .red: red += 1; default: inTime += 1 }
        if e.isAbnormal { abnormalOpen += 1 }
    }
}
