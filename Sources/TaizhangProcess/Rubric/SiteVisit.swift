import TaizhangDomain

/// A site visit (实地考察) to a unit: the items reviewed and each evaluator's points.
public struct SiteVisit: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var unitID: Int
    public var date: CivilDate
    /// `RubricTemplate.code`.
    public var rubric: String
    public var items: [VisitItem]
    public var scores: [RubricScore]

    public init(id: Int, unitID: Int, date: CivilDate, rubric: String, items: [VisitItem], scores: [RubricScore] = []) {
        self.id = id; self.unitID = unitID; self.date = date; self.rubric = rubric; self.items = items; self.scores = scores
    }

    public var evaluators: [String] { Array(Set(scores.map(\.evaluator))).sorted() }
}

public struct VisitItem: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    /// `RubricItemKind.code`.
    public var kind: String
    public var name: String
    public init(id: Int, kind: String, name: String) { self.id = id; self.kind = kind; self.name = name }
}

/// One evaluator's points for one item on one dimension.
public struct RubricScore: Codable, Hashable, Sendable {
    public var evaluator: String
    public var itemID: Int
    public var dimension: String
    public var points: Double
    public init(evaluator: String, itemID: Int, dimension: String, points: Double) {
        self.evaluator = evaluator; self.itemID = itemID; self.dimension = dimension; self.points = points
    }
}
