/// A ledger entry worth naming in the draft (a large event, one with evidence).
public struct NotableEntry: Codable, Sendable, Equatable {
    /// "“我们的节日·端午”文艺汇演" — quoted as written in the ledger.
    public var title: String
    public var date: DocDate?
    public var place: String?
    public var figures: [KeyFigure]
    /// Photos, sign-in sheets or confirmations are attached (佐证资料).
    public var hasEvidence: Bool
    public var ref: SourceRef

    public init(
        title: String, date: DocDate? = nil, place: String? = nil, figures: [KeyFigure] = [],
        hasEvidence: Bool = false, ref: SourceRef
    ) {
        self.title = title
        self.date = date
        self.place = place
        self.figures = figures
        self.hasEvidence = hasEvidence
        self.ref = ref
    }
}

/// A figure of one entry: "受众" 2000 "人次" (余).
public struct KeyFigure: Codable, Sendable, Equatable {
    public var label: String
    public var value: Double
    public var measureWord: String
    public var qualifier: Qualifier?

    public init(label: String, value: Double, measureWord: String, qualifier: Qualifier? = nil) {
        self.label = label
        self.value = value
        self.measureWord = measureWord
        self.qualifier = qualifier
    }
}
