import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess
import Vapor

/// SPEC §4.4 督导检查 (supervisors record the national office's inspections, with written
/// feedback and findings) and the half-year reports each unit files (fund usage, 自查).
enum SupervisionController {
    struct InspectionInput: Content {
        var plannedOn: CivilDate; var heldOn: CivilDate?; var inspectors: [String]?; var feedback: InspectionFeedback?; var findings: [String]?
    }
    struct ReportInput: Content { var kind: HalfYearReportKind; var period: String; var summary: String; var findings: [String]? }

    static func inspections(req: Request) async throws -> [Inspection] {
        let unit = try await req.unitParameter(.read)
        return try await req.processStore.records(InspectionModel.self, unit: unit)
    }

    static func addInspection(req: Request) async throws -> Response {
        let unit = try await req.unitParameter(.manage)
        return try Response.created(try await save(req, unit: unit, model: InspectionModel(), try req.decodeJSON(InspectionInput.self)))
    }

    /// Records that a planned inspection was held, its feedback and findings.
    static func updateInspection(req: Request) async throws -> Inspection {
        guard let model = try await InspectionModel.find(try req.pathID(), on: req.db) else { throw AppError.notFound("Inspection", zh: "该督导检查") }
        try await req.authorize(.manage, unit: model.unitID)
        return try await save(req, unit: model.unitID, model: model, try req.decodeJSON(InspectionInput.self))
    }

    /// Creates (a new model) or updates an inspection; `unit` already authorized for `.manage`.
    static func save(_ req: Request, unit: Int, model: InspectionModel, _ input: InspectionInput) async throws -> Inspection {
        try await req.processWrite(unit: unit) { store, _ in
            let rules = try await store.rules()
            let known = Set(rules.supervision.feedbackAddressees.map(\.code))
            try AppError.check((input.feedback?.addressees ?? []).filter { !known.contains($0) }.map {
                DomainError("unknown_addressee", zh: "未知的反馈对象：\($0)（可选：\(known.sorted().joined(separator: "、"))）。",
                            en: "Unknown addressee \($0).", field: "feedback.addressees")
            } + [AppError.notFuture(input.heldOn, today: req.today, field: "held_on", zh: "开展日期")].compactMap { $0 })
            let before = model.id == nil ? nil : model.domain
            model.store(Inspection(id: model.id ?? 0, unitID: unit, plannedOn: input.plannedOn, heldOn: input.heldOn, inspectors: input.inspectors ?? [],
                                   feedback: input.feedback, findings: input.findings ?? []))
            try await model.save(on: store.db)
            try await req.audit(on: store.db, before == nil ? "create" : "update", "inspection", id: model.id, unit: unit, before: before, after: model.domain)
            return model.domain!
        }
    }

    /// SPEC §4.4 "1–2 times a year": what is wrong with the unit's inspections of a year.
    static func warnings(req: Request) async throws -> [Term] {
        let unit = try await req.unitParameter(.read)
        let store = req.processStore
        return InspectionRules.warnings(unitID: unit, year: try req.queryInt("year"), inspections: try await store.records(InspectionModel.self, unit: unit),
                                        rules: try await store.rules().supervision, asOf: req.today)
    }

    static func reports(req: Request) async throws -> [HalfYearReport] {
        let unit = try await req.unitParameter(.read)
        return try await req.processStore.records(HalfYearReportModel.self, unit: unit)
    }

    /// Files a half-year report today, with the copies-to list of the rule set.
    static func fileReport(req: Request) async throws -> Response {
        let unit = try await req.unitParameter(.writeLedger)
        return try Response.created(try await file(try req.decodeJSON(ReportInput.self), unit: unit, req: req))
    }

    /// Files the report (once per kind and half-year), audited; shared by the API and the funds page.
    static func file(_ input: ReportInput, unit: Int, req: Request) async throws -> HalfYearReport {
        let period = try Period.parse(input.period)
        try AppError.check([AppError.required(input.summary, field: "summary", zh: "报告内容")].compactMap { $0 }
            + (period.kind == .halfYear ? [] : [DomainError("invalid_period", zh: "半年报告的期间应为如2024H1。", en: "A half-year report covers a half-year.", field: "period")]))
        let report = try await req.processWrite(unit: unit) { store, _ in
            let rules = try await store.rules()
            if let refusal = rules.halfYearReport(input.kind)?.filingRefusal(period: period, on: req.today) { throw AppError.invalid([refusal]) }
            if try await store.records(HalfYearReportModel.self, unit: unit).contains(where: { $0.kind == input.kind && $0.period == period }) {
                throw AppError(.conflict, "report_exists", zh: "\(rules.halfYearReport(input.kind)?.title(for: period) ?? period.chineseLabel + "报告")已报送。",
                               en: "The report for \(period) is already filed.")
            }
            let model = HalfYearReportModel()
            model.store(HalfYearReport(id: 0, unitID: unit, kind: input.kind, period: period, filedOn: req.today,
                                       copiesTo: rules.halfYearReport(input.kind)?.copiesTo ?? [], summary: input.summary, findings: input.findings ?? []))
            try await model.create(on: store.db)
            try await req.audit(on: store.db, "file", "half_year_report", id: model.id, unit: unit, after: model.domain)
            return model.domain!
        }
        return report
    }
}
