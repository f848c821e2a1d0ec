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
        /// A process record (SPEC §4 or a rule pack's own): `id` is "type:id", e.g.
        /// "group_meeting:12", "expenditure:1003", "adoption:4", "inspection:2".
        case record
        /// Ledger values selected by a query, resolved when someone opens the trace (a large
        /// roll-up's figure stands on hundreds of thousands of entries; their ids are not
        /// stored): `id` is "indicator|unit|period|tree" (`tree`: the unit's readable subtree)
        /// or "…|unit" (the unit alone), e.g. "audience|55|2024H1|tree".
        case query
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
    /// A process record of `type` ("group_meeting", "expenditure", …) with its row id.
    public static func record(_ type: String, _ id: Int) -> SourceRef { SourceRef(.record, "\(type):\(id)") }

    /// Values of `indicator` counting in `period` (a period code) in `unit` or its subtree.
    public static func query(indicator: String, unit: Int, period: String, subtree: Bool) -> SourceRef {
        SourceRef(.query, "\(indicator)|\(unit)|\(period)|\(subtree ? "tree" : "unit")")
    }

    /// The parts of a `.query` reference.
    public var queryKey: (indicator: String, unit: Int, period: String, subtree: Bool)? {
        let parts = id.split(separator: "|", omittingEmptySubsequences: false)
        guard kind == .query, parts.count == 4, let unit = Int(parts[1]), parts[3] == "tree" || parts[3] == "unit" else { return nil }
        return (String(parts[0]), unit, String(parts[2]), parts[3] == "tree")
    }

    /// The record type and row id of a `.record` reference.
    public var recordKey: (type: String, id: Int)? {
        guard kind == .record, let colon = id.lastIndex(of: ":"), let n = Int(id[id.index(after: colon)...]) else { return nil }
        return (String(id[..<colon]), n)
    }
}
