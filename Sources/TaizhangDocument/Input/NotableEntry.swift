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
    /// How the entry is named as a deed: "举办“…”", "召开…"; nil uses the title.
    public var deed: String?
    /// The entry's largest share of an area figure (0…1): how much it weighs in the area.
    public var weight: Double
    /// An event (an activity, a training) that "was held"; other work is just dated.
    public var isEvent: Bool

    public init(
        title: String, date: DocDate? = nil, place: String? = nil, figures: [KeyFigure] = [],
        hasEvidence: Bool = false, ref: SourceRef, deed: String? = nil, weight: Double = 0, isEvent: Bool = true
    ) {
        self.isEvent = isEvent
        self.deed = deed
        self.weight = weight
        self.title = title
        self.date = date
        self.place = place
        self.figures = figures
        self.hasEvidence = hasEvidence
        self.ref = ref
    }
}

/// A figure of one entry: "受众" 2000 "人次" (余), written "受众达2000余人次".
public struct KeyFigure: Codable, Sendable, Equatable {
    public var label: String
    public var value: Double
    public var measureWord: String
    public var qualifier: Qualifier?
    /// The catalog's verb phrase ("受众达", "开展文艺演出"); nil writes `label`.
    public var phrase: String?

    public init(label: String, value: Double, measureWord: String, qualifier: Qualifier? = nil, phrase: String? = nil) {
        self.label = label
        self.value = value
        self.measureWord = measureWord
        self.qualifier = qualifier
        self.phrase = phrase
    }
}
