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

    struct Manifest: Codable {
        var code: String
        var name: Term
        var unitKinds: [UnitKind]
        var catalog: String
        var plans: String
        var validationRules: String
        var derived: [DerivedIndicator]
        var rhythm: [RhythmRule]
        var summary: SummaryTemplate
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
