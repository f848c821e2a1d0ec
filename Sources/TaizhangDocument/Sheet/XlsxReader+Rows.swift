import Foundation

extension XlsxReader {
    /// One cell as the sheet stores it, before it is typed: its `t` and `s` attributes,
    /// its `<v>` as written, and the text of an inline string.
    struct StoredCell {
        var type: String?
        var style = 0
        var value = ""
        var inline = ""
    }

    /// The rows of one worksheet, cells placed by their reference (`C7` → third cell) and
    /// typed by `cell`; trailing empty cells dropped.
    static func rows<Cell: Equatable>(_ xml: [UInt8], empty: Cell, cell make: (StoredCell) throws -> Cell) throws -> [(number: Int, cells: [Cell])] {
        var out: [(number: Int, cells: [Cell])] = []
        var row: (number: Int, cells: [Cell])? = nil, nextRow = 1
        var ref: String?, stored = StoredCell(), inValue = false, inInlineT = false, nextColumn = 0
        func finishCell() throws {
            guard var r = row else { return }
            let column = ref.flatMap(columnIndex) ?? nextColumn
            let cell = try make(stored)
            if r.cells.count <= column { r.cells += Array(repeating: empty, count: column + 1 - r.cells.count) }
            r.cells[column] = cell
            row = r
            nextColumn = column + 1
        }
        try scan(xml) { e in
            switch e {
            case .start("row", let a, let closed):
                let number = a["r"].flatMap(Int.init) ?? nextRow
                row = (number, [])
                nextRow = number + 1; nextColumn = 0
                if closed { out.append(row!); row = nil }
            case .end("row"):
                if let r = row { out.append(r) }
                row = nil
            case .start("c", let a, let closed):
                ref = a["r"]; stored = StoredCell(type: a["t"], style: a["s"].flatMap(Int.init) ?? 0)
                if closed { try finishCell() }
            case .end("c"): try finishCell()
            case .start("v", _, let closed): inValue = !closed
            case .end("v"): inValue = false
            case .start("t", _, let closed): inInlineT = !closed
            case .end("t"): inInlineT = false
            case .text(let s):
                if inValue { stored.value += s } else if inInlineT { stored.inline += s }
            default: break
            }
        }
        return out.map { r in
            var r = r
            while r.cells.last == empty { r.cells.removeLast() }
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
}

extension XlsxReader.Workbook {
    /// A cell as text, number or date (a number whose style is a date format).
    func typed(_ c: XlsxReader.StoredCell) throws -> SheetValue {
        switch c.type {
        case "s":
            let s = try shared(c.value)
            return s.isEmpty ? .empty : .text(s)
        case "inlineStr": return c.inline.isEmpty ? .empty : .text(c.inline)
        case "str", "e": return c.value.isEmpty ? .empty : .text(c.value)
        case "b": return .text(c.value == "1" ? "TRUE" : "FALSE")
        default:
            if c.value.isEmpty { return .empty }
            guard let n = Double(c.value) else { return .text(c.value) }
            return dateStyles.contains(c.style) ? (XlsxReader.date(fromSerial: n).map(SheetValue.date) ?? .number(n)) : .number(n)
        }
    }

    /// A shared string by its index (an empty `<v>` is an empty cell; an index past the
    /// table is a broken file, said so rather than read as blank).
    func shared(_ value: String) throws -> String {
        if value.isEmpty { return "" }
        guard let i = Int(value), strings.indices.contains(i) else { throw XlsxReader.Failure.malformed("shared string \(value)") }
        return strings[i]
    }
}
