import Foundation
import TaizhangDomain
import TaizhangService
import Vapor

/// SPEC §7 rule packs: the shipped packs and the one a unit's kind selects.
enum PackController {
    struct PackView: Content {
        var code: String; var name: String; var unitKinds: [UnitKind]; var indicators: Int; var plans: [String]
        var derived: [String]; var rhythm: [String]; var checks: [String]
        init(_ p: RulePack, _ lang: Language) {
            code = p.code; name = p.name.text(lang); unitKinds = p.unitKinds; indicators = p.catalog.indicators.count
            plans = p.plans.map(\.name); derived = p.derived.map { "\($0.name)：\($0.definition.text(lang))" }
            rhythm = p.rhythm.map { $0.text.text(lang) }; checks = p.checks.map { $0.text.text(lang) }
        }
    }

    static func list(req: Request) async throws -> [PackView] {
        _ = try req.caller()
        return try RulePacks.shipped().map { PackView($0, req.language) }
    }

    static func ofUnit(req: Request) async throws -> PackView {
        let unit = try await req.unitParameter(.read)
        let packs = try RulePacks.shipped()
        guard let p = RulePacks.pack(for: unit, in: try await req.scope().tree, packs: packs) else { throw AppError.notFound("Pack", zh: "规则包") }
        return PackView(p, req.language)
    }
}
