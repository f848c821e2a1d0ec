import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess

/// SPEC §4.4 督导检查 (supervisors record the national office's inspections, with written
/// feedback and findings) and the half-year reports each unit files (fund usage, 自查).
/// Shared by the API (`SupervisionController`) and the inspections and funds pages.
enum Supervision {
    struct InspectionInput: Codable, Sendable {
        var plannedOn: CivilDate; var heldOn: CivilDate?; var inspectors: [String]?; var feedback: InspectionFeedback?; var findings: [String]?
    }
    struct ReportInput: Codable, Sendable { var kind: HalfYearReportKind; var period: String; var summary: String; var findings: [String]? }

    /// Creates (`id` nil) or updates an inspection of `unit` (supervisors).
    static func saveInspection(_ id: Int? = nil, unit: Int, _ input: InspectionInput, in ctx: ProcessContext) async throws -> Inspection {
        try ctx.authorize(.manage, unit: unit)
        return try await ctx.processWrite(unit: unit) { store, _ in
            let model = try await inspection(id, unit: unit, on: store.db)
            let rules = try await store.rules()
            let known = Set(rules.supervision.feedbackAddressees.map(\.code))
            try AppError.check((input.feedback?.addressees ?? []).filter { !known.contains($0) }.map {
                DomainError("unknown_addressee", zh: "未知的反馈对象：\($0)（可选：\(known.sorted().joined(separator: "、"))）。",
                            en: "Unknown addressee \($0).", field: "feedback.addressees")
            } + [AppError.notFuture(input.heldOn, today: ctx.today, field: "held_on", zh: "开展日期")].compactMap { $0 })
            let before = model.id == nil ? nil : model.domain
            model.store(Inspection(id: model.id ?? 0, unitID: unit, plannedOn: input.plannedOn, heldOn: input.heldOn, inspectors: input.inspectors ?? [],
                                   feedback: input.feedback, findings: input.findings ?? []))
            try await model.save(on: store.db)
            try await ctx.audit(on: store.db, before == nil ? "create" : "update", "inspection", id: model.id, unit: unit, before: before, after: model.domain)
            return model.domain!
        }
    }

    /// The stored inspection `id` of `unit` (read inside the write), or a new one.
    private static func inspection(_ id: Int?, unit: Int, on db: any Database) async throws -> InspectionModel {
        guard let id else { return InspectionModel() }
        guard let model = try await InspectionModel.find(id, on: db), model.unitID == unit else { throw AppError.notFound("Inspection", zh: "该督导检查") }
        return model
    }

    /// Files a half-year report today (once per kind and half-year), with the copies-to list
    /// of the rule set (the unit's own people).
    static func fileReport(unit: Int, _ input: ReportInput, in ctx: ProcessContext) async throws -> HalfYearReport {
        try ctx.authorize(.writeLedger, unit: unit)
        let period = try Period.parse(input.period)
        try AppError.check([AppError.required(input.summary, field: "summary", zh: "报告内容")].compactMap { $0 }
            + (period.kind == .halfYear ? [] : [DomainError("invalid_period", zh: "半年报告的期间应为如2024H1。", en: "A half-year report covers a half-year.", field: "period")]))
        let today = ctx.today
        return try await ctx.processWrite(unit: unit) { store, _ in
            let rules = try await store.rules()
            if let refusal = rules.halfYearReport(input.kind)?.filingRefusal(period: period, on: today) { throw AppError.invalid([refusal]) }
            if try await store.records(HalfYearReportModel.self, unit: unit).contains(where: { $0.kind == input.kind && $0.period == period }) {
                throw AppError(.conflict, "report_exists", zh: "\(rules.halfYearReport(input.kind)?.title(for: period) ?? period.chineseLabel + "报告")已报送。",
                               en: "The report for \(period) is already filed.")
            }
            let model = HalfYearReportModel()
            model.store(HalfYearReport(id: 0, unitID: unit, kind: input.kind, period: period, filedOn: today,
                                       copiesTo: rules.halfYearReport(input.kind)?.copiesTo ?? [], summary: input.summary, findings: input.findings ?? []))
            try await model.create(on: store.db)
            try await ctx.audit(on: store.db, "file", "half_year_report", id: model.id, unit: unit, after: model.domain)
            return model.domain!
        }
    }
}
