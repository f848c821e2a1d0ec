import Fluent
import Foundation
import TaizhangDomain
import TaizhangService

/// What the service use cases (SPEC §7) work with: the actor, the write handle, the
/// centres' case cache and the language of the answer. Adapters build it from a request
/// (`req.serviceContext()`); the use cases never see the request, so the API and the
/// pages are thin adapters over the same functions.
struct ServiceContext: Sendable {
    let actor: Actor
    let writes: Writes
    let caseCache: ServiceCaseCache
    var language: Language = .zh

    var db: any Database { writes.db }
    var now: Date { writes.now }
    var today: CivilDate { CivilDate(now) }
    var store: ServiceStore { ServiceStore(db: writes.db) }

    /// The centre and what the actor may do there (404 unless it is a service centre,
    /// 403 unless the actor reads it or one of its departments).
    func access(_ centre: Int) throws -> CentreAccess { try CentreAccess.resolve(centre, scope: actor.scope) }

    /// The centre's access, refused (403) unless the actor does the supervision section's work.
    func supervising(_ centre: Int, manage: Bool = false) throws -> CentreAccess {
        let access = try access(centre)
        guard manage ? access.manages : access.supervises else { throw AppError.forbidden }
        return access
    }

    /// The working-day table for the years around `day` (the holiday calendar in force).
    static func workingDays(around day: CivilDate) -> WorkingDayTable {
        WorkingDayTable(HolidayCalendar.current, from: CivilDate(day.year - 3, 1, 1), through: CivilDate(day.year + 1, 12, 31))
    }

    /// One write transaction as the actor, through `Writes` (the gate, row locks, the
    /// chained audit log of every change made inside).
    func write<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        try await writes.run(actor) { tx in try await body(tx.db) }
    }

    /// Records a change by the actor (inside its transaction), field by field.
    func audit<B: Encodable, A: Encodable>(on db: any Database, _ action: String, _ entity: String, id: Int?, unit: Int?,
                                           before: B?, after: A?) async throws {
        try await Audit.record(on: db, userID: actor.userID, action: action, entity: entity, entityID: id, unitID: unit,
                               before: before, after: after, at: now)
    }

    func audit<A: Encodable>(on db: any Database, _ action: String, _ entity: String, id: Int?, unit: Int?, after: A) async throws {
        try await audit(on: db, action, entity, id: id, unit: unit, before: Audit.None?.none, after: after)
    }

    /// Every case of the centre with its evaluation on `day` (today by default).
    func evaluatedCases(_ centre: Int, asOf day: CivilDate? = nil) async throws -> (cases: [ServiceCase], evaluations: [CaseEvaluation], rules: ServiceRuleSet) {
        let day = day ?? today
        let cases = try await caseCache.cases(centre, on: db)
        let rules = try await store.rules()
        let evaluator = CaseEvaluator(rules: rules.cases, table: Self.workingDays(around: day))
        return (cases, cases.map { evaluator.evaluate($0, asOf: day) }, rules)
    }

    /// The names of the centre's items, windows, staff and departments.
    func names(_ centre: Int) async throws -> CentreNames {
        try await CentreNames.load(store, centre: centre, tree: actor.scope.tree)
    }

    /// The centre a case belongs to (404 when there is no such case).
    func centreOf(case id: Int) async throws -> Int {
        guard let centre = try await ServiceStore.centreOf(case: id, on: db) else { throw AppError.notFound("Case", zh: "该办件") }
        return centre
    }
}
