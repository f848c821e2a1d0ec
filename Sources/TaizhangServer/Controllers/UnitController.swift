import Fluent
import TaizhangDomain
import Vapor

/// The unit hierarchy: list what the caller can see, create and rename units.
enum UnitController {
    struct UnitDTO: Content {
        var id: Int
        var parentId: Int?
        var kind: UnitKind
        var kindLabel: String
        var name: String
        var code: String?
        var demoZone: Bool
        var demoProject: Bool
        var establishedOn: CivilDate?
        var creationStartsOn: CivilDate?
        var depth: Int

        init(_ u: DomainUnit, tree: UnitTree) {
            id = u.id; parentId = u.parentID; kind = u.kind; kindLabel = u.kind.chinese; name = u.name
            code = u.code; demoZone = u.flags.contains(.demoZone); demoProject = u.flags.contains(.demoProject)
            establishedOn = u.establishedOn; creationStartsOn = u.creationStartsOn
            depth = tree.depth(of: u.id)
        }
    }
    struct UnitInput: Content {
        var parentId: Int?
        var kind: UnitKind
        var name: String
        var code: String?
        var demoZone: Bool?
        var demoProject: Bool?
        /// 成立日期: no report is expected for periods begun before it.
        var establishedOn: CivilDate?
    }

    static func list(req: Request) async throws -> [UnitDTO] {
        let scope = try await req.scope()
        return scope.readableUnits.map { UnitDTO($0, tree: scope.tree) }
    }

    static func get(req: Request) async throws -> UnitDTO {
        let id = try req.pathID()
        let scope = try await req.authorize(.read, unit: id)
        return UnitDTO(scope.tree[id]!, tree: scope.tree)
    }

    /// Admins create anywhere; supervisors create below their subtree.
    static func create(req: Request) async throws -> UnitDTO {
        let caller = try req.caller()
        let input = try req.decodeJSON(UnitInput.self)
        let scope = try await req.scope()
        if let parent = input.parentId, scope.tree[parent] == nil { throw AppError.notFound("Unit", zh: "该单位") }
        try req.refuse(scope.refusalToCreateUnit(under: input.parentId))
        let unit = try validated(input, id: 0)
        let model = UnitModel(unit)
        try await req.writes.run(try await req.actor()) { tx in let db = tx.db
            try await model.create(on: db)
            try await Audit.record(on: db, userID: caller.userID, action: "create", entity: "unit", entityID: model.id,
                                   unitID: model.id, before: Audit.None?.none, after: model.domain, at: req.now)
        }
        await req.application.unitDirectory.invalidate()
        return UnitDTO(model.domain, tree: try await req.application.unitDirectory.tree(on: req.db))
    }

    static func update(req: Request) async throws -> UnitDTO {
        let caller = try req.caller()
        let id = try req.pathID()
        let scope = try await req.authorize(.manage, unit: id)
        let input = try req.decodeJSON(UnitInput.self)
        let unit = try validated(input, id: id)
        try req.refuse(scope.refusalToUpdateUnit(id, currentParent: scope.tree[id]?.parentID, newParent: unit.parentID))
        if let p = unit.parentID {
            if scope.tree.wouldCycle(id, newParent: p) {
                throw AppError(.unprocessableEntity, "unit_cycle", zh: "不能把单位移到其下级单位之下。", en: "A unit cannot move below its own descendant.")
            }
        }
        guard let model = try await UnitModel.find(id, on: req.db) else { throw AppError.notFound("Unit", zh: "该单位") }
        let before = model.domain
        model.apply(unit)
        try await req.writes.run(try await req.actor()) { tx in let db = tx.db
            try await model.save(on: db)
            try await Audit.record(on: db, userID: caller.userID, action: "update", entity: "unit", entityID: id,
                                   unitID: id, before: before, after: model.domain, at: req.now)
        }
        await req.application.unitDirectory.invalidate()
        return UnitDTO(model.domain, tree: try await req.application.unitDirectory.tree(on: req.db))
    }

    private static func validated(_ input: UnitInput, id: Int) throws -> DomainUnit {
        let name = input.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 100 else {
            throw AppError.badRequest("invalid_name", zh: "单位名称不能为空且不超过100字。", en: "The unit name must be 1–100 characters.", field: "name")
        }
        if let problem = TextRules.problem(name, field: "name", max: TextRules.nameMax) { throw AppError.invalid([problem]) }
        if let code = input.code, !code.isEmpty, !DomainUnit.isValidDivisionCode(code) {
            throw AppError.badRequest("invalid_code", zh: "行政区划代码须为6位数字（GB/T 2260）。", en: "The division code must be 6 digits (GB/T 2260).", field: "code")
        }
        var flags: Set<UnitFlag> = []
        if input.demoZone == true { flags.insert(.demoZone) }
        if input.demoProject == true { flags.insert(.demoProject) }
        return DomainUnit(id: id, parentID: input.parentId, kind: input.kind, name: name,
                    code: input.code.flatMap { $0.isEmpty ? nil : $0 }, flags: flags, establishedOn: input.establishedOn)
    }
}
