/// Markdown export: headings carry their outline labels, tables are GFM pipe
/// tables, and user text is escaped so it cannot turn into markup.
public struct MarkdownWriter: Sendable {
    public init() {}

    public func markdown(for document: SummaryDocument) -> String {
        var out = "# " + Self.escapeInline(document.title) + "\n"
        var numbering = OutlineNumbering()
        var tableNumber = 0
        for block in document.blocks {
            out += "\n"
            switch block {
            case .heading(let h):
                out += String(repeating: "#", count: h.level + 1) + " "
                    + Self.escapeInline(numbering.next(level: h.level) + h.text) + "\n"
            case .paragraph(let p):
                out += Self.escapeBlock(p.runs.plainText) + "\n"
            case .table(let t):
                tableNumber += 1
                out += table(t, number: tableNumber)
            }
        }
        out += "\n" + Self.escapeBlock(document.signature) + "  \n" + Self.escapeInline(document.date.chinese) + "\n"
        return out
    }

    private func table(_ t: Table, number: Int) -> String {
        var out = ""
        if let caption = t.caption { out += "**表\(number)　" + Self.escapeInline(caption) + "**\n\n" }
        func row(_ cells: [String]) -> String {
            "| " + cells.map { Self.escapeInline($0).replacingNewlines() }.joined(separator: " | ") + " |\n"
        }
        out += row(t.header)
        out += "|" + String(repeating: " --- |", count: t.header.count) + "\n"
        for cells in t.rows { out += row(cells.map(\.plainText)) }
        return out
    }

    /// Backslash-escapes every character Markdown could read as markup.
    static func escapeInline(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s {
            if "\\`*_{}[]<>()#+-!|~&".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    /// Escapes a paragraph; a line break becomes a hard break, and a line that
    /// begins like an ordered list ("1. …") has its dot escaped.
    static func escapeBlock(_ s: String) -> String {
        s.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var text = escapeInline(String(line))
            if let dot = text.firstIndex(where: { !$0.isASCII || !$0.isNumber }), dot != text.startIndex,
               text[dot] == "." || text[dot] == ")" {
                text.insert("\\", at: dot)
            }
            return text
        }.joined(separator: "  \n")
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "<br>")
    }
}
