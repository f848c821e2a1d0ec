import Testing
import TaizhangDomain
@testable import TaizhangWeb

struct FormatTests {
    @Test func datesInBothLanguages() {
        #expect(Fmt.date(CivilDate(2024, 6, 30), .zh) == "2024年6月30日")
        #expect(Fmt.date(CivilDate(2024, 6, 30), .en) == "30 June 2024")
        #expect(Fmt.stamp(Stamp(CivilDate(2024, 1, 5), 9, 7), .zh) == "2024年1月5日 09:07")
    }

    @Test func countdownText() {
        #expect(Fmt.countdown(days: 3, .zh) == "还剩3天")
        #expect(Fmt.countdown(days: 0, .zh) == "今天截止")
        #expect(Fmt.countdown(days: -2, .zh) == "已逾期2天")
        #expect(Fmt.countdown(days: 1, .en) == "1 day left")
        #expect(Fmt.countdown(days: -5, .en) == "5 days overdue")
    }

    @Test func countdownAgainstToday() {
        let node = UI.countdown(due: CivilDate(2024, 7, 5), today: CivilDate(2024, 7, 2), .zh)
        #expect(node.html == "<span class=\"tz-countdown tz-countdown-soon\" data-due=\"2024-07-05\">还剩3天</span>")
    }

    @Test func numbersAreLocaleFree() {
        #expect(Fmt.number(71) == "71")
        #expect(Fmt.number(79.503) == "79.5")
        #expect(Fmt.number(0.05) == "0.05")
        #expect(Fmt.number(-1.25, digits: 1) == "-1.3")
        #expect(Fmt.number(140000) == "140000")
        #expect(Fmt.percent(0.79) == "79%")
        #expect(Fmt.percent(nil) == "—")
    }

    @Test func periodsUseTheDomainLabels() {
        #expect(Period.half(2024, 1).label(.zh) == "2024年上半年")
        #expect(Period.quarter(2024, 2).label(.en) == "Q2 2024")
    }

    @Test func languageSwitchKeepsTheQuery() {
        #expect(URLs.setting("lang", to: "en", in: "/ledger?period=2024H1&lang=zh") == "/ledger?period=2024H1&lang=en")
        #expect(URLs.setting("lang", to: "zh", in: "/") == "/?lang=zh")
        #expect(URLs.path("/ledger", [("q", "文化 站&"), ("empty", ""), ("page", "2")]) == "/ledger?q=%E6%96%87%E5%8C%96%20%E7%AB%99%26&page=2")
    }

    @Test func pageOf() {
        #expect(Loc(.zh).pageOf(2, 5) == "第2页／共5页")
        #expect(Loc(.en).pageOf(2, 5) == "Page 2 of 5")
    }
}

extension FormatTests {
    @Test func qualifiersSitWhereChineseWritesThem() {
        #expect(Fmt.quantity(3000, qualifier: "余", measure: "人次", .zh) == "3000余人次")
        #expect(Fmt.quantity(12000, qualifier: "约", measure: "人次", .zh) == "约12000人次")
        // English drops the Chinese counting word and keeps real units (issue #16).
        #expect(Fmt.quantity(12000, qualifier: "约", measure: "人次", .en) == "~12000")
        // "余" is "more than", not "about": 3000余 is 3000+, never ~3000.
        #expect(Fmt.quantity(3000, qualifier: "余", measure: "人次", .en) == "3000+")
        #expect(Fmt.quantity(300, qualifier: "以上", measure: "元", .en) == "300+ yuan")
        #expect(Fmt.quantity(12.5, qualifier: nil, measure: "万元", .en) == "12.5 ×10,000 yuan")
        #expect(Fmt.quantity(12, qualifier: nil, measure: "场", .zh) == "12场")
    }
}
