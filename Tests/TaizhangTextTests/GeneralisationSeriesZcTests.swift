import Testing
@testable import TaizhangText

/// Session 17 (issue #14, zcfix): a false flag the unseen zc series showed, written as a general
/// shape — never corpus text — with near misses that must hold either way.
@Suite struct IncrementRoundingTests {
    private func growthFlags(_ text: String) -> [ArithmeticCheck] {
        Checker.check(text: text).checks.filter { !$0.consistent && $0.kind == "growth" }
    }

    /// An increment written to the amount's unit stands for half a unit either side: 0.3亿 on
    /// 12.6亿 is 2.4 % as written, yet 0.25–0.35 gives 2.0–2.9 %, so 2.6 % is no error.
    @Test(arguments: ["非税收入12.6亿元,同比增长2.6%,增收0.3亿元。",
                      "其他收入8.4亿元,同比下降3.1%,减收0.3亿元。",
                      "完成工业投资5.8亿元,同比增长3.8%,增加0.2亿元。"])
    func a_rate_within_the_increments_rounding_is_not_flagged(text: String) {
        #expect(growthFlags(text).isEmpty)
    }

    /// Near misses: beyond the increment's rounding the rate is still wrong, and an exact count
    /// (增加2人) has no rounding to excuse it.
    @Test(arguments: ["非税收入12.6亿元,同比增长6.5%,增收0.3亿元。",
                      "全镇在册党员125人,同比增长5.6%,增加2人。"])
    func a_rate_beyond_it_is_still_flagged(text: String) {
        #expect(growthFlags(text).count == 1)
    }

    /// The rounding only widens a growth rule's window; an exact agreement stays credited.
    @Test func an_exact_growth_is_still_credited() {
        let found = Checker.check(text: "税收收入10.2亿元,同比增长2%,增收0.2亿元。").checks
        #expect(found.contains { $0.consistent && $0.kind == "growth" })
    }
}

/// A paid site's cut of its preview (省略N字) inside a one-line text hides outline markers: the
/// headings after it that skip numbers are no skips of the writer's.
@Suite struct SiteElisionTests {
    private func gaps(_ text: String) -> [Finding] {
        Checker.check(text: text, path: "t").findings.filter { $0.kind == .numbering }
    }
    private let head = "一、基本情况上半年以来,全镇受理各类矛盾纠纷60起,调处成功率达95%"
    private let tail = " 2.甲村村民对征地补偿标准有异议,多次上访。 3.乙村换届后班子基础不稳,工作经验欠缺。 四、下步打算 一是加强排查,二是落实责任。"

    @Test(arguments: ["……(某文网www.example.com省略350字,正式会员可完整阅读)……",
                      "(此处省略约800余字)", "……省略1200字……"])
    func headings_after_a_cut_are_no_skips(cut: String) {
        #expect(gaps(head + cut + tail).isEmpty)
    }

    /// Near misses: without the cut, or with 省略 that names no count of characters (省略号,
    /// 省略了部分内容), the skips are reported.
    @Test(arguments: ["。", "(省略了部分内容)。", "。文中省略号表示未完。"])
    func without_a_cut_the_skips_are_reported(cut: String) {
        #expect(!gaps(head + cut + tail).isEmpty)
    }
}
