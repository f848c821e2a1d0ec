import TaizhangDomain
import Vapor

extension Request {
    /// The indicators a unit's entry form offers (SPEC §7): its rule pack's when it has a
    /// special one (a 院感科 records 传染病报告例数, not 文艺演出场次); otherwise the catalog
    /// without the special packs' own indicators.
    func formIndicators(for unit: Int, in tree: UnitTree, activeOnly: Bool = true) async throws -> [Indicator] {
        let catalog = try await catalog()
        let list = activeOnly ? catalog.active : catalog.indicators
        if let pack = RulePacks.special(for: unit, in: tree) {
            let codes = Set(pack.catalog.indicators.map(\.code))
            return list.filter { codes.contains($0.code) }
        }
        let special = Set(((try? RulePacks.cachedShipped()) ?? []).dropFirst().flatMap { $0.catalog.indicators.map(\.code) })
        return list.filter { !special.contains($0.code) }
    }
}
