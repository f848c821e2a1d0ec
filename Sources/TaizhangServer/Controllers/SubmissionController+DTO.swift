import Fluent
import TaizhangDomain
import Vapor

extension SubmissionController {
    struct EventDTO: Content {
        var action: String
        var fromStatus: String
        var toStatus: String
        var userId: Int
        var comment: String?
        var at: Date
    }

    struct SubmissionDTO: Content {
        var id: Int
        var unitId: Int
        var planId: Int
        var period: String
        var periodLabel: String
        var status: SubmissionStatus
        var statusLabel: String
        var narrative: String
        var values: [IndicatorValue]
        var dueDate: String?
        var firstSubmittedAt: Date?
        var timeliness: Timeliness?
        var events: [EventDTO]
        var validation: [RuleResult]
        var createdAt: Date
        var updatedAt: Date
        var version: Int
    }

    static func dto(_ m: SubmissionModel, plan: ReportingPlan?, events: [SubmissionEventModel], rules: [ValidationRule],
                    now: Date, language: Language) -> SubmissionDTO {
        let values = JSON.decode([IndicatorValue].self, m.valuesJSON) ?? []
        let period = Period(code: m.periodCode)
        let due = period.flatMap { p in plan?.dueDate(for: p) }
        let status = SubmissionStatus(rawValue: m.status) ?? .draft
        return SubmissionDTO(
            id: m.id!, unitId: m.unitID, planId: m.planID, period: m.periodCode,
            periodLabel: period?.label(language) ?? m.periodCode, status: status,
            statusLabel: language == .zh ? status.chinese : status.rawValue, narrative: m.narrative, values: values,
            dueDate: due?.iso, firstSubmittedAt: m.firstSubmittedAt,
            timeliness: due.map { Timeliness.evaluate(dueDate: $0, firstSubmittedAt: m.firstSubmittedAt, now: now) },
            events: events.map { EventDTO(action: $0.action, fromStatus: $0.fromStatus, toStatus: $0.toStatus,
                                          userId: $0.userID, comment: $0.comment, at: $0.at) },
            validation: rules.evaluate(Reporting.valueMap(values)).results,
            createdAt: m.createdAt, updatedAt: m.updatedAt, version: m.version)
    }

    static func load(_ m: SubmissionModel, req: Request) async throws -> SubmissionDTO {
        let plan = try await PlanModel.find(m.planID, on: req.db)?.domain
        let events = try await SubmissionEventModel.query(on: req.db).filter(\.$submissionID == m.id!).sort(\.$id).all()
        return dto(m, plan: plan, events: events, rules: try await Reporting.validationRules(on: req.db),
                   now: req.now, language: req.language)
    }
}
