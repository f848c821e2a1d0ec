import Foundation
import TaizhangDomain
import TaizhangProcess
import TaizhangWeb
import Vapor

/// /process/inspections — inspections and self-inspection reports, the rectification items
/// opened from their findings with deadlines (overdue highlighted), and the forms: a
/// supervisor records an inspection (`Supervision.saveInspection`); items are opened from a
/// source (`Rectifications.openItems`), extended before the deadline and closed
/// with the note as evidence (`Rectifications`).
enum ProcessInspectionsPageController {
    struct Forms {
        var item = FormState.empty, failedItem: Int? = nil, inspection = FormState.empty, open = FormState.empty
    }

    static func page(req: Request) async throws -> Response {
        try await render(req, try await req.processSession(), Forms()).clearingFlash(req)
    }

    static func render(_ req: Request, _ s: ProcessPageSession, _ forms: Forms, status: HTTPResponseStatus = .ok) async throws -> Response {
        let store = req.processStore, unit = s.unit.id, lang = s.lang, today = req.today
        _ = try await store.creation(unit)
        let inspections = try await store.records(InspectionModel.self, unit: unit)
        let reports = try await store.records(HalfYearReportModel.self, unit: unit).filter { $0.kind == .selfInspection }
        let items = try await store.records(RectificationItemModel.self, unit: unit)
        func day(_ d: CivilDate) -> String { lang == .en ? d.iso : d.chinese }
        func period(_ p: Period) -> String { lang == .en ? p.englishLabel : p.chineseLabel }
        func inspectionName(_ i: Inspection) -> String { lang.text(.inspNational) + " " + day(i.heldOn ?? i.plannedOn) }
        func reportName(_ r: HalfYearReport) -> String { period(r.period) + lang.text(.inspSelf) }
        let rows = inspections.map { i in
            InspectionsPage.Inspection(date: i.heldOn ?? i.plannedOn, kind: .national,
                                       title: (i.inspectors.isEmpty ? lang.text(.inspNational) : i.inspectors.joined(separator: "、"))
                                           + (i.heldOn == nil ? lang.paren(lang.text(.plannedOn)) : ""),
                                       reportFiled: i.feedback != nil, findingCount: i.findings.count)
        } + reports.map { r in
            InspectionsPage.Inspection(date: r.filedOn, kind: .selfInspection, title: r.summary, reportFiled: true, findingCount: r.findings.count)
        }
        let sourceNames = Dictionary(uniqueKeysWithValues: inspections.map { ("inspection:\($0.id)", inspectionName($0)) }
            + reports.map { ("self_inspection:\($0.id)", reportName($0)) })
        let model = InspectionsPage.Model(
            inspections: rows.sorted { $0.date > $1.date },
            items: items.map { item($0, source: sourceNames["\($0.source.kind.rawValue):\($0.source.id)"] ?? "") },
            rectificationRate: RectificationRate.perUnit(items, asOf: today).first?.rate,
            canEdit: s.scope.can(.writeLedger, on: unit), form: forms.item, failedItem: forms.failedItem,
            canManage: s.scope.can(.manage, on: unit), inspectionForm: forms.inspection,
            sources: inspections.filter { !$0.findings.isEmpty }.map { Choice("inspection:\($0.id)", inspectionName($0)) }
                + reports.filter { !$0.findings.isEmpty }.map { Choice("self_inspection:\($0.id)", reportName($0)) },
            itemForm: forms.open)
        return req.html(InspectionsPage.render(model, s.ctx), status: status)
    }

    /// The deadline in force (after approved extensions) and where the item stands.
    static func item(_ i: RectificationItem, source: String) -> InspectionsPage.Rectification {
        let status: InspectionsPage.ItemStatus = i.closedOn != nil ? .closed
            : i.extensions.contains { $0.decision == nil } ? .extensionRequested
            : i.extensions.contains { $0.decision?.approved == true } ? .extended : .open
        return .init(id: i.id, title: i.finding, owner: i.owner, deadline: i.dueDate, status: status, closedOn: i.closedOn, source: source)
    }

