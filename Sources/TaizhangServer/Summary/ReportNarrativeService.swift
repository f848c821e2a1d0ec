import Fluent
import Foundation
import TaizhangDomain
import TaizhangSummary
import Vapor

/// The narrative a new monthly or quarterly submission starts from (本月重点工作 / 主要数据 /
/// 下一步打算), written by the summary engine from the same ledger the submission's values
/// come from (the unit and the units below it that the caller reads). Editable before 报送.
enum ReportNarrativeService {
    /// `given` when the caller sent a narrative; else the pre-filled one for plans that take
    /// it (monthly and quarterly), else "".
    static func narrative(_ given: String?, _ req: Request, unit unitID: Int, plan: ReportingPlan, period: Period) async throws -> String {
        if let given { return given }
        guard ReportNarrative.prefills(plan) else { return "" }
        let scope = try await req.scope()
        guard let unit = scope.tree[unitID] else { return "" }
        let loader = SummarySourceLoader(db: req.db, tree: scope.tree, catalog: try await req.catalog(), now: req.now)
        let units = AggregateController.readableUnits(scope, root: unitID, subtree: true)
        return ReportNarrative.draft(try await loader.load(unit: unit, period: period, units: units, subtree: false))
    }
}
