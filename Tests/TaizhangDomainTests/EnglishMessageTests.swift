import Foundation
import Testing
@testable import TaizhangDomain

/// Issue #16 P11: English pages showed plan names in Chinese and dates as 2026-12-05 inside
/// messages that come from the domain.
@Suite struct EnglishMessageTests {
    @Test func aLockedPeriodNamesTheShippedPlanInEnglish() {
        // setup
        let lock = PeriodLock.Lock(period: .month(2026, 12), since: Date(timeIntervalSince1970: 0),
                                   cause: .accepted(submissionID: 7, planName: "工作动态（月报）"))
        // act
        let error = PeriodLock.error(lock)
        // assert
        #expect(error.en.contains("The Monthly work update report for December 2026 was accepted"), "\(error.en)")
        #expect(error.zh.contains("2026年12月的“工作动态（月报）”已被上级采纳"), "\(error.zh)")
    }

    @Test func aPlanAnOfficeAddedKeepsItsName() {
        // act / assert
        #expect(PlanEnglishName.of("示范区阶段性成果") == "Demonstration zone: results so far")
        #expect(PlanEnglishName.of("街道自定计划") == "街道自定计划")
    }

    @Test func datesInEnglishMessagesAreWords() {
        // setup
        let today = CivilDate(2026, 12, 5)
        // act
        let english = today.english
        // assert
        #expect(english == "5 December 2026")
        #expect(CivilDate(2024, 1, 31).english == "31 January 2024")
    }
}
