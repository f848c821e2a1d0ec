import Foundation
import TaizhangDomain

/// `GET /api/matrix?…&format=compact`: the same matrix in about a fifth of the bytes, for
/// screens that draw 10,000 units at once. Each row is an array
/// `[unit_id, unit_name, statuses, submitted, expected, actual, on_time]` where
/// `statuses` has one letter per period (`o` on time, `l` late, `m` missing, `n` not
/// due, `x` not expected; see `status_codes`) and `submitted` the first-submission instants in epoch
/// milliseconds (null where none). Periods carry their due dates once instead of per cell.
extension MatrixJSON {
    static func letter(_ t: Timeliness) -> UInt8 {
        switch t {
        case .onTime: UInt8(ascii: "o")
        case .late: UInt8(ascii: "l")
        case .missing: UInt8(ascii: "m")
        case .notDue: UInt8(ascii: "n")
        case .notExpected: UInt8(ascii: "x")
        }
    }

    /// Decimal digits of `v` without going through a String.
    static func appendInt(_ v: Int64, into out: inout [UInt8]) {
        if v < 0 { out.append(UInt8(ascii: "-")) }
        var m = v.magnitude, digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                                      UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { buf in
            repeat { buf[n] = UInt8(ascii: "0") + UInt8(m % 10); m /= 10; n += 1 } while m > 0
            for k in stride(from: n - 1, through: 0, by: -1) { out.append(buf[k]) }
        }
    }

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
                               statusCodes: Dictionary(uniqueKeysWithValues: Timeliness.allCases.map { (String(UnicodeScalar(letter($0))), $0.rawValue) }),
                               columns: m.columns, total: m.total)
        var out = try JSONEncoder.api.encode(head).map { $0 }
        // `{… "total":{…}}` → `{… "total":{…},"rows":[…]}`
        out.removeLast()
        out.reserveCapacity(out.count + m.rows.count * (40 + 16 * m.periods.count))
        out.append(contentsOf: #","rows":["#.utf8)
        for (i, row) in m.rows.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "["))
            appendInt(Int64(row.unitID), into: &out)
            out.append(UInt8(ascii: ","))
            try string(row.unitName, into: &out)
            out.append(contentsOf: #",""#.utf8)
            for c in row.cells { out.append(letter(c.status)) }
            out.append(contentsOf: #"",["#.utf8)
            for (j, c) in row.cells.enumerated() {
                if j > 0 { out.append(UInt8(ascii: ",")) }
                if let at = c.submittedAt {
                    appendInt(Int64((at.timeIntervalSince1970 * 1000).rounded(.down)), into: &out)
                } else {
                    out.append(contentsOf: "null".utf8)
                }
            }
            out.append(contentsOf: "],".utf8)
            appendInt(Int64(row.stats.expected), into: &out); out.append(UInt8(ascii: ","))
            appendInt(Int64(row.stats.actual), into: &out); out.append(UInt8(ascii: ","))
            appendInt(Int64(row.stats.onTime), into: &out); out.append(UInt8(ascii: "]"))
        }
        out.append(contentsOf: "]}".utf8)
        return out
    }
}
