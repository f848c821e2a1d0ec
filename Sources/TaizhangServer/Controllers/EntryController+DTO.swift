import Fluent
import TaizhangDomain
import Vapor

extension EntryController {
    struct EntryDTO: Content {
        var id: Int
        var unitId: Int
        var category: EntryCategory
        var categoryLabel: String
        var title: String
        var narrative: String
        var place: String?
        var date: String
        var endDate: String?
        var values: [IndicatorValue]
        var source: String
        var planned: Bool
        var pending: Bool
        var provenance: Provenance?
        var confirmer: String?
        var confirmedAt: Date?
        var confirmedBy: Int?
        var confirmationRequired: Bool
        var version: Int
        var createdBy: Int
        var createdAt: Date
        var updatedAt: Date

        init(_ m: EntryModel, values: [EntryValueModel]) {
            id = m.id!; unitId = m.unitID; category = EntryCategory(rawValue: m.category) ?? .other
            categoryLabel = category.chinese; title = m.title; narrative = m.narrative; place = m.place
            date = m.date; endDate = m.endDate
            self.values = values.map { IndicatorValue(indicator: $0.indicatorCode, value: $0.value, qualifier: $0.qualifier) }
            source = m.source; planned = m.planned; pending = m.pending
            provenance = m.docID.map { Provenance(docId: $0, spanStart: m.spanStart ?? 0, spanEnd: m.spanEnd ?? 0) }
            confirmer = m.confirmer; confirmedAt = m.confirmedAt; confirmedBy = m.confirmedBy
            confirmationRequired = m.confirmationRequired; version = m.version; createdBy = m.createdBy
            createdAt = m.createdAt; updatedAt = m.updatedAt
        }
    }

    struct Batch: Content { var entries: [Ledger.EntryInput] }
    struct BatchResult: Content { var created: Int; var ids: [Int] }
    /// One page: `limit` says how many were asked for at most (≤ `maxLimit`), `next` where the
    /// rest continues (nil on the last page), so a larger `limit` is never silently cut.
    struct Page: Content { var total: Int; var items: [EntryDTO]; var limit: Int? = nil; var offset: Int? = nil; var next: String? = nil }

    /// Loads entries with their values in two queries.
    static func dtos(_ models: [EntryModel], on db: any Database) async throws -> [EntryDTO] {
        let ids = models.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        let values = try await EntryValueModel.query(on: db).filter(\.$entryID ~~ ids).sort(\.$id).all()
        let byEntry = Dictionary(grouping: values, by: \.entryID)
        return models.map { EntryDTO($0, values: byEntry[$0.id!] ?? []) }
    }
}
