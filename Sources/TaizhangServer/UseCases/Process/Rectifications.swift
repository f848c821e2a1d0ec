import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess

/// SPEC §4.4 整改事项: items opened from the findings of an inspection or a self-inspection
/// report, with owner, deadline, evidence, extension requests (before the due date, with a
/// reason) decided by a supervisor, and close-off (销号). Shared by the API
/// (`RectificationController`) and the inspections page.
enum Rectifications {
    struct CreateInput: Codable, Sendable { var sourceKind: FindingSource.Kind; var sourceId: Int; var owner: String; var deadline: CivilDate }
    struct ExtensionInput: Codable, Sendable { var newDeadline: CivilDate; var reason: String }
    struct DecisionInput: Codable, Sendable { var approve: Bool; var note: String? }
    struct EvidenceInput: Codable, Sendable { var text: String; var fileRef: String? }
    struct ItemView: Codable, Sendable {
        var item: RectificationItem; var dueDate: CivilDate; var status: RectificationStatus; var statusZh: String
        init(_ i: RectificationItem, today: CivilDate) {
            item = i; dueDate = i.dueDate; status = i.status(asOf: today); statusZh = status.chinese
        }
    }

    /// One item per finding of the source not yet opened (the unit's people or a supervisor).
    static func openItems(unit: Int, _ input: CreateInput, in ctx: ProcessContext) async throws -> [ItemView] {
        try ctx.authorizeOwnOrManage(unit: unit)
        let today = ctx.today
        try AppError.check([AppError.required(input.owner, field: "owner", zh: "整改责任人"),
                            RectificationItem.deadlineRefusal(input.deadline, today: today)].compactMap { $0 })
        return try await ctx.processWrite(unit: unit) { store, _ in
            let findings = try await findingsOf(input, unit: unit, store: store)
            let opened = try await store.records(RectificationItemModel.self, unit: unit)
                .filter { $0.source == FindingSource(input.sourceKind, id: input.sourceId) }.map(\.finding)
            var out: [RectificationItem] = []
            for f in findings where !opened.contains(f) {
                let model = RectificationItemModel()
                model.store(RectificationItem(id: 0, unitID: unit, finding: f, source: FindingSource(input.sourceKind, id: input.sourceId),
                                              owner: input.owner, deadline: input.deadline))
                try await model.create(on: store.db)
                try await ctx.audit(on: store.db, "create", "rectification_item", id: model.id, unit: unit, after: model.domain)
                out.append(model.domain!)
            }
            return out.map { ItemView($0, today: today) }
        }
    }

    private static func findingsOf(_ input: CreateInput, unit: Int, store: ProcessStore) async throws -> [String] {
        let findings: [String]? = switch input.sourceKind {
        case .inspection: try await store.records(InspectionModel.self, unit: unit).first { $0.id == input.sourceId }?.findings
        case .selfInspection: try await store.records(HalfYearReportModel.self, unit: unit)
            .first { $0.id == input.sourceId && $0.kind == .selfInspection }?.findings
        }
        guard let findings else { throw AppError.notFound("Source", zh: "该督导检查或自查报告") }
        guard !findings.isEmpty else {
            throw AppError.invalid([DomainError("no_findings", zh: "该检查（报告）没有发现问题，无需整改。", en: "The source has no findings.", field: "source_id")])
        }
        return findings
    }

    /// Asks for a later deadline, before the one in force (the unit's people).
    static func requestExtension(item id: Int, _ input: ExtensionInput, in ctx: ProcessContext) async throws -> ItemView {
        try await change("request_extension", item: id, access: .writeLedger, in: ctx) { item, rules, today in
            try item.requestExtension(on: today, newDeadline: input.newDeadline, reason: input.reason, rules: rules.supervision.extension)
        }
    }

    /// A supervisor grants or refuses the pending extension.
    static func decideExtension(item id: Int, _ input: DecisionInput, in ctx: ProcessContext) async throws -> ItemView {
        try await change("decide_extension", item: id, access: .manage, in: ctx) { item, _, today in
            try item.decideExtension(approve: input.approve, on: today, note: input.note ?? "")
        }
    }

    static func addEvidence(item id: Int, _ input: EvidenceInput, in ctx: ProcessContext) async throws -> ItemView {
        try AppError.check([AppError.required(input.text, field: "text", zh: "佐证材料说明")].compactMap { $0 })
        return try await change("add_evidence", item: id, access: .writeLedger, in: ctx) { item, _, today in
            try item.addEvidence(Evidence(date: today, text: input.text, fileRef: input.fileRef))
        }
    }

    /// 销号: by the unit's people or a supervisor; the rule set may require evidence first.
    static func close(item id: Int, in ctx: ProcessContext) async throws -> ItemView {
        try await change("close", item: id, access: nil, in: ctx) { item, rules, today in try item.close(on: today, rules: rules.supervision) }
    }

    /// 销号 with a note: the note becomes the item's evidence and the item closes, in one
    /// transaction (a refusal keeps neither).
    static func closeWithEvidence(item id: Int, note: String, in ctx: ProcessContext) async throws -> ItemView {
        try AppError.check([AppError.required(note, field: "text", zh: "佐证材料说明")].compactMap { $0 })
        return try await change("close", item: id, access: nil, in: ctx) { item, rules, today in
            try item.addEvidence(Evidence(date: today, text: note))
            try item.close(on: today, rules: rules.supervision)
        }
    }

    /// Loads the item, checks `access` on its unit (nil: own people or a supervisor), applies
    /// the pure action (a refusal is 422) and saves it with the audit record.
    private static func change(_ action: String, item id: Int, access: AccessScope.Action?, in ctx: ProcessContext,
                               _ body: @escaping @Sendable (inout RectificationItem, ProcessRuleSet, CivilDate) throws -> Void) async throws -> ItemView {
        guard let found = try await RectificationItemModel.find(id, on: ctx.db) else { throw AppError.notFound("Item", zh: "该整改事项") }
        if let access { try ctx.authorize(access, unit: found.unitID) } else { try ctx.authorizeOwnOrManage(unit: found.unitID) }
        let today = ctx.today
        return try await ctx.processWrite(unit: found.unitID) { store, _ in
            guard let model = try await RectificationItemModel.find(found.id, on: store.db), let before = model.domain else {
                throw AppError.notFound("Item", zh: "该整改事项")
            }
            var item = before
            let rules = try await store.rules()
            try AppError.refusing { try body(&item, rules, today) }
            model.store(item)
            try await model.save(on: store.db)
            try await ctx.audit(on: store.db, action, "rectification_item", id: model.id, unit: model.unitID, before: before, after: item)
            return ItemView(item, today: today)
        }
    }
}
