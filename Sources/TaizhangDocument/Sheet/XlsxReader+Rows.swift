import Foundation

extension XlsxReader {
    /// The rows of one worksheet, cells placed by their reference (`C7` → third cell).
    static func rows(_ xml: [UInt8], strings: [String], dateStyles: Set<Int>) throws -> [Row] {
        var out: [Row] = []
        var row: Row? = nil, nextRow = 1
        var ref: String?, type: String?, style = 0, value = "", inValue = false, inline = "", inInlineT = false, nextColumn = 0
        func finishCell() throws {
            guard var r = row else { return }
            let column = ref.flatMap(columnIndex) ?? nextColumn
            let cell: SheetValue
            switch type {
            case "s":
                guard let i = Int(value), strings.indices.contains(i) else { throw Failure.malformed("shared string \(value)") }
                cell = strings[i].isEmpty ? .empty : .text(strings[i])
            case "inlineStr": cell = inline.isEmpty ? .empty : .text(inline)
            case "str", "e": cell = value.isEmpty ? .empty : .text(value)
            case "b": cell = .text(value == "1" ? "TRUE" : "FALSE")
            default:
                if value.isEmpty { cell = .empty }
                else if let n = Double(value) {
                    cell = dateStyles.contains(style) ? (date(fromSerial: n).map(SheetValue.date) ?? .number(n)) : .number(n)
                } else { cell = .text(value) }
            }
            if r.cells.count <= column { r.cells += Array(repeating: .empty, count: column + 1 - r.cells.count) }
            r.cells[column] = cell
            row = r
            nextColumn = column + 1
        }
        try scan(xml) { e in
            switch e {
            case .start("row", let a, let closed):
                let number = a["r"].flatMap(Int.init) ?? nextRow
                row = Row(number: number, cells: [])
                nextRow = number + 1; nextColumn = 0
                if closed { out.append(row!); row = nil }
            case .end("row"):
                if let r = row { out.append(r) }
                row = nil
            case .start("c", let a, let closed):
                ref = a["r"]; type = a["t"]; style = a["s"].flatMap(Int.init) ?? 0; value = ""; inline = ""
                if closed { try finishCell() }
            case .end("c"): try finishCell()
            case .start("v", _, let closed): inValue = !closed
            case .end("v"): inValue = false
            case .start("t", _, let closed): inInlineT = !closed
            case .end("t"): inInlineT = false
            case .text(let s):
                if inValue { value += s } else if inInlineT { inline += s }
            default: break
            }
        }
        return out.map { r in
            var r = r
            while r.cells.last == .empty { r.cells.removeLast() }
            return r
        }
    }

    /// "C7" → 2.
    static func columnIndex(_ ref: String) -> Int? {
        var n = 0, any = false
        for u in ref.unicodeScalars {
            guard (65...90).contains(u.value) || (97...122).contains(u.value) else { break }
            n = n * 26 + Int((u.value & ~0x20) - 64)
            any = true
        }
        return any ? n - 1 : nil
    }

    /// Excel's serial day (1900 system; whole days, time of day ignored) as a date.
    static func date(fromSerial serial: Double) -> DocDate? {
        guard serial >= 1, serial < 2_958_466 else { return nil }
        let days = Int(serial.rounded(.down)) - 25_569
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return DocDate(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }
}
