import Fluent
import Foundation
import TaizhangDomain

extension Ledger {
    /// A unit's entries narrowed by period (counting day), category, source and indicator;
    /// shared by the API list and the ledger page.
    static func filtered(unit: Int, period: Period?, category: String?, source: String?, indicator: String?,
                         on db: any Database) async throws -> QueryBuilder<EntryModel> {
        let query = EntryModel.query(on: db).filter(\.$unitID == unit)
        if let p = period { query.filter(\.$countsOn >= p.start.iso).filter(\.$countsOn <= p.end.iso) }
        if let c = category { query.filter(\.$category == c) }
        if let s = source { query.filter(\.$source == s) }
        if let ind = indicator {
            let ids = try await EntryValueModel.query(on: db).filter(\.$unitID == unit)
                .filter(\.$indicatorCode == ind).all().map(\.entryID)
            query.filter(\.$id ~~ ids)
        }
        return query
    }
}
