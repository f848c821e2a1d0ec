import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess

/// What the process use cases (SPEC §4) work with: the actor, the write handle and the
/// clock. Adapters build it from a request (`req.processContext()`), the CLI from the app.
struct ProcessContext: Sendable {
    let actor: Actor
    let writes: Writes

    var db: any Database { writes.db }
    var now: Date { writes.now }
    var today: CivilDate { CivilDate(now) }
    var processStore: ProcessStore { ProcessStore(db: writes.db) }

    func scope() -> AccessScope { actor.scope }

    @discardableResult
    func authorize(_ action: AccessScope.Action, unit: Int) throws -> AccessScope {
        try actor.authorize(action, unit: unit)
        return actor.scope
    }

    /// One write transaction.
    func writeTransaction<T: Sendable>(_ body: @escaping @Sendable (ProcessStore) async throws -> T) async throws -> T {
        try await writes.run(actor) { tx in try await body(ProcessStore(db: tx.db)) }
    }

    /// A write to one creation unit's process records: its creation row locked first.
    func processWrite<T: Sendable>(unit: Int, _ body: @escaping @Sendable (ProcessStore, Creation) async throws -> T) async throws -> T {
        try await writeTransaction { store in try await body(store, try await store.lockedCreation(unit)) }
    }

    /// Records the change by the actor (inside its transaction), field by field.
    func audit<B: Encodable, A: Encodable>(on db: any Database, _ action: String, _ entity: String, id: Int?, unit: Int?,
                                           before: B?, after: A?) async throws {
        try await Audit.record(on: db, userID: actor.userID, action: action, entity: entity, entityID: id, unitID: unit,
                               before: before, after: after, at: now)
    }

    func audit<A: Encodable>(on db: any Database, _ action: String, _ entity: String, id: Int?, unit: Int?, after: A) async throws {
        try await audit(on: db, action, entity, id: id, unit: unit, before: Audit.None?.none, after: after)
    }

    /// The unit's own people (staff, liaison, leader) or a supervisor above it.
    func authorizeOwnOrManage(unit: Int) throws {
        guard actor.scope.tree[unit] != nil else { throw AppError.notFound("Unit", zh: "该单位") }
        guard actor.scope.can(.writeLedger, on: unit) || actor.scope.can(.manage, on: unit) else { throw AppError.forbidden }
    }
}
