/// A summary bundled inside a file (篇1, 模板2 …), by line range (1-based, inclusive).
public struct DocumentSpan: Codable, Sendable, Hashable {
    public var index: Int
    public var title: String
    public var startLine: Int
    public var endLine: Int

    public init(index: Int, title: String, startLine: Int, endLine: Int) {
        self.index = index
        self.title = title
        self.startLine = startLine
        self.endLine = endLine
    }
}

/// Everything the checker found in one input file.
public struct DocumentReport: Codable, Sendable {
    public var path: String
    /// "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "gb18030" or "docx".
    public var encoding: String
    /// The sub-documents found in the file; always at least one.
    public var subdocuments: [DocumentSpan]
    public var findings: [Finding]
    public var checks: [ArithmeticCheck]
    public var quantities: [Quantity]
    public var outline: [OutlineItem]

    public init(path: String, encoding: String, subdocuments: [DocumentSpan] = [],
                findings: [Finding] = [], checks: [ArithmeticCheck] = [],
                quantities: [Quantity] = [], outline: [OutlineItem] = []) {
        self.path = path
        self.encoding = encoding
        self.subdocuments = subdocuments
        self.findings = findings
        self.checks = checks
        self.quantities = quantities
        self.outline = outline
    }

    /// The most serious severity present, or nil when there are no findings.
    public var worstSeverity: Severity? { findings.map(\.severity).max() }
}

/// The JSON document written by `taizhang check --format json`.
public struct CheckReport: Codable, Sendable {
    public var documents: [DocumentReport]

    public init(documents: [DocumentReport]) { self.documents = documents }
}
