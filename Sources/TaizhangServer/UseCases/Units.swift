import Fluent
import Foundation
import TaizhangDomain

/// Creating and changing units, for the API and the admin pages. Who may: `AccessScope`
/// (`refusalToCreateUnit`, `refusalToUpdateUnit`); what a unit may be: `validated`.
enum Units {
    /// A unit's fields as typed (the API's body, the admin page's form).
    struct Input: Sendable {
        var parentId: Int?
        var kind: UnitKind
        var name: String
        var code: String?
        var demoZone: Bool?
        var demoProject: Bool?
        var establishedOn: CivilDate?
    }

    static func create(_ input: Input, actor: Actor, writes: Writes, directory: UnitDirectory) async throws -> DomainUnit {
        let userID = try actor.requireUser
        let scope = actor.scope
        if let parent = input.parentId, scope.tree[parent] == nil { throw AppError.notFound("Unit", zh: "该单位") }
        if let r = scope.refusalToCreateUnit(under: input.parentId) { throw AppError(.forbidden, r.code, zh: r.zh, en: r.en, field: r.field) }
        let model = UnitModel(try validated(input, id: 0))
        try await writes.run(actor) { tx in
            try await model.create(on: tx.db)
            try await Audit.record(on: tx.db, userID: userID, action: "create", entity: "unit", entityID: model.id,
                                   unitID: model.id, before: Audit.None?.none, after: model.domain, at: tx.now)
        }
        await directory.invalidate()
        return model.domain
    }

    static func update(_ id: Int, _ input: Input, actor: Actor, writes: Writes, directory: UnitDirectory) async throws -> DomainUnit {
        let userID = try actor.requireUser
        let scope = actor.scope
        try actor.authorize(.manage, unit: id)
        let unit = try validated(input, id: id)
        if let r = scope.refusalToUpdateUnit(id, currentParent: scope.tree[id]?.parentID, newParent: unit.parentID) {
            throw AppError(.forbidden, r.code, zh: r.zh, en: r.en, field: r.field)
        }
        if let p = unit.parentID, scope.tree.wouldCycle(id, newParent: p) {
            throw AppError(.unprocessableEntity, "unit_cycle", zh: "不能把单位移到其下级单位之下。", en: "A unit cannot move below its own descendant.")
        }
        guard let model = try await UnitModel.find(id, on: writes.db) else { throw AppError.notFound("Unit", zh: "该单位") }
        let before = model.domain
        model.apply(unit)
        try await writes.run(actor) { tx in
            try await model.save(on: tx.db)
            try await Audit.record(on: tx.db, userID: userID, action: "update", entity: "unit", entityID: id,
                                   unitID: id, before: before, after: model.domain, at: tx.now)
        }
        await directory.invalidate()
        return model.domain
    }

    static func validated(_ input: Input, id: Int) throws -> DomainUnit {
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
