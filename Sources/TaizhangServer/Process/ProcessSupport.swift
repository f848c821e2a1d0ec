import Fluent
import Foundation
import SQLKit
import TaizhangDomain
import TaizhangProcess
import Vapor

extension ProcessStore {
    /// The unit's creation, locked until the transaction ends: PostgreSQL holds the row
    /// (`FOR UPDATE`), so the read-check-write of two concurrent requests on one unit run
    /// one after the other; SQLite writers already queue in the write gate.
    func lockedCreation(_ unit: Int) async throws -> Creation {
        let row = try await (db as! any SQLDatabase).select().columns("kind", "start_year").from(CreationModel.schema)
            .where("unit_id", .equal, unit).for(.update).first()
        guard let row, let kind = CreationKind(rawValue: try row.decode(column: "kind", as: String.self)) else {
            throw Self.notACreation(unit)
        }
        return Creation(unitID: unit, kind: kind, startYear: try row.decode(column: "start_year", as: Int.self))
    }
}

extension Request {
    /// The process use cases' view of this request.
    func processContext() async throws -> ProcessContext { ProcessContext(actor: try await actor(), writes: writes) }

    var today: CivilDate { CivilDate(now) }
    var processStore: ProcessStore { ProcessStore(db: db) }

    /// One write transaction, through the write gate where the engine needs it.
    func writeTransaction<T: Sendable>(_ body: @escaping @Sendable (ProcessStore) async throws -> T) async throws -> T {
        try await writes.run(try await actor()) { tx in try await body(ProcessStore(db: tx.db)) }
    }

    /// A write to one creation unit's process records: its creation row locked first.
    func processWrite<T: Sendable>(unit: Int, _ body: @escaping @Sendable (ProcessStore, Creation) async throws -> T) async throws -> T {
        try await writeTransaction { store in try await body(store, try await store.lockedCreation(unit)) }
    }

    /// Records a mutation by the caller in the audit log (call inside its transaction).
    func audit<B: Encodable, A: Encodable>(on db: any Database, _ action: String, _ entity: String, id: Int?, unit: Int?,
                                           before: B?, after: A?) async throws {
        try await Audit.record(on: db, userID: try caller().userID, action: action, entity: entity, entityID: id, unitID: unit,
                               before: before, after: after, at: now)
    }

    func audit<A: Encodable>(on db: any Database, _ action: String, _ entity: String, id: Int?, unit: Int?, after: A) async throws {
        try await audit(on: db, action, entity, id: id, unit: unit, before: Audit.None?.none, after: after)
    }

    /// The unit named by the path (`:id`), once the caller may take `action` on it.
    func unitParameter(_ action: AccessScope.Action) async throws -> Int {
        let unit = try pathID()
        try await authorize(action, unit: unit)
        return unit
    }

    /// The unit's own people (staff, liaison, leader) or a supervisor above it.
    func authorizeOwnOrManage(unit: Int) async throws {
        let scope = try await self.scope()
        guard scope.tree[unit] != nil else { throw AppError.notFound("Unit", zh: "该单位") }
        guard scope.can(.writeLedger, on: unit) || scope.can(.manage, on: unit) else { throw AppError.forbidden }
    }
}

extension AppError {
    /// Runs a pure action; its `DomainError` refusal becomes an error naming it: 409 for
    /// the codes in `conflicts`, else 422.
    static func refusing<T>(conflicts: Set<String> = [], _ body: () throws -> T) throws -> T {
        do { return try body() } catch let e as DomainError {
            throw AppError(conflicts.contains(e.code) ? .conflict : .unprocessableEntity, e.code, zh: e.zh, en: e.en, field: e.field, details: [e])
        }
    }

    /// 422 listing every problem, when there are any.
    static func check(_ problems: [DomainError]) throws {
        if !problems.isEmpty { throw AppError.invalid(problems) }
    }

    /// A date that may not lie after today (a meeting held, money spent, an adoption).
    static func notFuture(_ date: CivilDate?, today: CivilDate, field: String, zh: String) -> DomainError? {
        guard let date, date > today else { return nil }
        return DomainError("future_date", zh: "\(zh)不能晚于今天。", en: "\(field) is in the future.", field: field)
    }

    static func required(_ text: String, field: String, zh: String) -> DomainError? {
        text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            ? DomainError("required", zh: "请填写\(zh)。", en: "\(field) is required.", field: field) : nil
    }
}

extension Response {
    static func created<T: Content>(_ value: T) throws -> Response {
        let response = Response(status: .created)
        try response.content.encode(value)
        return response
    }
}
