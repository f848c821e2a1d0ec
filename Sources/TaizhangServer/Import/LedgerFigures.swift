import Fluent
import Foundation
import TaizhangDomain

/// What the ledger already holds for a unit and period, by indicator (pending entries
/// included: an earlier import awaiting confirmation is exactly what a second import
/// of the same document would count twice). The import preview shows it as a conflict.
enum LedgerFigures {
    static func totals(unitID: Int, period: Period, on db: any Database) async throws -> [String: Double] {
        let values = try await EntryValueModel.query(on: db).filter(\.$unitID == unitID)
            .filter(\.$countsOn >= period.start.iso).filter(\.$countsOn <= period.end.iso).all()
        return Dictionary(grouping: values, by: \.indicatorCode).mapValues { $0.reduce(0) { $0 + $1.value } }
    }
}
