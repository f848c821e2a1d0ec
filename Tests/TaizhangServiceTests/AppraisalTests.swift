import Testing
import TaizhangDomain
@testable import TaizhangService

@Suite("Window appraisal")
struct AppraisalTests {
    static let rules = SF.rules.appraisal
    static let q2 = Period.quarter(2026, 2)

    static func facts(_ staff: Int, _ month: Int, _ counts: [AppraisalSource: Double] = [:]) -> AppraisalFacts {
        AppraisalFacts(staffID: staff, month: .month(2026, month), counts: counts)
    }

    @Test func theScoreIsTheBasePlusCappedItemsWithTheirBreakdown() {
        let f = Self.facts(1, 4, [.ratingsSatisfied: 80, .casesOverdue: 1, .attendanceLate: 2, .commendations: 4])

        let s = Appraiser.score(f, rules: Self.rules)

        #expect(s.lines.map(\.item.code) == ["satisfied_ratings", "overdue_cases", "late_or_early", "commendations"])
        #expect(s.lines.map(\.points) == [5, -2, -2, 6])
        #expect(s.lines.map(\.capped) == [true, false, false, true])
        #expect(s.total == 107)
    }

    @Test func recordDerivedAndTypedFactsMeetInTheMonth() {
        var cases = RateCounts()
        cases.completed = 30; cases.completedInTime = 29; cases.redDueInPeriod = 1; cases.stepOverruns = 2
        var ratings = SatisfactionCounts()
        ratings.counted = 20; ratings.satisfied = 19; ratings.bad = 1
        let typed = [AppraisalRecord(id: 1, staffID: 1, date: CivilDate(2026, 4, 3), source: .attendanceLate),
                     AppraisalRecord(id: 2, staffID: 1, date: CivilDate(2026, 5, 3), source: .attendanceLate),
                     AppraisalRecord(id: 3, staffID: 2, date: CivilDate(2026, 4, 3), source: .complaints)]

        let f = AppraisalFacts.derive(staffID: 1, month: .month(2026, 4), cases: cases, ratings: ratings, typed: typed)

        #expect(f[.casesOverdue] == 2 && f[.stepsOverrun] == 2 && f[.casesCompleted] == 30)
        #expect(f[.ratingsSatisfied] == 19 && f[.ratingsBad] == 1)
        #expect(f[.attendanceLate] == 1 && f[.complaints] == 0)
    }

    /// Six eligible staff with mean scores 104 … 99: a quota of 3 elects the first three, 4 the first four.
    @Test(arguments: [3, 4])
    func theQuotaDecidesHowManyStars(quota: Int) {
        var stars = Self.rules.stars
        stars.quota = quota
        let scores = (1...6).flatMap { staff in
            (4...6).map { m in Appraiser.score(Self.facts(staff, m, [.extraPoints: Double(6 - staff)]), rules: Self.rules) }
        }

        let election = StarElector.elect(period: Self.q2, scores: scores, rules: stars)

        #expect(election.elected.map(\.staffID) == Array(1...quota))
        #expect(election.rows.map(\.rank) == [1, 2, 3, 4, 5, 6])
    }

    @Test func thresholdVetoAndMissingMonthsRuleMembersOut() {
        let scores = [
            (1, 4, [AppraisalSource.extraPoints: 5]), (1, 5, [:]), (1, 6, [:]),
            (2, 4, [.complaints: 1, .extraPoints: 5]), (2, 5, [.commendations: 3]), (2, 6, [.commendations: 3]),
            (3, 4, [.attendanceAbsent: 0, .casesOverdue: 3]), (3, 5, [:]), (3, 6, [:]),
            (4, 4, [:]), (4, 6, [:]),
        ].map { Appraiser.score(Self.facts($0.0, $0.1, $0.2), rules: Self.rules) }

        let election = StarElector.elect(period: Self.q2, scores: scores, rules: Self.rules.stars)

        #expect(election.elected.map(\.staffID) == [1])
        let reasons = Dictionary(uniqueKeysWithValues: election.rows.map { ($0.staffID, $0.reasons.map(\.code)) })
        #expect(reasons[2] == ["veto_complaints"])
        #expect(reasons[3] == ["below_threshold"])
        #expect(reasons[4] == ["missing_month"])
    }

    /// Staff 1 and 2 tie at 100 on the quota line of 1: more satisfied ratings decide, and both rows say so.
    @Test func aTieOnTheQuotaLineIsBrokenByTheRulesOrder() {
        var stars = Self.rules.stars
        stars.quota = 1
        let scores = [1, 2].flatMap { staff in
            (4...6).map { m in Appraiser.score(Self.facts(staff, m, [.casesCompleted: 10, .ratingsSatisfied: staff == 2 ? 1 : 0]), rules: Self.rules) }
        }

        let election = StarElector.elect(period: Self.q2, scores: scores, rules: stars)

        #expect(election.rows.map(\.score) == [100.1, 100])
        #expect(election.elected.map(\.staffID) == [2])
        #expect(election.rows.allSatisfy { $0.reasons.isEmpty })
        let equal = StarElector.elect(period: Self.q2, scores: scores.map { var s = $0; s.total = 100; return s }, rules: stars)
        #expect(equal.elected.map(\.staffID) == [2])
        #expect(equal.rows.allSatisfy { $0.reasons.map(\.code) == ["tie_at_quota"] })
    }
}
