/// One block of the summary's body. Blocks carry stable ids so versions can be
/// compared paragraph by paragraph and the UI can address them.
public enum Block: Sendable, Equatable {
    case heading(Heading)
    case paragraph(Paragraph)
    case table(Table)

    public var id: String {
        switch self {
        case .heading(let h): h.id
        case .paragraph(let p): p.id
        case .table(let t): t.id
        }
    }

    /// The block's text as a reader sees it, without outline numbers.
    public var plainText: String {
        switch self {
        case .heading(let h): h.text
        case .paragraph(let p): p.runs.plainText
        case .table(let t):
            ([t.caption ?? "", t.header.joined(separator: "\t")]
                + t.rows.map { $0.map(\.plainText).joined(separator: "\t") })
                .joined(separator: "\n")
        }
    }
}

/// An outline heading. `level` 1…4 maps to 一、 / （一） / 1. / （1）
/// (GB/T 9704-2012 §7.3.5); the number itself is computed from position when
/// rendering, so inserting or deleting sections never leaves gaps.
public struct Heading: Codable, Sendable, Equatable {
    public var id: String
    public var level: Int
    public var text: String

    public init(id: String, level: Int, text: String) {
        self.id = id
        self.level = min(max(level, 1), 4)
        self.text = text
    }
}

/// A body paragraph made of runs.
public struct Paragraph: Codable, Sendable, Equatable {
    public var id: String
    public var runs: [Run]
    /// True once a user changed the paragraph's text.
    public var edited: Bool

    public init(id: String, runs: [Run], edited: Bool = false) {
        self.id = id
        self.runs = runs
        self.edited = edited
    }
}

/// A simple grid table (ranking tables of supervisors' roll-ups).
public struct Table: Codable, Sendable, Equatable {
    public var id: String
    public var caption: String?
    public var header: [String]
    /// Each cell is a list of runs so numbers in tables stay traced.
    public var rows: [[[Run]]]

    public init(id: String, caption: String? = nil, header: [String], rows: [[[Run]]]) {
        self.id = id
        self.caption = caption
        self.header = header
        self.rows = rows
    }
}
