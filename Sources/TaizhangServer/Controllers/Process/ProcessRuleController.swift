import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess
import Vapor

/// SPEC §4 rules as data: the active process rule set (read by everyone, changed by an
/// admin), and the register of creations (which unit creates a zone or project, from when).
enum ProcessRuleController {
    /// The active rule set in the file format of `process-rules-default.json`.
    static func get(req: Request) async throws -> Response {
        _ = try req.caller()
        return json(try await req.processStore.rules())
    }

    /// Replaces the active rule set (admin): refused with every problem `problems()` finds.
    static func put(req: Request) async throws -> Response {
        guard try await req.scope().isAdmin else { throw AppError.forbidden }
        guard let body = req.body.data, body.readableBytes > 0 else {
            throw AppError.badRequest("empty_body", zh: "请求内容为空。", en: "The request body is empty.")
        }
        let rules: ProcessRuleSet
        do { rules = try JSONDecoder().decode(ProcessRuleSet.self, from: Data(buffer: body)) } catch let e as DecodingError {
            throw AppErrorMiddleware.appError(e)
        }
        try AppError.check(rules.problems().map(\.error))
        try await req.writeTransaction { store in
            let before = try await store.rules()
            try await ProcessRuleSetModel.query(on: store.db).set(\.$active, to: false).update()
            let model = try await ProcessRuleSetModel.query(on: store.db).filter(\.$code == rules.code).first() ?? ProcessRuleSetModel(rules, at: req.now)
            model.definition = JSON.string(rules); model.active = true; model.updatedAt = req.now
            try await model.save(on: store.db)
            try await req.audit(on: store.db, "update", "process_rule_set", id: model.id, unit: nil, before: before, after: rules)
        }
        return json(rules)
    }

    static func json(_ rules: ProcessRuleSet) -> Response {
        var headers = HTTPHeaders(); headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(string: JSON.string(rules)))
    }

    struct CreationInput: Content { var unitId: Int; var kind: CreationKind?; var startYear: Int }
    struct CreationRow: Content { var unitId: Int; var unitName: String; var kind: CreationKind; var kindZh: String; var startYear: Int }

    /// The creations among the readable units of `unit`'s subtree.
    static func creations(req: Request) async throws -> [CreationRow] {
        let root = try req.queryInt("unit")
        let scope = try await req.authorize(.read, unit: root)
        let units = scope.readableIDs(root: root, subtree: true)
        return try await req.processStore.creations(units).map { row($0, scope.tree) }
    }

    static func row(_ c: Creation, _ tree: UnitTree) -> CreationRow {
        CreationRow(unitId: c.unitID, unitName: tree[c.unitID]?.name ?? "\(c.unitID)", kind: c.kind, kindZh: c.kind.chinese, startYear: c.startYear)
    }

    /// Registers (or corrects) a unit's creation: a supervisor above it or an admin. The
    /// kind defaults to the unit's flag (示范区 / 示范项目).
    static func putCreation(req: Request) async throws -> CreationRow {
        let input = try req.decodeJSON(CreationInput.self)
        let scope = try await req.authorize(.manage, unit: input.unitId)
        guard let kind = input.kind ?? scope.tree[input.unitId].flatMap(CreationKind.of) else {
            throw AppError.invalid([DomainError("kind_required", zh: "该单位未标记为示范区或示范项目，请指明创建类型（zone 或 project）。",
                                                en: "The unit has no zone/project flag: give the kind.", field: "kind")])
        }
        guard (2000...2100).contains(input.startYear) else {
            throw AppError.invalid([DomainError("invalid_year", zh: "起始年份无效。", en: "Invalid start year.", field: "start_year")])
        }
        let creation = Creation(unitID: input.unitId, kind: kind, startYear: input.startYear)
        try await req.writeTransaction { store in
            let model = try await CreationModel.query(on: store.db).filter(\.$unitID == input.unitId).first() ?? CreationModel()
            let before = model.id == nil ? nil : model.domain
            model.unitID = creation.unitID; model.kind = kind.rawValue; model.startYear = creation.startYear
            try await model.save(on: store.db)
            try await req.audit(on: store.db, before == nil ? "create" : "update", "process_creation", id: model.id, unit: input.unitId,
                                before: before, after: creation)
        }
        await req.application.unitDirectory.invalidate() // units carry their creation's start
        return row(creation, scope.tree)
    }
}
