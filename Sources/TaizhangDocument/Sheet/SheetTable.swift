/// A table for a spreadsheet: one sheet of an .xlsx workbook, or one .csv file. Values
/// are typed (numbers stay numbers, dates are dates), so a spreadsheet can sum and sort
/// them; text is never a formula.
public struct SheetTable: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        public var title: String
        /// Width in characters (a CJK character counts about two).
        public var width: Double

        public init(_ title: String, width: Double? = nil) {
            self.title = title
            self.width = width ?? max(8, min(60, Double(SheetValue.text(title).displayWidth) + 2))
        }
    }

    /// Sheet name (Excel allows 31 characters, none of `[]:*?/\`; the writer cleans it).
    public var name: String
    public var columns: [Column]
    public var rows: [[SheetValue]]

    public init(name: String, columns: [Column], rows: [[SheetValue]]) {
        self.name = name; self.columns = columns; self.rows = rows
    }
}

public enum SheetValue: Sendable, Equatable {
    case empty
    case text(String)
    case number(Double)
    case date(DocDate)
    /// A share (0.875), shown as 87.5%.
    case percent(Double)

    public static func optional(_ s: String?) -> SheetValue { s.map(SheetValue.text) ?? .empty }
    public static func optional(_ d: Double?) -> SheetValue { d.map(SheetValue.number) ?? .empty }

    /// What the cell shows as plain text (CSV, column widths).
    public var plain: String {
        switch self {
        case .empty: ""
        case .text(let s): s
        case .number(let n): Self.numberText(n)
        case .date(let d): d.iso
        case .percent(let p): Self.numberText((p * 1000).rounded() / 10) + "%"
        }
    }

    /// "5", "2.5", "1234567" (no exponent, no grouping: what a spreadsheet reads back).
    static func numberText(_ n: Double) -> String {
        if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        return String(n)
    }

    /// Characters a column needs, a full-width character counting two.
    var displayWidth: Int {
        plain.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) }
    }
}
