import Fluent
import Foundation
import TaizhangDomain

extension Reporting {
    /// The actions `actor` may take on a submission in `status` now: the state machine and the
    /// actor's role together, exactly what `transition` lets through (except value checks).
    static func allowedActions(status raw: String, unit: Int, scope: AccessScope) -> [SubmissionAction] {
        let status = SubmissionStatus(rawValue: raw) ?? .draft
        return SubmissionAction.allCases.filter { $0.target(from: status) != nil && scope.may($0, from: status, on: unit) }
    }

    /// Moves a submission through its life. The status is read on the locked row inside the
    /// transaction: a second, concurrent decision finds the new state and gets 409.
    /// `duties`: segregation of duties (the submitter does not approve, the approver does not
    /// accept), on unless configured off (TAIZHANG_SEGREGATION_OF_DUTIES=0).
    static func transition(_ id: Int, _ input: TransitionInput, actor: Actor, catalog: Catalog, writes: Writes,
                           duties: SegregationOfDuties = SegregationOfDuties()) async throws {
        let userID = try actor.requireUser
        let current = try await find(id, on: writes.db)
        guard actor.scope.tree[current.unitID] != nil else { throw AppError.notFound("Unit", zh: "该单位") }
        guard actor.scope.may(input.action, from: SubmissionStatus(rawValue: current.status) ?? .draft, on: current.unitID) else {
            throw AppError.forbidden
        }
        if let refusal = duties.refusal(input.action, by: userID, history: try await steps(id, on: writes.db)) {
            throw AppError(.forbidden, refusal.code, zh: refusal.zh, en: refusal.en, field: refusal.field)
        }
        let comment = input.comment?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let problem = TextRules.problem(comment, field: "comment", max: TextRules.commentMax, multiline: true) { throw AppError.invalid([problem]) }
        if input.action.needsComment && (comment ?? "").isEmpty {
            throw AppError.badRequest("comment_required", zh: "退回时请填写退回意见。", en: "A return needs a comment.", field: "comment")
        }
        if input.action == .submit {
            try await validate(JSON.decode([IndicatorValue].self, current.valuesJSON) ?? [], catalog: catalog, on: writes.db)
        }
        try await writes.run(actor) { tx in
            guard let m = try await tx.locked(SubmissionModel.self, id) else { throw AppError.notFound("Submission", zh: "该报送") }
            let from = SubmissionStatus(rawValue: m.status) ?? .draft
            guard let to = input.action.target(from: from) else {
                throw AppError(.conflict, "transition_not_allowed",
                               zh: "当前状态为“\(from.chinese)”，不能执行“\(input.action.chinese)”（可能已被他人处理，请刷新）。",
                               en: "Cannot \(input.action.rawValue) a submission that is \(from.rawValue) (someone may have just acted; reload).",
                               field: "status", details: [DomainError("current_status", zh: from.chinese, en: from.rawValue, field: "status")])
            }
            let first = input.action == .submit && m.firstSubmittedAt == nil
            m.status = to.rawValue
            if first { m.firstSubmittedAt = tx.now }
            m.updatedAt = tx.now; m.version += 1
            try await m.save(on: tx.db)
            let e = SubmissionEventModel()
            e.submissionID = id; e.action = input.action.rawValue; e.fromStatus = from.rawValue; e.toStatus = to.rawValue
            e.userID = userID; e.comment = comment; e.at = tx.now
            try await e.create(on: tx.db)
            var changes = [FieldChange(field: "status", old: from.rawValue, new: to.rawValue),
                           FieldChange(field: "version", old: String(m.version - 1), new: String(m.version))]
            if let c = comment, !c.isEmpty { changes.append(FieldChange(field: "comment", old: nil, new: c)) }
            try await tx.audit(input.action.rawValue, entity: "submission", id: id, unit: m.unitID, period: m.periodCode, changes: changes)
            // A (late) first submission can change a publicity score already stored (SPEC §4.6).
            if first { try await PublicityService.rescore(unit: m.unitID, userID: userID, store: ProcessStore(db: tx.db), now: tx.now) }
        }
    }

    /// The report's history as `SegregationOfDuties` reads it, oldest first.
    static func steps(_ id: Int, on db: any Database) async throws -> [SegregationOfDuties.Step] {
        try await SubmissionEventModel.query(on: db).filter(\.$submissionID == id).sort(\.$at).sort(\.$id).all()
            .compactMap { e in SubmissionAction(rawValue: e.action).map { SegregationOfDuties.Step($0, by: e.userID) } }
    }

    /// Values must name known indicators with sensible numbers, and pass every blocking rule.
    static func validate(_ values: [IndicatorValue], catalog: Catalog, on db: any Database) async throws {
        let probe = LedgerEntry(unitID: 0, category: .other, title: "-", date: CivilDate(2000, 1, 1), values: values)
        let problems = EntryValidator(catalog: catalog).problems(probe)
        guard problems.isEmpty else { throw AppError.invalid(problems) }
        let (results, blocking) = try await validationRules(on: db).evaluate(valueMap(values))
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
