import TaizhangDocument

/// The summary as the checker reads it, one line per block, with the block each line
/// came from: the server checks `text` and maps a finding's line back to `blockIDs[line - 1]`
/// to show it beside that block.
public struct SummaryText: Sendable {
    public let text: String
    /// Per line (0-based), the block it belongs to; nil for the title, signature and date.
    public let blockIDs: [String?]

    public init(_ doc: SummaryDocument) {
        let labels = doc.headingLabels
        var lines: [(String?, String)] = [(nil, doc.title)]
        for block in doc.blocks {
            switch block {
            case .heading(let h): lines.append((h.id, (labels[h.id] ?? "") + h.text))
            case .paragraph(let p): lines.append((p.id, p.runs.plainText))
            case .table(let tb):
                for row in block.plainText.split(separator: "\n", omittingEmptySubsequences: false) { lines.append((tb.id, String(row))) }
            }
        }
        lines.append((nil, doc.signature))
        lines.append((nil, doc.date.chinese))
        self.text = lines.map(\.1).joined(separator: "\n")
        self.blockIDs = lines.map(\.0)
    }

    /// The block of a 1-based line number.
    public func blockID(line: Int) -> String? { blockIDs.indices.contains(line - 1) ? blockIDs[line - 1] : nil }
}
