import Foundation
import TaizhangDomain

/// `GET /api/matrix?…&format=compact`: the same matrix in about a fifth of the bytes, for
/// screens that draw 10,000 units at once. Each row is an array
/// `[unit_id, unit_name, statuses, submitted, expected, actual, on_time]` where
/// `statuses` has one letter per period (`o` on time, `l` late, `m` missing, `n` not
/// due, `x` not expected; see `status_codes`) and `submitted` the first-submission instants in epoch
/// milliseconds (null where none). Periods carry their due dates once instead of per cell.
extension MatrixJSON {
    static let statusLetters: [Timeliness: UInt8] = [.onTime: UInt8(ascii: "o"), .late: UInt8(ascii: "l"),
                                                     .missing: UInt8(ascii: "m"), .notDue: UInt8(ascii: "n"),
                                                     .notExpected: UInt8(ascii: "x")]

    struct CompactHead: Encodable {
        var format = "compact-1"
        var plan: ReportingPlan
        var periods: [Period]
        var statusCodes: [String: String]
        var columns: [ReportingMatrix.Stats]
        var total: ReportingMatrix.Stats
        struct Period: Encodable { var code: String; var label: String; var dueDate: String }
    }

    static func encodeCompact(_ m: ReportingMatrix, plan: ReportingPlan, language: Language) throws -> [UInt8] {
        let head = CompactHead(plan: plan, periods: m.periods.enumerated().map { i, p in
            .init(code: p.code, label: p.label(language), dueDate: (m.rows.first?.cells[i].dueDate ?? plan.dueDate(for: p)).iso) },
                               statusCodes: Dictionary(uniqueKeysWithValues: statusLetters.map { (String(UnicodeScalar($0.value)), $0.key.rawValue) }),
                               columns: m.columns, total: m.total)
        var out = try JSONEncoder.api.encode(head).map { $0 }
        // `{… "total":{…}}` → `{… "total":{…},"rows":[…]}`
        out.removeLast()
        out.reserveCapacity(out.count + m.rows.count * (40 + 16 * m.periods.count))
        out.append(contentsOf: #","rows":["#.utf8)
        for (i, row) in m.rows.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "["))
            out.append(contentsOf: String(row.unitID).utf8)
            out.append(UInt8(ascii: ","))
            try string(row.unitName, into: &out)
            out.append(contentsOf: #",""#.utf8)
            for c in row.cells { out.append(statusLetters[c.status] ?? UInt8(ascii: "?")) }
            out.append(contentsOf: #"",["#.utf8)
            for (j, c) in row.cells.enumerated() {
                if j > 0 { out.append(UInt8(ascii: ",")) }
                if let at = c.submittedAt {
                    out.append(contentsOf: String(Int64((at.timeIntervalSince1970 * 1000).rounded())).utf8)
                } else {
                    out.append(contentsOf: "null".utf8)
                }
            }
            out.append(contentsOf: "],".utf8)
            out.append(contentsOf: "\(row.stats.expected),\(row.stats.actual),\(row.stats.onTime)]".utf8)
        }
        out.append(contentsOf: "]}".utf8)
        return out
    }
}
