import Fluent
import SQLKit
import TaizhangDocument
import TaizhangDomain

extension TraceResolver {
    /// Entries listed under a query's total when it is opened: the largest.
    static let queryEntries = 20

    /// A large roll-up's figure (`SourceRef.query`): resolved now, against the ledger as it
    /// stands — the figure over the units the caller reads, how many values it stands on,
    /// then the largest entries (each resolvable like any entry).
    func query(_ ref: SourceRef, largest: Int = Self.queryEntries) async throws -> [Source] {
        guard let key = ref.queryKey, let period = Period(code: key.period), let root = scope.tree[key.unit] else { return [missing(ref)] }
        guard scope.can(.read, on: root.id) else { return [hidden(ref)] }
        let units = scope.readableIDs(root: root.id, subtree: key.subtree)
        let reader = LedgerFoldReader(db: db as! any SQLDatabase)
        let latest: Set<String> = catalog[key.indicator]?.aggregation == .latest ? [key.indicator] : []
        let folds = try await reader.folds(units: units, from: period.start, through: period.end, latest: latest)
        let total = catalog.totals(folds: folds.filter { $0.key == key.indicator }).first
        let ind = catalog[key.indicator]
        let count = total?.fold?.count ?? 0
        let whose = key.subtree ? "\(root.name)及所属单位" : root.name
        let summary = Source(kind: ref.kind.rawValue, id: ref.id,
                             label: "台账汇总：\(whose)\(period.chineseLabel)\(ind?.name ?? key.indicator)，共\(count)条记录",
                             hidden: false, unitId: root.id, unitName: root.name, date: nil,
                             values: total.map { [SummaryController.ValueRow(indicator: key.indicator, name: ind?.name ?? key.indicator, value: $0.value,
                                                        measureWord: ind?.measureWord ?? "", qualifier: $0.approximate ? "约" : nil)] })
        guard largest > 0 else { return [summary] }
        let ids = try await reader.largest(units: units, from: period.start, through: period.end, codes: [key.indicator], limit: largest)
        return [summary] + (try await resolve(ids.map { SourceRef.entry(String($0)) }))
    }
}
