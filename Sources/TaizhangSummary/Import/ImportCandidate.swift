import TaizhangDomain
import TaizhangText

/// Where a figure stands in the source text (1-based line, character column, length).
public struct SourceSpan: Sendable, Hashable, Codable {
    public var line: Int
    public var column: Int
    public var length: Int
    public var text: String
}

/// One ledger entry a summary would create, for a person to look at before anything is
/// written (the import preview). A total and the parts that follow its 其中 are one
/// candidate: the parts ride along, never as entries of their own.
public struct ImportCandidate: Sendable, Hashable, Codable {
    public struct Part: Sendable, Hashable, Codable {
        public var title: String
        public var value: Double
        public var span: SourceSpan
    }

    /// The whole phrase the figure belongs to (举办文艺演出57场), not a fragment of it.
    public var title: String
    /// In the indicator's unit when an indicator was recognised (1.2万人次 → 12000 人次).
    public var value: Double
    public var unit: String
    public var qualifier: String?
    public var indicatorCode: String?
    public var indicatorName: String?
    public var span: SourceSpan
    public var parts: [Part]
    public var period: String
    /// A running total (已累计放映1526场, 截至目前共有…): not a count for the period.
    public var cumulative: Bool
    /// What the ledger already holds for this unit, period and indicator, if anything.
    public var conflict: String?
    /// Imported when the preview is confirmed: an indicator was recognised, the figure is
    /// a count for the period, and it is a whole number where the indicator needs one.
    public var importable: Bool
    /// Why not, in Chinese and English (empty when importable).
    public var reasons: [String]
}

/// The preview of a document import: the document's own period and the candidates.
public struct ImportPreview: Sendable, Codable {
    public var documentPeriod: String?
    public var period: String
    public var candidates: [ImportCandidate]

    public var importable: [ImportCandidate] { candidates.filter(\.importable) }
}
