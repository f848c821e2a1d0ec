/// Plain text as a reader sees the document: title, headings with their outline
/// labels, paragraphs, table rows as tab-separated lines, signature and date. This is
/// what the checker reads and what a user would paste elsewhere.
public struct PlainTextWriter: Sendable {
    public init() {}

    public func text(for document: SummaryDocument) -> String {
        var lines = [document.title, ""]
        var numbering = OutlineNumbering()
        var tableNumber = 0
        for block in document.blocks {
            switch block {
            case .heading(let h):
                lines.append(numbering.next(level: h.level) + h.text)
            case .paragraph(let p):
                lines.append(p.runs.plainText)
            case .table(let t):
                tableNumber += 1
                if let caption = t.caption { lines.append("表\(tableNumber)　" + caption) }
                lines.append(t.header.joined(separator: "\t"))
                for cells in t.rows { lines.append(cells.map(\.plainText).joined(separator: "\t")) }
            }
        }
        lines += ["", document.signature, document.date.chinese]
        return lines.joined(separator: "\n") + "\n"
    }
}
