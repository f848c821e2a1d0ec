/// The structured work summary: what the composer writes, the user edits, the
/// server stores (as JSON, with versions) and the writers export.
public struct SummaryDocument: Codable, Sendable, Equatable {
    public var modelVersion: Int
    /// "XX街道文化站2024年上半年工作总结".
    public var title: String
    public var blocks: [Block]
    /// The issuing unit's name, printed above the date at the end.
    public var signature: String
    /// 成文日期.
    public var date: DocDate

    public init(title: String, blocks: [Block], signature: String, date: DocDate) {
        self.modelVersion = TaizhangDocument.modelVersion
        self.title = title
        self.blocks = blocks
        self.signature = signature
        self.date = date
    }

    /// Every traced number in the body, tables included, in reading order.
    public var numbers: [TracedNumber] {
        blocks.flatMap { block -> [TracedNumber] in
            switch block {
            case .heading: []
            case .paragraph(let p): p.runs.numbers
            case .table(let t): t.rows.flatMap { $0.flatMap(\.numbers) }
            }
        }
    }

    /// The block with `id`, if any.
    public func block(id: String) -> Block? { blocks.first { $0.id == id } }

    /// Outline labels ("一、", "（二）", "1.", "（1）") for every heading, by id.
    public var headingLabels: [String: String] {
        var numbering = OutlineNumbering()
        var labels: [String: String] = [:]
        for case .heading(let h) in blocks { labels[h.id] = numbering.next(level: h.level) }
        return labels
    }
}
