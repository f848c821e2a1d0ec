import Testing
@testable import TaizhangDomain

@Suite("序时进度: one rule")
struct ScheduleProgressTests {
    @Test(arguments: [(CivilDate(2025, 6, 30), 0.5), (CivilDate(2025, 9, 30), 0.75), (CivilDate(2025, 12, 31), 1.0),
                      (CivilDate(2024, 12, 31), 0.0), (CivilDate(2025, 3, 15), (2 + 15.0 / 31) / 12)])
    func aYearTargetsScheduleByMonth(day: CivilDate, share: Double) {
        let expected = ScheduleProgress.standard.expectedShare(of: .year(2025), asOf: day)

        #expect(abs(expected - share) < 1e-9)
    }

    @Test func aHalfYearTargetIsDueWholeAtTheHalfYearsEnd() {
        let share = ScheduleProgress.standard.expectedShare(of: .half(2025, 1), asOf: CivilDate(2025, 6, 30))

        #expect(share == 1)
    }

    @Test func fortyFivePercentOnThirtiethJuneIsBehindWithoutSlackAndOnTrackWithTen() {
        let strict = ScheduleProgress.standard.judge(actual: 45, target: 100, period: .year(2025), asOf: CivilDate(2025, 6, 30))
        let lenient = ScheduleProgress(slackPoints: 10).judge(actual: 45, target: 100, period: .year(2025), asOf: CivilDate(2025, 6, 30))

        #expect(strict.behind)
        #expect(strict.expectedPercent == 50)
        #expect(!lenient.behind)
    }

    @Test func aZeroTargetIsNeverBehind() {
        let v = ScheduleProgress.standard.judge(actual: 0, target: 0, period: .year(2025), asOf: CivilDate(2025, 12, 31))

        #expect(v.percent == nil)
        #expect(!v.behind)
    }
}
