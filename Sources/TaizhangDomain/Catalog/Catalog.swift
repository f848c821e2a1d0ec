import Foundation

/// The indicator catalog. The default public-culture catalog ships as data
/// (`Resources/catalog-public-culture.json`), not code, so admins can extend it.
public struct Catalog: Codable, Sendable {
    public var indicators: [Indicator]

    public init(indicators: [Indicator]) { self.indicators = indicators }

    public subscript(code: String) -> Indicator? { indicators.first { $0.code == code } }

    /// The catalog shipped with the product for public cultural services.
    public static func publicCulture() throws -> Catalog {
        guard let url = Bundle.module.url(forResource: "catalog-public-culture", withExtension: "json", subdirectory: "Resources") else {
            throw CatalogError.missingResource
        }
        return try JSONDecoder().decode(Catalog.self, from: Data(contentsOf: url))
    }

    /// Finds the indicator a document phrase most likely names (longest synonym match).
    public func match(phrase: String, measureWord: String) -> Indicator? {
        var best: (Indicator, Int)?
        for ind in indicators where ind.measureWord == measureWord {
            for name in [ind.name, ind.phrase] + ind.synonyms where phrase.contains(name) {
                if best == nil || name.count > best!.1 { best = (ind, name.count) }
            }
        }
        return best?.0
    }
}

public enum CatalogError: Error { case missingResource }
