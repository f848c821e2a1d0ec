import Fluent
import Foundation
import TaizhangDomain
import TaizhangWeb
import Vapor

/// Every figure of a report opens its sources: `?sources=<indicator>` lists the ledger
/// entries of the report's unit (and of the units below it the reader may view) that count
/// towards it in the period, each linking to its read-only page.
extension SubmissionPageController {
    static func sources(_ m: SubmissionModel, indicator code: String?, scope: AccessScope, catalog: Catalog,
                        figure: IndicatorValue?, on db: any Database) async throws -> SubmissionPage.Sources? {
        guard let code, let indicator = catalog[code], let period = Period(code: m.periodCode) else { return nil }
        let units = scope.tree.subtree(of: m.unitID).map(\.id).filter { $0 == m.unitID || scope.canViewEntry(of: $0) }
        let ids = try await EntryValueModel.query(on: db).filter(\.$unitID ~~ units).filter(\.$indicatorCode == code)
            .filter(\.$countsOn >= period.start.iso).filter(\.$countsOn <= period.end.iso)
            .filter(\.$planned == false).filter(\.$pending == false).field(\.$entryID).all().map(\.entryID)
        let entries = ids.isEmpty ? [] : try await EntryModel.query(on: db).filter(\.$id ~~ Array(Set(ids)))
            .sort(\.$countsOn, .descending).sort(\.$id, .descending).range(0..<200).all()
        let shown = figure ?? IndicatorValue(indicator: code, value: 0)
        return SubmissionPage.Sources(figure: ValueText(shown, indicator: indicator),
                                      entries: try await WebRows.entries(entries, catalog: catalog, on: db))
    }
}
