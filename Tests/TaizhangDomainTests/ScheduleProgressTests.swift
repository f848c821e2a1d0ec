import Testing
import TaizhangDomain

/// 序时进度: time elapsed over the target's period, by months with the current month by days.
struct ScheduleProgressTests {
    @Test(arguments: [
        (Period.year(2026), CivilDate(2026, 6, 30), 0.5),
        (Period.half(2026, 1), CivilDate(2026, 6, 30), 1.0),
        (Period.year(2026), CivilDate(2026, 3, 15), (2 + 15.0 / 31) / 12),
        (Period.year(2026), CivilDate(2025, 12, 31), 0.0),
        (Period.quarter(2026, 2), CivilDate(2026, 5, 31), 2.0 / 3),
    ])
    func expectedShare(period: Period, asOf: CivilDate, share: Double) {
        #expect(abs(ScheduleProgress.expectedShare(of: period, asOf: asOf) - share) < 1e-9)
    }

    @Test func behindIsJudgedWithTheConfiguredSlack() {
        let strict = ScheduleProgress(actual: 45, target: 100, targetPeriod: .year(2026), asOf: CivilDate(2026, 6, 30))
        let lenient = ScheduleProgress(actual: 45, target: 100, targetPeriod: .year(2026), asOf: CivilDate(2026, 6, 30), slack: 0.1)

        #expect(strict.isBehind)
        #expect(!lenient.isBehind)
        #expect(strict.remaining == 55)
        #expect(!ScheduleProgress(actual: 5, target: 0, targetPeriod: .year(2026), asOf: CivilDate(2026, 6, 30)).isBehind)
    }
}
