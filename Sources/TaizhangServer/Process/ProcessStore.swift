import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess

/// Reads a unit's process records (SPEC §4) and the active rule set, as the pure
/// TaizhangProcess values the evaluators take.
struct ProcessStore {
    var db: any Database

    /// The active rule set (the default until an admin stores another).
    func rules() async throws -> ProcessRuleSet {
        if let r = try await ProcessRuleSetModel.query(on: db).filter(\.$active == true).first()?.domain { return r }
        return try ProcessRuleSet.defaults()
    }

    static func notACreation(_ unit: Int) -> AppError {
        AppError(.notFound, "no_creation", zh: "该单位未登记示范区（项目）创建，请先由上级登记创建类型和起始年份。",
                 en: "Unit \(unit) is not registered as creating a demonstration zone or project.")
    }

    func creation(_ unit: Int) async throws -> Creation {
        guard let c = try await CreationModel.query(on: db).filter(\.$unitID == unit).first()?.domain else { throw Self.notACreation(unit) }
        return c
    }

    func creations(_ units: [Int]) async throws -> [Creation] {
        guard !units.isEmpty else { return [] }
        return try await CreationModel.query(on: db).filter(\.$unitID ~~ units).sort(\.$unitID).all().compactMap(\.domain)
    }

    func plans() async throws -> [ReportingPlan] {
        try await PlanModel.active(on: db)
    }

    func records<M: ProcessRecordModel>(_ type: M.Type, unit: Int) async throws -> [M.Domain] {
        try await M.query(on: db).filter("unit_id", .equal, unit).sort("id").all().compactMap(\.domain)
    }

    func group(_ unit: Int) async throws -> LeadingGroup? {
        guard let g = try await LeadingGroupModel.query(on: db).filter(\.$unitID == unit).first() else { return nil }
        let meetings = try await GroupMeetingModel.query(on: db).filter(\.$groupID == g.requireID())
            .sort(\.$date).sort(\.$id).all().compactMap(\.domain)
        return g.domain(meetings: meetings)
    }

    func roster(_ unit: Int) async throws -> LiaisonRoster {
        LiaisonRoster(try await LiaisonModel.query(on: db).filter(\.$unitID == unit).sort(\.$from).sort(\.$id).all().compactMap(\.domain))
    }

    func fundPlan(_ unit: Int) async throws -> FundPlanModel? {
        try await FundPlanModel.query(on: db).filter(\.$unitID == unit).first()
    }

    func expenditures(_ unit: Int) async throws -> [Expenditure] {
        try await ExpenditureModel.query(on: db).filter(\.$unitID == unit).sort(\.$date).sort(\.$id).all().compactMap(\.domain)
    }

    /// The unit's submissions as the process rules see them: plan, period and the first
    /// submission instant (drafts have none); `id` is the submission's id.
    func reports(_ unit: Int) async throws -> [ReportRecord] {
        let names = Dictionary(try await plans().map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        return try await SubmissionModel.query(on: db).filter(\.$unitID == unit).sort(\.$id).all().compactMap { s in
            Period(code: s.periodCode).map {
                ReportRecord(id: s.id!, unitID: s.unitID, planID: s.planID, period: $0, title: $0.chineseLabel + (names[s.planID] ?? ""),
                             firstSubmittedAt: s.firstSubmittedAt)
            }
        }
    }

    func adoptions(_ unit: Int) async throws -> [MediaAdoption] {
        try await MediaAdoptionModel.query(on: db).filter(\.$unitID == unit).sort(\.$date).sort(\.$id).all().compactMap(\.domain)
    }

    func inputs(_ unit: Int) async throws -> [String: Double] {
        Dictionary(try await AcceptanceInputModel.query(on: db).filter(\.$unitID == unit).all().map { ($0.code, $0.value) },
                   uniquingKeysWith: { $1 })
    }

    /// Everything on file about the creation (SPEC §4.7 reads it whole).
    func dossier(_ c: Creation) async throws -> ProcessDossier {
        let unit = c.unitID
        return ProcessDossier(creation: c, group: try await group(unit), liaisons: try await roster(unit),
                              fundPlan: try await fundPlan(unit)?.domain, expenditures: try await expenditures(unit),
                              halfYearReports: try await records(HalfYearReportModel.self, unit: unit),
                              inspections: try await records(InspectionModel.self, unit: unit),
                              rectifications: try await records(RectificationItemModel.self, unit: unit),
                              reports: try await reports(unit))
    }
}
