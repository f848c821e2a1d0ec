/// CSV as spreadsheets and approval systems write it, read into records of fields: RFC 4180
/// (a quoted field may hold commas, doubled quotes and line breaks), a UTF-8 byte-order mark
/// dropped, CRLF, LF or a lone CR ending a record, blank records skipped. The one CSV
/// grammar: the ledger and value imports (`CSVTable.parse`) and the service centre's case
/// import read through it. Text arrives decoded (UTF-8 or GB18030: the caller's decoder).
///
/// Hand-written over the UTF-8 bytes (every delimiter is ASCII): 100,000 cases parse in
/// milliseconds.
public enum CSVReader {
    public struct Record: Sendable, Equatable {
        /// The 1-based line the record starts on (a quoted line break moves later records down).
        public var line: Int
        public var fields: [String]
        public init(line: Int, fields: [String]) { self.line = line; self.fields = fields }
    }

    public static func records(_ text: String) -> [Record] {
        var out: [Record] = []
        each(text) { out.append(Record(line: $0, fields: $1)) }
        return out
    }

    /// The fields only, for callers that number rows themselves.
    public static func rows(_ text: String) -> [[String]] {
        var out: [[String]] = []
        each(text) { out.append($1) }
        return out
    }

    static func each(_ text: String, _ record: (Int, [String]) -> Void) {
        var row: [String] = [], field: [UInt8] = []
        var quoted = false, wasQuoted = false, line = 1, rowLine = 1
        let bytes = Array(text.utf8)
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        func endField() {
            row.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true); wasQuoted = false
        }
        func endRow() {
            endField()
            if !(row.count == 1 && row[0].isEmpty) { record(rowLine, row) }
            row = []
        }
        while i < bytes.count {
            let b = bytes[i]
            if quoted {
                if b == 0x22 {
                    if i + 1 < bytes.count && bytes[i + 1] == 0x22 { field.append(0x22); i += 1 } else { quoted = false }
                } else {
                    // A line break inside quotes is data, but the file's lines still count.
                    if b == 0x0A || (b == 0x0D && !(i + 1 < bytes.count && bytes[i + 1] == 0x0A)) { line += 1 }
                    field.append(b)
                }
            } else {
                switch b {
                case 0x22 where field.isEmpty && !wasQuoted: quoted = true; wasQuoted = true
                case 0x2C: endField()
                case 0x0D:
                    if i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
                    endRow(); line += 1; rowLine = line
                case 0x0A: endRow(); line += 1; rowLine = line
                default: field.append(b)
                }
            }
            i += 1
        }
        if !field.isEmpty || !row.isEmpty || wasQuoted { endRow() }
    }
}
