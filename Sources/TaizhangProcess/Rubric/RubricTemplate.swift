/// SPEC §4 (end): a rubric used at site visits, as data — dimensions with maximum points
/// (the default: 立的高度 / 谋的深度 / 干的力度 / 成的满意度, 25 each) and the kinds of
/// items a visit reviews with how many of each ("3+N+1").
public struct RubricTemplate: Codable, Hashable, Sendable {
    public var code: String
    public var zh: String
    public var en: String
    public var dimensions: [RubricDimension]
    public var itemKinds: [RubricItemKind]

    /// The most an item (and a visit) can score: the sum of the dimensions' maxima.
    public var outOf: Double { dimensions.map(\.maxPoints).reduce(0, +) }
    public func dimension(_ code: String) -> RubricDimension? { dimensions.first { $0.code == code } }
}

public struct RubricDimension: Codable, Hashable, Sendable {
    public var code: String
    public var zh: String
    public var en: String
    public var maxPoints: Double
}

/// How many items of a kind a visit reviews: exactly one public-culture, civic-morality,
/// cultural-industry project and village cultural hall, and 0…N optional ones by default.
public struct RubricItemKind: Codable, Hashable, Sendable {
    public var code: String
    public var zh: String
    public var en: String
    public var min: Int
    public var max: Int
}
