import Foundation

/// The shipped rule packs (`Resources/packs/*.json`, each naming its catalog, plans and
/// validation rules files) and the choice of a unit's pack.
public enum RulePacks {
    public static let publicCulture = "public-culture"
    public static let serviceCentre = "service-centre"
    public static let hospitalInfection = "hospital-infection"

    /// Public culture (the default), the government service centre, hospital infection
    /// and notifiable-disease reporting.
    public static func shipped() throws -> [RulePack] {
        try [publicCulture, serviceCentre, hospitalInfection].map(load)
    }

    /// The pack of a unit: the first special pack (any but the first, the default) listing
    /// its kind or, failing that, the kind of its nearest ancestor — so a hospital's 院感科
    /// (a `department`) and a service centre's department windows (`section`s) use their
    /// parent's pack — else the default pack (public culture).
    public static func pack(for unitID: Int, in tree: UnitTree, packs: [RulePack]) -> RulePack? {
        let special = packs.dropFirst()
        var id: Int? = unitID
        while let current = id, let unit = tree[current] {
            if let p = special.first(where: { $0.unitKinds.contains(unit.kind) }) { return p }
            id = unit.parentID
        }
        return packs.first
    }

    /// The unit's pack when it is not the default one (whose rules the plain paths apply).
    public static func special(for unitID: Int, in tree: UnitTree) -> RulePack? {
        guard let packs = try? cachedShipped(), let p = pack(for: unitID, in: tree, packs: packs), p.code != packs.first?.code else { return nil }
        return p
    }

    /// The shipped packs, read once per process.
    public static func cachedShipped() throws -> [RulePack] { try cache.get() }
    private static let cache = Cache()
    private final class Cache: @unchecked Sendable {
        let lock = NSLock()
        var packs: [RulePack]?
        func get() throws -> [RulePack] {
            lock.lock(); defer { lock.unlock() }
            if let packs { return packs }
            let loaded = try RulePacks.shipped()
            packs = loaded
            return loaded
        }
    }

    struct Manifest: Codable {
        var code: String
        var name: Term
        var unitKinds: [UnitKind]
        var catalog: String
        var plans: String
        var validationRules: String
        var derived: [DerivedIndicator]
        var rhythm: [RhythmRule]
        var summary: PackSummary
        var checks: [PackCheck]
    }

    static func load(_ code: String) throws -> RulePack {
        guard let url = Bundle.module.url(forResource: code, withExtension: "json", subdirectory: "Resources/packs") else {
            throw CatalogError.missingResource
        }
        let m = try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: url))
        return RulePack(code: m.code, name: m.name, unitKinds: m.unitKinds,
                        catalog: try DemoResource.decode(Catalog.self, named: m.catalog),
                        plans: try DemoResource.decode([ReportingPlan].self, named: m.plans),
                        validationRules: try DemoResource.decode([ValidationRule].self, named: m.validationRules),
                        derived: m.derived, rhythm: m.rhythm, summary: m.summary, checks: m.checks)
    }
}
