import Fluent
import Foundation
import SQLKit
import TaizhangDomain

/// Where a ledger entry came from, for imported entries: document id and character span.
struct Provenance: Codable, Hashable, Sendable {
    var docId: String
    var spanStart: Int
    var spanEnd: Int
}

/// A ledger entry as stored: the domain entry plus storage-only fields.
struct StoredEntry: Sendable {
    var entry: LedgerEntry
    var provenance: Provenance?
    /// Imported entries are pending a person's confirmation.
    var pending: Bool = false
    /// Third party who must confirm (e.g. 村委负责人).
    var confirmer: String?
    /// Confirmation by a 确认人 or supervisor other than the creator is required.
    var confirmationRequired: Bool = false
}

/// Bulk writes of ledger entries with multi-row INSERT … RETURNING id, chunked so a
/// statement stays under the engine's bind-parameter limit (both engines support RETURNING);
/// large batches on PostgreSQL take their ids from the sequence and go through COPY.
enum EntryStore {
    static let entryColumns = ["unit_id", "category", "title", "narrative", "place", "date", "end_date", "counts_on",
                               "source", "planned", "doc_id", "span_start", "span_end", "pending", "confirmer",
                               "confirmation_required", "version", "created_by", "created_at", "updated_at"]
    static let valueColumns = ["entry_id", "unit_id", "counts_on", "planned", "pending", "indicator_code", "value", "qualifier"]

    /// Inserts entries and their indicator values; returns the new ids in input order.
    /// With `deferringValuesIn`, the values are written at the end of that transaction
    /// (nothing in it reads them back), together with other requests' in a commit group.
    ///
    /// `deferEntries` (with `tx`, when nothing in the transaction reads the new rows back):
    /// the entries too are written at the end, their ids taken for the whole commit group at
    /// once (PostgreSQL from the sequence, SQLite after the largest id) — a group of
    /// single-entry POSTs then costs one INSERT of entries and one of values instead of a
    /// round trip per entry.
    static func insert(_ items: [StoredEntry], createdBy: Int, at: Date, on db: any Database,
                       engine: any StorageEngine, deferringValuesIn tx: Tx? = nil, deferEntries: Bool = false) async throws -> [Int] {
        let sql = db as! any SQLDatabase
        var ids: [Int] = []
        ids.reserveCapacity(items.count)
        if let tx, deferEntries, !engine.serializesWrites, !PostgresCopy.applies(to: engine, rows: items.count) {
            ids = try await tx.memo.newIDs(items.count, table: EntryModel.schema) { n in
                try await PostgresCopy.newIDs(n, table: EntryModel.schema, on: db)
            }
            tx.deferred.append(table: EntryModel.schema, columns: ["id"] + entryColumns,
                               rows: zip(ids, items).map { [$0] + row($1, createdBy: createdBy, at: at) }, first: true)
        } else if engine.serializesWrites, let memo = tx?.memo ?? Tx.current?.memo {
            // SQLite inside a write transaction: the ids are handed out by the group (see
            // `WriteMemo.nextIDs`), so entries written now and entries deferred to the end
            // of the group never collide; single-entry POSTs then write their entries in
            // one statement at the end of the group, not one statement each (issue #18).
            ids = try await memo.nextIDs(items.count, table: EntryModel.schema) {
                try await sql.raw("SELECT COALESCE(MAX(id), 0) AS last FROM \(ident: EntryModel.schema)").first()?
                    .decode(column: "last", as: Int.self) ?? 0
            }
            let rows = zip(ids, items).map { [$0] + row($1, createdBy: createdBy, at: at) }
            if let tx, deferEntries {
                tx.deferred.append(table: EntryModel.schema, columns: ["id"] + entryColumns, rows: rows, first: true)
            } else {
                try await BulkInsert.run(sql, into: EntryModel.schema, columns: ["id"] + entryColumns, rows: rows, maxBinds: engine.maxBindParameters)
            }
        } else if PostgresCopy.applies(to: engine, rows: items.count) {
            ids = try await PostgresCopy.newIDs(items.count, table: EntryModel.schema, on: db)
            try await PostgresCopy.run(db, into: EntryModel.schema, columns: ["id"] + entryColumns,
                                       rows: zip(ids, items).map { [$0] + row($1, createdBy: createdBy, at: at) })
        } else {
            let perChunk = max(1, engine.maxBindParameters / entryColumns.count)
            for start in stride(from: 0, to: items.count, by: perChunk) {
                let chunk = items[start..<min(items.count, start + perChunk)].map { row($0, createdBy: createdBy, at: at) }
                let rows = try await sql.rows(BulkInsert.statement(sql, into: EntryModel.schema, columns: entryColumns, rows: chunk[...], returning: "id"))
                ids += try rows.map { try $0.decode(column: "id", as: Int.self) }
            }
        }
        var values: [[any Encodable & Sendable]] = []
        for (item, id) in zip(items, ids) {
            let e = item.entry
            for v in e.values {
                values.append([id, e.unitID, e.countsOn.iso, e.planned, item.pending, v.indicator, v.value, v.qualifier])
            }
        }
        if let tx {
            tx.deferred.append(table: EntryValueModel.schema, columns: valueColumns, rows: values)
            return ids
        }
        try await BulkInsert.run(db, engine: engine, into: EntryValueModel.schema, columns: valueColumns, rows: values)
        return ids
    }

    private static func row(_ item: StoredEntry, createdBy: Int, at: Date) -> [any Encodable & Sendable] {
        let e = item.entry
        return [e.unitID, e.category.rawValue, e.title, e.narrative, e.place, e.date.iso, e.endDate?.iso,
                e.countsOn.iso, e.source.rawValue, e.planned, item.provenance?.docId, item.provenance?.spanStart,
                item.provenance?.spanEnd, item.pending, item.confirmer, item.confirmationRequired, 1, createdBy, at, at]
    }
}
