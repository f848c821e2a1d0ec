import Foundation
import Testing
import TaizhangDomain
@testable import TaizhangService

@Suite("Ranking and rules")
struct RankingAndRulesTests {
    static let rules = SF.rules.ratings

    static func counts(_ satisfied: Int, of counted: Int) -> SatisfactionCounts {
        var c = SatisfactionCounts()
        c.counted = counted; c.satisfied = satisfied
        return c
    }

    @Test func windowsRankByRateWithSharedRanksAndTooFewRatingsUnranked() {
        let byWindow = [1: Self.counts(10, of: 10), 2: Self.counts(9, of: 10), 3: Self.counts(9, of: 10), 4: Self.counts(2, of: 2)]

        let rows = WindowRanking.rank(byWindow, windows: [1, 2, 3, 4, 5], rules: Self.rules)

        #expect(rows.map(\.windowID) == [1, 2, 3, 4, 5])
        #expect(rows.map(\.rank) == [1, 2, 2, nil, nil])
        #expect(rows.map(\.last) == [false, true, true, false, false])
    }

    @Test func windowsAllEqualAreNobodysLast() {
        let rows = WindowRanking.rank([1: Self.counts(9, of: 9), 2: Self.counts(9, of: 9)], windows: [1, 2], rules: Self.rules)

        #expect(rows.allSatisfy { !$0.last })
    }

    @Test func lastTwoMonthsRunningIsSummoned() {
        let may = WindowRanking.rank([1: Self.counts(10, of: 10), 2: Self.counts(8, of: 10), 3: Self.counts(7, of: 10)], windows: [1, 2, 3], rules: Self.rules)
        let june = WindowRanking.rank([1: Self.counts(9, of: 10), 2: Self.counts(10, of: 10), 3: Self.counts(6, of: 10)], windows: [1, 2, 3], rules: Self.rules)
        let rankings = [Period.month(2026, 5): may, .month(2026, 6): june]

        #expect(WindowRanking.summoned(month: .month(2026, 6), rankings: rankings, rules: Self.rules) == [3])
        #expect(WindowRanking.summoned(month: .month(2026, 5), rankings: rankings, rules: Self.rules) == [])
    }

    @Test func theDefaultRuleSetIsCompleteAndAnAdminsBrokenCopyIsRefused() throws {
        #expect(SF.rules.problems().isEmpty)
        #expect(SF.rules.appraisal.stars.quota == 3)
        #expect(SF.rules.ratings.rectification.workingDays == 15)
        var broken = SF.rules
        broken.ratings.levels = broken.ratings.levels.map { var l = $0; l.bad = false; return l }
        broken.appraisal.stars.quota = 0

        #expect(broken.problems().map(\.code) == ["rating_levels", "star_quota"])
        #expect(throws: DomainError.self) { try ServiceRuleSet.decode(try JSONEncoder().encode(broken)) }
    }

    @Test func anItemsLimitsAreChecked() {
        let item = ServiceItem(id: 1, code: "WL-001", name: "娱乐场所经营许可", departmentID: 1, statutoryDays: 20, promisedDays: 25,
                               steps: [ItemStep(code: "a", name: "受理", limitDays: 0), ItemStep(code: "a", name: "审查", limitDays: 30)])

        #expect(item.problems().map(\.code) == ["promise_over_statutory", "duplicate_step", "step_limit"])
    }
}
