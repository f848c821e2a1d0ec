import Fluent
import TaizhangDomain
import TaizhangProcess
import Vapor

extension RectificationController {
    struct RateRow: Content {
        var unitId: Int; var unitName: String; var total: Int; var closed: Int; var closedOnTime: Int; var overdue: Int; var rate: Double?
    }

    /// SPEC §4.4 整改率 per unit, over the readable units of `unit`'s subtree that have items.
    static func rates(req: Request) async throws -> [RateRow] {
        let root = try req.queryInt("unit")
        let scope = try await req.authorize(.read, unit: root)
        let units = scope.readableIDs(root: root, subtree: true)
        let items = try await RectificationItemModel.query(on: req.db).filter(\.$unitID ~~ units).all().compactMap(\.domain)
        return RectificationRate.perUnit(items, asOf: req.today).map { r in
            RateRow(unitId: r.unitID, unitName: scope.tree[r.unitID]?.name ?? "", total: r.total, closed: r.closed,
                    closedOnTime: r.closedOnTime, overdue: r.overdue, rate: r.rate.map { ($0 * 10_000).rounded() / 100 })
        }
    }
}
