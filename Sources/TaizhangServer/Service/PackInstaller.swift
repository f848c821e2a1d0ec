import Fluent
import Foundation
import TaizhangDomain
import Vapor

/// Puts a rule pack's data into the database: the indicators whose codes are missing,
/// the plans (by report type and name) and validation rules (by name) not yet there.
/// Idempotent; the demo installs the service-centre and hospital packs, an admin installs
/// a pack on an existing database (`POST /api/packs/{code}/install`).
enum PackInstaller {
    struct Result: Content { var pack: String; var indicators: Int; var plans: Int; var validationRules: Int }

    static func install(_ pack: RulePack, on db: any Database) async throws -> Result {
        let codes = Set(try await IndicatorModel.query(on: db).all().map(\.code))
        var added = Result(pack: pack.code, indicators: 0, plans: 0, validationRules: 0)
        for i in pack.catalog.indicators where !codes.contains(i.code) {
            try await IndicatorModel(i).create(on: db); added.indicators += 1
        }
        let plans = try await PlanModel.query(on: db).all().compactMap(\.domain)
        for p in pack.plans where !plans.contains(where: { $0.reportType == p.reportType && $0.name == p.name && $0.appliesTo == p.appliesTo }) {
            try await PlanModel(p).create(on: db); added.plans += 1
        }
        let rules = Set(try await ValidationRuleModel.query(on: db).all().compactMap(\.domain).map(\.name))
        for r in pack.validationRules where !rules.contains(r.name) {
            try await ValidationRuleModel(r).create(on: db); added.validationRules += 1
        }
        return added
    }

    static func install(req: Request) async throws -> Result {
        let scope = try await req.scope()
        guard scope.isAdmin else { throw AppError.forbidden }
        let code = req.parameters.get("code") ?? ""
        guard let pack = try RulePacks.shipped().first(where: { $0.code == code }) else { throw AppError.notFound("Pack", zh: "规则包“\(code)”") }
        let result = try await req.serviceWrite { db in
            let r = try await install(pack, on: db)
            try await req.audit(on: db, "install", "rule_pack", id: nil, unit: nil, after: r)
            return r
        }
        await req.application.catalogCache.invalidate()
        return result
    }
}
