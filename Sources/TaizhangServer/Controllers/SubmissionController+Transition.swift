import Fluent
import TaizhangDomain
import Vapor

extension SubmissionController {
    /// Moves a submission through its life: the domain state machine decides what is
    /// allowed, the caller's role on the unit who may do it.
    static func transition(req: Request) async throws -> SubmissionDTO {
        let m = try await find(req)
        try await transition(m, try req.decodeJSON(TransitionInput.self), req: req)
        return try await load(m, req: req)
    }

    /// The actions the caller may take on `m` now: the state machine and the caller's
    /// role together, exactly what `transition` would let through (except the value checks).
    static func allowedActions(_ m: SubmissionModel, scope: AccessScope) -> [SubmissionAction] {
        let status = SubmissionStatus(rawValue: m.status) ?? .draft
        return SubmissionAction.allCases.filter { $0.target(from: status) != nil && scope.may($0, from: status, on: m.unitID) }
    }

    /// Shared with the submission page.
    static func transition(_ m: SubmissionModel, _ input: TransitionInput, req: Request) async throws {
        let caller = try req.caller()
        try await authorizeTransition(input.action, on: m, req: req)
        let from = SubmissionStatus(rawValue: m.status) ?? .draft
        guard let to = input.action.target(from: from) else {
            throw AppError(.conflict, "transition_not_allowed",
                           zh: "当前状态为“\(from.chinese)”，不能执行“\(input.action.chinese)”。",
                           en: "Cannot \(input.action.rawValue) a submission that is \(from.rawValue).")
        }
        let comment = input.comment?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let problem = TextRules.problem(comment, field: "comment", max: TextRules.commentMax, multiline: true) { throw AppError.invalid([problem]) }
        if input.action.needsComment && (comment ?? "").isEmpty {
            throw AppError.badRequest("comment_required", zh: "退回时请填写退回意见。", en: "A return needs a comment.", field: "comment")
        }
        if input.action == .submit {
            try await validate(JSON.decode([IndicatorValue].self, m.valuesJSON) ?? [], req: req)
        }
        let now = req.now
        let first = input.action == .submit && m.firstSubmittedAt == nil
        try await req.db.transaction { db in
            m.status = to.rawValue
            if first { m.firstSubmittedAt = now }
            m.updatedAt = now
            try await m.save(on: db)
            let e = SubmissionEventModel()
            e.submissionID = m.id!; e.action = input.action.rawValue; e.fromStatus = from.rawValue; e.toStatus = to.rawValue
            e.userID = caller.userID; e.comment = comment; e.at = now
            try await e.create(on: db)
            try await Audit.record(on: db, userID: caller.userID, action: input.action.rawValue, entity: "submission",
                                   entityID: m.id, unitID: m.unitID, before: ["status": from.rawValue],
                                   after: ["status": to.rawValue, "comment": comment ?? ""], at: now)
            // A (late) first submission can change a publicity score already stored (SPEC §4.6).
            if first { try await PublicityService.rescore(unit: m.unitID, userID: caller.userID, store: ProcessStore(db: db), now: now) }
        }
    }

    /// Values must name known indicators with sensible numbers, and pass every blocking rule.
    static func validate(_ values: [IndicatorValue], req: Request) async throws {
        let probe = LedgerEntry(unitID: 0, category: .other, title: "-", date: CivilDate(2000, 1, 1), values: values)
        let problems = EntryValidator(catalog: try await req.catalog()).problems(probe)
        guard problems.isEmpty else { throw AppError.invalid(problems) }
        let (results, blocking) = try await ValidationController.rules(on: req.db).evaluate(ValidationController.values(values))
        if blocking {
            let failed = results.filter { !$0.passed && $0.severity == .block }
            throw AppError.invalid(failed.map {
                DomainError("validation_failed", zh: "校验未通过：\($0.message)", en: "Validation rule failed: \($0.name)", field: "values")
            })
        }
    }

    /// Entries attached to a report must be the unit's own and inside the period.
    static func checkEntries(_ ids: [Int], unit: Int, period: Period, on db: any Database) async throws {
        guard !ids.isEmpty else { return }
        let entries = try await EntryModel.query(on: db).filter(\.$id ~~ ids).all()
        var problems: [DomainError] = []
        for id in ids {
            guard let e = entries.first(where: { $0.id == id }), e.unitID == unit else {
                problems.append(DomainError("unknown_entry", zh: "台账记录\(id)不属于本单位。", en: "Entry \(id) is not the unit's.", field: "entry_ids"))
                continue
            }
            let date = CivilDate(iso: e.date), end = CivilDate(iso: e.countsOn)
            if !(date.map(period.contains) ?? false) || !(end.map(period.contains) ?? false) {
                problems.append(DomainError("date_outside_period", zh: "台账记录“\(e.title)”的日期\(e.date)不在\(period.chineseLabel)内。",
                                            en: "Entry “\(e.title)” dated \(e.date) is outside \(period.englishLabel).", field: "entry_ids"))
            }
        }
        guard problems.isEmpty else { throw AppError.invalid(problems) }
    }
}
