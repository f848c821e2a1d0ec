import Fluent
import TaizhangDomain
import Vapor

/// Targets (目标任务) per unit, indicator and year/half-year, and progress against them.
enum TargetController {
    struct TargetInput: Content { var unitId: Int; var indicator: String; var period: Period; var value: Double }
    struct ProgressRow: Content {
        var indicator: String
        var name: String
        var measureWord: String
        var period: String
        var target: Double
        var actual: Double
        var percent: Int?
        /// 序时进度 today, in percent, and whether the target lags it (`ScheduleProgress`).
        var expectedPercent: Double
        var behind: Bool

        init(_ ind: Indicator?, code: String, period: Period, target: Double, actual: Double, req: Request) {
            let v = req.application.appConfig.schedule.judge(actual: actual, target: target, period: period, asOf: CivilDate(req.now))
            indicator = code; name = ind?.name ?? code; measureWord = ind?.measureWord ?? ""; self.period = period.code
            self.target = target; self.actual = actual; percent = Progress(target: target, actual: actual).percent
            expectedPercent = (v.expectedPercent * 10).rounded() / 10; behind = v.behind
        }
    }

    static func list(req: Request) async throws -> [ProgressRow] {
        let unitID = try req.queryInt("unit")
        let scope = try await req.authorize(.read, unit: unitID)
        var query = TargetModel.query(on: req.db).filter(\.$unitID == unitID)
        if let raw = req.query[String.self, at: "period"] { query = query.filter(\.$periodCode == (try Period.parse(raw)).code) }
        let targets = try await query.all().compactMap(\.domain)
        let catalog = try await req.catalog()
        let units = scope.readableIDs(root: unitID, subtree: true)
        var rows: [ProgressRow] = []
        for (period, group) in Dictionary(grouping: targets, by: \.period).sorted(by: { $0.key < $1.key }) {
            let totals = try await AggregateStore.totals(units: units, period: period, catalog: catalog, on: req.db)
            let by = Dictionary(uniqueKeysWithValues: totals.map { ($0.indicator, $0.value) })
            for t in group {
                rows.append(ProgressRow(catalog[t.indicatorCode], code: t.indicatorCode, period: period, target: t.value,
                                        actual: by[t.indicatorCode] ?? 0, req: req))
            }
        }
        return rows
    }

    /// Sets (creates or replaces) a target. The unit itself or its supervisor may set it.
    static func put(req: Request) async throws -> ProgressRow {
        let caller = try req.caller()
        let input = try req.decodeJSON(TargetInput.self)
        let scope = try await req.scope()
        guard scope.tree[input.unitId] != nil else { throw AppError.notFound("Unit", zh: "该单位") }
        guard scope.can(.manage, on: input.unitId) || scope.can(.approve, on: input.unitId) else { throw AppError.forbidden }
        guard let ind = try await req.catalog()[input.indicator] else {
            throw AppError.invalid([DomainError("unknown_indicator", zh: "未知指标“\(input.indicator)”。", en: "Unknown indicator “\(input.indicator)”.", field: "indicator")])
        }
        guard [.year, .halfYear].contains(input.period.kind) else {
            throw AppError.badRequest("invalid_period", zh: "目标任务须按年度或半年设定。", en: "Targets are set per year or half-year.", field: "period")
        }
        guard input.value.isFinite, input.value > 0, ind.valueType == .decimal || input.value == input.value.rounded() else {
            throw AppError.invalid([DomainError("invalid_target", zh: "目标值须为正数（\(ind.measureWord)）。", en: "The target must be a positive number.", field: "value")])
        }
        let existing = try await TargetModel.query(on: req.db).filter(\.$unitID == input.unitId)
            .filter(\.$indicatorCode == input.indicator).filter(\.$periodCode == input.period.code).first()
        let before = existing?.domain
        let model = existing ?? TargetModel(Target(unitID: input.unitId, indicatorCode: input.indicator, period: input.period, value: input.value))
        model.value = input.value
        try await req.writes.run(try await req.actor()) { tx in let db = tx.db
            try await model.save(on: db)
            try await Audit.record(on: db, userID: caller.userID, action: existing == nil ? "create" : "update", entity: "target",
                                   entityID: model.id, unitID: input.unitId, before: before, after: model.domain, at: req.now)
        }
        // The answer carries the progress as GET /api/targets would show it.
        let units = scope.readableIDs(root: input.unitId, subtree: true)
        let totals = try await AggregateStore.totals(units: units, period: input.period, catalog: try await req.catalog(), on: req.db)
        return ProgressRow(ind, code: ind.code, period: input.period, target: input.value,
                           actual: totals.first { $0.indicator == ind.code }?.value ?? 0, req: req)
    }
}