    /// POST /process/inspections (supervisors): planned, perhaps held, with its findings.
    static func addInspection(req: Request) async throws -> Response {
        let s = try await req.processSession()
        guard s.scope.can(.manage, on: s.unit.id) else { throw AppError.forbidden }
        let v = try WebForm.read(req).values
        let failed = try await ProcessForm.attempt(v, lang: s.lang, fields: ["plannedOn": "planned_on", "heldOn": "held_on"]) {
            let findings = ProcessForm.text(v, "findings").split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            _ = try await Supervision.saveInspection(unit: s.unit.id, .init(
                plannedOn: try ProcessForm.date(v, "planned_on")!, heldOn: try ProcessForm.date(v, "held_on", required: false),
                inspectors: nil, feedback: nil, findings: findings), in: try await req.processContext())
        }
        if let failed { return try await render(req, s, Forms(inspection: failed), status: .unprocessableEntity) }
        return req.seeOther(req.processPath("/process/inspections"), flash: .init(.success, WebMessage.created.text(s.lang)))
    }

    /// POST /process/rectifications: one item per finding of the source not yet opened.
    static func openItems(req: Request) async throws -> Response {
        let s = try await req.processSession()
        try await req.authorizeOwnOrManage(unit: s.unit.id)
        let v = try WebForm.read(req).values
        let failed = try await ProcessForm.attempt(v, lang: s.lang, fields: ["source_id": "source", "sourceId": "source"]) {
            let parts = (v["source"] ?? "").split(separator: ":")
            guard parts.count == 2, let kind = FindingSource.Kind(rawValue: String(parts[0])), let id = Int(parts[1]) else {
                throw ProcessForm.invalid("source", zh: "请选择督导检查或自查报告。", en: "Choose an inspection or a self-inspection report.")
            }
            _ = try await Rectifications.openItems(unit: s.unit.id, .init(
                sourceKind: kind, sourceId: id, owner: ProcessForm.text(v, "owner"), deadline: try ProcessForm.date(v, "deadline")!),
                in: try await req.processContext())
        }
        if let failed { return try await render(req, s, Forms(open: failed), status: .unprocessableEntity) }
        return req.seeOther(req.processPath("/process/inspections"), flash: .init(.success, WebMessage.created.text(s.lang)))
    }

    /// POST /process/rectifications/{id}/extension: before the deadline, with a reason.
    static func requestExtension(req: Request) async throws -> Response {
        try await itemAction(req, fields: ["new_deadline": "new_deadline"]) { id, v in
            _ = try await Rectifications.requestExtension(item: id, .init(
                newDeadline: try ProcessForm.date(v, "new_deadline")!, reason: ProcessForm.text(v, "reason")), in: try await req.processContext())
        }
    }

    /// POST /process/rectifications/{id}/close: 销号 with the note as the evidence.
    static func close(req: Request) async throws -> Response {
        try await itemAction(req, fields: ["text": "note"]) { id, v in
            _ = try await Rectifications.closeWithEvidence(item: id, note: ProcessForm.text(v, "note"), in: try await req.processContext())
        }
    }

    private static func itemAction(_ req: Request, fields: [String: String],
                                   _ write: (Int, [String: String]) async throws -> Void) async throws -> Response {
        let s = try await req.processSession()
        let id = try req.pathID()
        let v = try WebForm.read(req).values
        let failed = try await ProcessForm.attempt(v, lang: s.lang, fields: fields) { try await write(id, v) }
        if let failed { return try await render(req, s, Forms(item: failed, failedItem: id), status: .unprocessableEntity) }
        return req.seeOther(req.processPath("/process/inspections") + "#rect-\(id)", flash: .init(.success, WebMessage.saved.text(s.lang)))
    }
}
