import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess
import Vapor

/// What every database needs after migrating: the default catalog, plans and
/// validation rules (all data an admin may change later). Only fills empty tables.
public enum Bootstrap {
    public static func migrate(_ app: Application) async throws {
        try await app.autoMigrate()
        try await ensureDefaults(app)
    }

    /// Seeds the shipped catalog and process rule set into empty tables, as the system.
    static func ensureDefaults(_ app: Application) async throws {
        let needsCatalog = try await IndicatorModel.query(on: app.db).count() == 0
        let needsRules = try await ProcessRuleSetModel.query(on: app.db).count() == 0
        guard needsCatalog || needsRules else { return }
        let catalog = try Catalog.publicCulture(), rules = try ProcessRuleSet.defaults()
        try await app.writes.run(Actor.system("bootstrap", tree: UnitTree([]))) { tx in
            if needsCatalog {
                for i in catalog.indicators { try await IndicatorModel(i).create(on: tx.db) }
                try await tx.audit("seed", entity: "catalog", id: nil, unit: nil,
                                   changes: [FieldChange(field: "indicators", old: nil, new: String(catalog.indicators.count))])
            }
            // The default process rule set (SPEC §4), which an admin may replace.
            if needsRules {
                try await ProcessRuleSetModel(rules, at: tx.now).create(on: tx.db)
                try await tx.audit("seed", entity: "process_rules", id: nil, unit: nil)
            }
        }
    }

    /// True when no unit exists yet (first start: the demo data is loaded).
    public static func isEmpty(_ app: Application) async throws -> Bool {
        try await UnitModel.query(on: app.db).count() == 0
    }

    /// The unit tree as printable lines (`taizhang units`).
    public static func unitLines(_ app: Application) async throws -> [String] {
        let tree = UnitTree(try await UnitModel.query(on: app.db).all().map(\.domain))
        return tree.roots.flatMap { tree.subtree(of: $0) }.map { u in
            let indent = String(repeating: "  ", count: tree.depth(of: u.id))
            let flags = u.flags.map { $0 == .demoZone ? " [示范区]" : " [示范项目]" }.sorted().joined()
            return "\(indent)\(u.id)\t\(u.code ?? "-")\t\(u.name)（\(u.kind.chinese)）\(flags)"
        }
    }

    /// Adds a user from the command line.
    public static func addUser(_ app: Application, username: String, displayName: String, password: String,
                               grants: [RoleGrant]) async throws {
        let tree = UnitTree(try await UnitModel.query(on: app.db).all().map(\.domain))
        for g in grants where tree[g.unitID] == nil {
            throw AppError.notFound("Unit \(g.unitID)", zh: "单位\(g.unitID)")
        }
        _ = try await UserService.create(username: username, displayName: displayName, password: password,
                                         grants: grants, cost: app.dependencies.bcryptCost,
                                         actor: Actor.system("cli", tree: tree), writes: app.writes)
    }
}
