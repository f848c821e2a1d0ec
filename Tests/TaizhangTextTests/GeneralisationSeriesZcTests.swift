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
