/// A CSV file as rows of fields (RFC 4180: quoted fields may hold commas, quotes doubled,
/// line breaks), as Excel and approval systems export it: a UTF-8 byte-order mark is
/// dropped, CRLF and LF both end a row, blank rows are skipped.
public enum CSVTable {
    public static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field: [UInt8] = []
        var quoted = false, wasQuoted = false
        let bytes = Array(text.utf8)
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        func endField() {
            row.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true); wasQuoted = false
        }
        func endRow() {
            endField()
            if !(row.count == 1 && row[0].isEmpty) { rows.append(row) }
            row = []
        }
        while i < bytes.count {
            let b = bytes[i]
            if quoted {
                if b == 0x22 {
                    if i + 1 < bytes.count && bytes[i + 1] == 0x22 { field.append(0x22); i += 1 } else { quoted = false }
                } else { field.append(b) }
            } else {
                switch b {
                case 0x22 where field.isEmpty && !wasQuoted: quoted = true; wasQuoted = true
                case 0x2C: endField()
                case 0x0D: if i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }; endRow()
                case 0x0A: endRow()
                default: field.append(b)
                }
            }
            i += 1
        }
        if !field.isEmpty || !row.isEmpty || wasQuoted { endRow() }
        return rows
    }
}
