import TaizhangDomain

public struct DimensionScore: Codable, Hashable, Sendable {
    public var code: String
    public var zh: String
    public var mean: Double
    public var maxPoints: Double
}

public struct ItemResult: Codable, Hashable, Sendable {
    public var itemID: Int
    public var kind: String
    public var name: String
    public var dimensions: [DimensionScore]
    public var total: Double
}

public struct VisitResult: Codable, Hashable, Sendable {
    public var visitID: Int
    public var unitID: Int
    public var date: CivilDate
    public var items: [ItemResult]
    public var dimensions: [DimensionScore]
    public var total: Double
    public var outOf: Double
    public var complete: Bool
}

/// The rubric's share of a unit's annual assessment (年度考核).
public struct AnnualRubricAssessment: Codable, Hashable, Sendable {
    public var unitID: Int
    public var year: Int
    public var visits: [VisitResult]
    /// Mean of the year's visit totals; nil without visits.
    public var score: Double?
    public var outOf: Double
    /// `score` on a 100-point scale, to feed an acceptance input or an annual ranking.
    public var percent: Double? { score.map { AcceptanceEvaluator.round2($0 / outOf * 100) } }
}

extension RubricEvaluator {
    /// SPEC §4 "results feeding the unit's annual assessment": the mean of the unit's
    /// visits of `year` under the template.
    public static func annual(unitID: Int, year: Int, visits: [SiteVisit], template: RubricTemplate) -> AnnualRubricAssessment {
        let results = visits.filter { $0.unitID == unitID && $0.date.year == year && $0.rubric == template.code }
            .sorted { ($0.date, $0.id) < ($1.date, $1.id) }.map { evaluate($0, template: template) }
        return AnnualRubricAssessment(unitID: unitID, year: year, visits: results, score: mean(results.map(\.total)), outOf: template.outOf)
    }
}
