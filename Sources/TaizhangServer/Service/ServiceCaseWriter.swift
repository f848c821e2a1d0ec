import Fluent
import Foundation
import SQLKit
import TaizhangDomain
import TaizhangService

/// Writes imported cases (SPEC §7 "all or nothing"): inside one transaction, cases whose
/// number is new are inserted with multi-row INSERTs chunked under the engine's bind
/// limit; cases already on file (a later export of the same case) are updated when
/// anything changed, keeping their id, orders and ratings.
enum ServiceCaseWriter {
    static let columns = ["centre_unit_id", "department_unit_id", "window_id", "staff_id", "item_id", "number", "applicant",
                          "accepted_at", "completed_at", "outcome", "reason", "kind", "statutory_days", "promised_days", "steps",
                          "imported_at"]

    struct Outcome: Sendable, Codable { var inserted: Int; var updated: Int; var unchanged: Int }

    static func store(_ cases: [ServiceCase], centre: Int, at now: Date, on db: any Database, engine: any StorageEngine) async throws -> Outcome {
        let sql = db as! any SQLDatabase
        let onFile = Set(try await sql.select().column("number").from("service_cases").where("centre_unit_id", .equal, centre).all()
            .map { try $0.decode(column: "number", as: String.self) })
        let overlap = Set(cases.map(\.number)).intersection(onFile)
        let existing = overlap.isEmpty ? [] : try await ServiceStore(db: db).cases(centre, numbers: overlap)
        let byNumber = Dictionary(existing.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
        var fresh: [ServiceCase] = [], updated = 0, unchanged = 0
        for c in cases {
            guard var old = byNumber[c.number] else { fresh.append(c); continue }
            var new = c
            new.id = old.id
            old.steps = old.steps.map { var s = $0; s.name = s.code; return s }
            new.steps = new.steps.map { var s = $0; s.name = s.code; return s }
            if old == new { unchanged += 1; continue }
            try await sql.update("service_cases").set(model: row(c, centre: centre, at: now))
                .where("id", .equal, old.id).run()
            updated += 1
        }
        let perChunk = max(1, engine.maxBindParameters / columns.count)
        for start in stride(from: 0, to: fresh.count, by: perChunk) {
            var insert = sql.insert(into: "service_cases").columns(columns)
            for c in fresh[start..<min(fresh.count, start + perChunk)] { insert = insert.values(values(c, centre: centre, at: now)) }
            try await insert.run()
        }
        return Outcome(inserted: fresh.count, updated: updated, unchanged: unchanged)
    }

    static func values(_ c: ServiceCase, centre: Int, at now: Date) -> [any Encodable & Sendable] {
        [centre, c.departmentID, c.windowID, c.staffID, c.itemID, c.number, c.applicant, c.acceptedAt, c.completedAt,
         c.outcome?.rawValue, c.reason, c.kind.rawValue, c.statutoryDays, c.promisedDays, StepCodec.encode(c.steps), now]
    }

    /// The same values as an encodable row for UPDATE … SET.
    static func row(_ c: ServiceCase, centre: Int, at now: Date) -> CaseRowValues {
        CaseRowValues(department_unit_id: c.departmentID, window_id: c.windowID, staff_id: c.staffID, item_id: c.itemID,
                      applicant: c.applicant, accepted_at: c.acceptedAt, completed_at: c.completedAt, outcome: c.outcome?.rawValue,
                      reason: c.reason, kind: c.kind.rawValue, statutory_days: c.statutoryDays, promised_days: c.promisedDays,
                      steps: StepCodec.encode(c.steps), imported_at: now)
    }

    struct CaseRowValues: Encodable, Sendable {
        var department_unit_id: Int; var window_id: Int?; var staff_id: Int?; var item_id: Int; var applicant: String
        var accepted_at: Date; var completed_at: Date?; var outcome: String?; var reason: String; var kind: String
        var statutory_days: Int; var promised_days: Int; var steps: String; var imported_at: Date
    }
}
