import Fluent
import TaizhangDomain
import Vapor

/// The reporting-rate matrix: units × periods for one plan over a subtree.
enum MatrixController {
    struct Response: Content {
        var plan: ReportingPlan
        var periods: [PeriodDTO]
        var rows: [ReportingMatrix.Row]
        var columns: [ReportingMatrix.Stats]
        var total: ReportingMatrix.Stats
    }
    struct PeriodDTO: Content { var code: String; var label: String }

    static func matrix(req: Request) async throws -> Response {
        let planID = try req.queryInt("plan")
        let root = try req.queryInt("unit")
        let scope = try await req.authorize(.read, unit: root)
        guard let plan = try await PlanModel.find(planID, on: req.db)?.domain else { throw AppError.notFound("Plan", zh: "该报送计划") }
        let today = CivilDate(req.now)
        let last = try req.query[String.self, at: "to"].map(Period.parse) ?? Period.containing(today, kind: plan.periodKind)
        let first = try req.query[String.self, at: "from"].map(Period.parse) ?? last.offset(by: -11)
        guard first.kind == plan.periodKind, last.kind == plan.periodKind, first <= last else {
            throw AppError.badRequest("invalid_period", zh: "起止期间须与报送计划的周期一致，且起始不晚于截止。", en: "from/to must match the plan's period kind, from ≤ to.", field: "from")
        }
        let periods = Period.range(first, through: last)
        guard periods.count <= 60 else {
            throw AppError.badRequest("too_many_periods", zh: "一次最多查看60期。", en: "At most 60 periods at once.", field: "from")
        }
        let units = scope.tree.subtree(of: root).filter { scope.can(.read, on: $0.id) }
        let matrix = ReportingMatrix.compute(plan: plan, units: units, periods: periods,
                                             firstSubmitted: try await MatrixStore.firstSubmitted(planID: plan.id, periods: periods, on: req.db),
                                             now: req.now)
        return Response(plan: plan, periods: matrix.periods.map { PeriodDTO(code: $0.code, label: $0.label(req.language)) },
                        rows: matrix.rows, columns: matrix.columns, total: matrix.total)
    }
}

enum MatrixStore {
    /// First-submission instants per unit and period code for one plan.
    static func firstSubmitted(planID: Int, periods: [Period], on db: any Database) async throws -> [Int: [String: Date]] {
        let rows = try await SubmissionModel.query(on: db)
            .filter(\.$planID == planID).filter(\.$periodCode ~~ periods.map(\.code))
            .filter(\.$firstSubmittedAt != nil)
            .field(\.$unitID).field(\.$periodCode).field(\.$firstSubmittedAt)
            .all()
        var out: [Int: [String: Date]] = [:]
        for r in rows { out[r.unitID, default: [:]][r.periodCode] = r.firstSubmittedAt }
        return out
    }
}
