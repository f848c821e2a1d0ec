import Foundation
import Testing
import TaizhangDomain
@testable import TaizhangProcess

@Suite("Process rule set")
struct ProcessRuleSetTests {
    @Test func defaultsCarrySection4() throws {
        let r = try ProcessRuleSet.defaults()

        #expect(r.funds.categories.map(\.code) == ["grassroots_activities", "folk_culture", "rural_culture",
                                                   "team_training", "resource_integration", "creation_work"])
        #expect(r.publicity.tiers.map(\.points) == [50, 40, 30, 20, 10])
        #expect(r.publicity.base.points == 50)
        #expect(r.kind(.zone).liaisonMeetingEvery == .quarter && r.kind(.project).liaisonMeetingEvery == .halfYear)
        #expect(r.kind(.zone).scoring == .halfYear && r.kind(.zone).resetsAfterScoring)
        #expect(r.kind(.project).scoring == .cycle && r.cycleYears == 2)
        #expect(r.supervision.inspectionsPerYear == CountRange(min: 1, max: 2))
        #expect(Set(r.halfYearReports.map(\.kind)) == [.fundUsage, .selfInspection])
        #expect(r.acceptance.indicators.map(\.weight) == [0.2, 0.3, 0.25, 0.25])
        #expect(r.rubrics.first?.dimensions.map(\.zh) == ["立的高度", "谋的深度", "干的力度", "成的满意度"])
        #expect(r.problems().isEmpty)
    }

    /// SPEC §4.5: the information plans already in TaizhangDomain's defaults are the ones scored.
    @Test(arguments: [(CreationKind.zone, [3, 4, 5, 6]), (.project, [7, 8, 9, 10])])
    func informationPlansComeFromTheDomainDefaults(kind: CreationKind, planIDs: [Int]) {
        let plans = PublicityScorer.informationPlans(kind, plans: PF.plans, rules: PF.rules)

        #expect(plans.map(\.id) == planIDs)
    }

    @Test func roundTripsThroughJSON() throws {
        let data = try JSONEncoder().encode(PF.rules)

        #expect(try ProcessRuleSet.decode(data) == PF.rules)
    }

    @Test func refusesWeightsNotSummingToOneAndUnknownRequirements() throws {
        let bad = PF.modified {
            $0.acceptance.indicators[0].weight = 0.5
            $0.requirements.append(RequirementRule(code: "dance_show", zh: "", en: "", inCompliance: true, veto: true))
        }

        #expect(bad.problems().map(\.code) == ["weights_sum", "unknown_requirement"])
        #expect(throws: DomainError.self) { try ProcessRuleSet.decode(JSONEncoder().encode(bad)) }
    }

    @Test func moneyIsFormattedInYuan() {
        #expect(Money.yuan(123_456_789) == "1,234,567.89元")
        #expect(Money.yuan(-5) == "-0.05元")
        #expect(Money.fen(yuan: 3) == 300)
    }
}
