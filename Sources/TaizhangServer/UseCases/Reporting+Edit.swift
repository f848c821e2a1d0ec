import Fluent
import Foundation
import TaizhangDomain

/// Changes a report carries along with a transition or an update: what the form held (the
/// narrative typed next to the 报送 button) and the ledger's figures now (`ReportReadiness`:
/// live until submission, then frozen).
extension Reporting {
    /// An edit prepared outside the transaction (the ledger is read there), applied on the
    /// locked row inside it.
    struct Edit: Sendable {
        var narrative: String?
        var values: [IndicatorValue]?
        var version: Int

        /// nil when there is nothing to change; a change without the version it is based on is 428.
        static func ifAny(narrative: String?, values: [IndicatorValue]?, version: Int?) throws -> Edit? {
            guard narrative != nil || values != nil else { return nil }
            guard let version else { throw Versioning.required }
            return Edit(narrative: narrative, values: values, version: version)
        }
    }

    /// The unit's (and the readable units below it) totals for the period, as a report
    /// states them: the same figures `create` drafts from.
    static func ledgerValues(unit: Int, period: Period, actor: Actor, catalog: Catalog, on db: any Database) async throws -> [IndicatorValue] {
        try await AggregateStore.totals(units: actor.scope.readableIDs(root: unit, subtree: true), period: period, catalog: catalog, on: db)
            .map { IndicatorValue(indicator: $0.indicator, value: $0.value, qualifier: $0.approximate ? "余" : nil) }
    }

    /// The ledger's figures for `m` when `refresh` asks for them (validated), else nil.
    static func refreshedValues(_ m: SubmissionModel, refresh: Bool, actor: Actor, catalog: Catalog,
                                writes: Writes) async throws -> [IndicatorValue]? {
        guard refresh, let period = Period(code: m.periodCode) else { return nil }
        let values = try await ledgerValues(unit: m.unitID, period: period, actor: actor, catalog: catalog, on: writes.db)
        try await validate(values, catalog: catalog, on: writes.db)
        return values
    }

    /// Applies `edit` to the locked row `m` (still editable, at the edit's version) and returns
    /// the changed fields for the audit record; the caller bumps the version once.
    static func apply(_ edit: Edit, to m: SubmissionModel, id: Int, tx: Tx) async throws -> [FieldChange] {
        try editable(m)
        guard m.version == edit.version else {
            throw try await Versioning.stale(entity: "submission", id: id, yours: edit.version, current: m.version, on: tx.db)
        }
        let before = fields(m)
        if let n = edit.narrative { m.narrative = n }
        if let v = edit.values { m.valuesJSON = JSON.string(v) }
        return FieldChange.between(before, fields(m)).filter { $0.field != "version" && $0.field != "status" }
    }

    /// A submitted report must say something (`ReportReadiness.narrativeRefusal`).
    static func requireNarrative(_ m: SubmissionModel) throws {
        if let refusal = ReportReadiness.narrativeRefusal(m.narrative) { throw AppError.invalid([refusal]) }
    }
}
