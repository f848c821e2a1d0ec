import Foundation

extension ReportingPlan {
    /// The default reporting plans (`Resources/plans-default.json`): the monthly work
    /// update and half-year summary of streets and towns, and the information reports of
    /// demonstration zones and projects (SPEC §4.5). Data, so an admin can change them.
    public static func defaults() throws -> [ReportingPlan] {
        try DemoResource.decode([ReportingPlan].self, named: "plans-default")
    }
}

enum DemoResource {
    static func decode<T: Decodable>(_ type: T.Type, named name: String) throws -> T {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Resources") else {
            throw CatalogError.missingResource
        }
        return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
    }
}
