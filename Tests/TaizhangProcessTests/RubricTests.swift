import Testing
import TaizhangDomain
@testable import TaizhangProcess

@Suite("Rubric")
struct RubricTests {
    static let template = PF.rules.rubrics[0]

    /// "3+N+1": one of each fixed kind, `optional` extra items, one village hall.
    static func items(optional: Int, halls: Int = 1) -> [VisitItem] {
        let kinds = ["public_culture", "civic_morality", "cultural_industry"] + Array(repeating: "optional", count: optional)
            + Array(repeating: "village_hall", count: halls)
        return kinds.enumerated().map { VisitItem(id: $0 + 1, kind: $1, name: $1) }
    }

    @Test(arguments: [(0, 1, []), (2, 1, []), (5, 1, []), (6, 1, ["item_count"]), (1, 0, ["item_count"]), (1, 2, ["item_count"])] as [(Int, Int, [String])])
    func threePlusNPlusOne(optional: Int, halls: Int, expected: [String]) {
        let visit = SiteVisit(id: 1, unitID: 2, date: CivilDate(2025, 10, 15), rubric: "four_dimension", items: Self.items(optional: optional, halls: halls))

        #expect(RubricEvaluator.problems(visit, template: Self.template).map(\.code) == expected)
    }

    @Test func scoresMustFitTheTemplate() {
        let scores = [RubricScore(evaluator: "甲", itemID: 1, dimension: "height", points: 26),
                      RubricScore(evaluator: "甲", itemID: 9, dimension: "height", points: 20),
                      RubricScore(evaluator: "甲", itemID: 1, dimension: "height", points: 20)]
        let visit = SiteVisit(id: 1, unitID: 2, date: CivilDate(2025, 10, 15), rubric: "four_dimension", items: Self.items(optional: 0), scores: scores)

        #expect(RubricEvaluator.problems(visit, template: Self.template).map(\.code) == ["score_range", "score_target", "score_twice"])
    }

    /// Two evaluators, two items: means per item and dimension, item totals, visit mean.
    static func visit(_ id: Int, month: Int, bonus: Double) -> SiteVisit {
        let items = [VisitItem(id: 1, kind: "public_culture", name: "A"), VisitItem(id: 2, kind: "village_hall", name: "B")]
        let scores = ["甲", "乙"].enumerated().flatMap { e, who in
            items.flatMap { item in
                template.dimensions.map { d in
                    RubricScore(evaluator: who, itemID: item.id, dimension: d.code, points: 20 + Double(e) + (item.id == 2 ? bonus : 0))
                }
            }
        }
        return SiteVisit(id: id, unitID: 2, date: CivilDate(2025, month, 1), rubric: "four_dimension", items: items, scores: scores)
    }

    @Test func meansRollUpFromEvaluatorsToTheVisit() {
        let r = RubricEvaluator.evaluate(Self.visit(1, month: 5, bonus: 2), template: Self.template)

        #expect(r.items.map(\.total) == [82, 90])
        #expect(r.items[0].dimensions.map(\.mean) == [20.5, 20.5, 20.5, 20.5])
        #expect(r.dimensions.map(\.mean) == [21.5, 21.5, 21.5, 21.5])
        #expect(r.total == 86 && r.outOf == 100 && r.complete)
    }

    @Test func aDimensionNobodyScoredMakesTheResultIncomplete() {
        var v = Self.visit(1, month: 5, bonus: 0)
        v.scores.removeAll { $0.itemID == 2 && $0.dimension == "satisfaction" }

        let r = RubricEvaluator.evaluate(v, template: Self.template)

        #expect(!r.complete && r.items[1].total == 61.5)
    }

    @Test func annualAssessmentIsTheMeanOfTheYearsVisits() {
        let visits = [Self.visit(1, month: 5, bonus: 2), Self.visit(2, month: 10, bonus: 0),
                      SiteVisit(id: 3, unitID: 2, date: CivilDate(2026, 1, 5), rubric: "four_dimension", items: [])]

        let a = RubricEvaluator.annual(unitID: 2, year: 2025, visits: visits, template: Self.template)

        #expect(a.visits.map(\.visitID) == [1, 2])
        #expect(a.score == 84 && a.percent == 84)
        #expect(RubricEvaluator.annual(unitID: 5, year: 2025, visits: visits, template: Self.template).score == nil)
    }
}
