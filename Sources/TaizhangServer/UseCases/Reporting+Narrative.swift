import Fluent
import Foundation
import TaizhangDomain
import TaizhangSummary

extension Reporting {
    /// The narrative a new monthly or quarterly submission starts from (本月重点工作 / 主要数据 /
    /// 下一步打算), written by the summary engine from the same ledger the submission's values
    /// come from (the unit and the units below it that the actor reads). Editable before 报送.
    /// `given` when the actor sent one; "" for plans that take no narrative.
    static func narrative(_ given: String?, actor: Actor, catalog: Catalog, writes: Writes, unit unitID: Int,
                          plan: ReportingPlan, period: Period) async throws -> String {
        if let given { return given }
        guard ReportNarrative.prefills(plan), let unit = actor.scope.tree[unitID] else { return "" }
        let loader = SummarySourceLoader(db: writes.db, tree: actor.scope.tree, catalog: catalog, now: writes.now)
        return ReportNarrative.draft(try await loader.load(unit: unit, period: period,
                                                           units: actor.scope.readableIDs(root: unitID, subtree: true), subtree: false))
    }
}
