/// Where a number in a draft came from. The server resolves `id` against its
/// own tables; the document layer only carries it.
public struct SourceRef: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// A ledger entry (台账记录).
        case entry
        /// A target (目标任务).
        case target
        /// A figure of the same period last year (去年同期).
        case lastYear
        /// A submission (报送) — e.g. a late or missing report.
        case submission
        /// A rectification item (整改事项).
        case rectification
        /// A planned item or reporting deadline.
        case plan
        /// A note the user typed.
        case note
        /// A unit (used by supervisors' ranking rows).
        case unit
    }

    public var kind: Kind
    public var id: String

    public init(_ kind: Kind, _ id: String) {
        self.kind = kind
        self.id = id
    }

    /// `kind:id`, the form used in HTML `data-trace` attributes.
    public var token: String { "\(kind.rawValue):\(id)" }
}

extension SourceRef {
    public static func entry(_ id: String) -> SourceRef { SourceRef(.entry, id) }
    public static func target(_ id: String) -> SourceRef { SourceRef(.target, id) }
    public static func lastYear(_ id: String) -> SourceRef { SourceRef(.lastYear, id) }
    public static func submission(_ id: String) -> SourceRef { SourceRef(.submission, id) }
}
