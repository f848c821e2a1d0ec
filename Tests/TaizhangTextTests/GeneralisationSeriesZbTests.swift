import Testing
@testable import TaizhangText

/// Session 16 (issue #14, zbfix): a precision failure the unseen zb series showed, written as a
/// general shape — never corpus text — with near misses that must hold either way.
@Suite struct GeneralisationSeriesZbTests {
    private func checks(_ text: String) -> [ArithmeticCheck] { Checker.check(text: text).checks }

    // MARK: an average is no sum of its groups' averages

    /// 人均/户均/平均 …: a group's average may exceed the whole's, so a 其中 after an average is
    /// never read as parts exceeding a total.
    @Test(arguments: ["全镇农民人均纯收入9800元,同比增长7%。其中种养大户人均纯收入15600元。",
                      "全县城乡居民户均存款5.2万元,其中城镇居民户均存款8.1万元、农村居民户均存款3.4万元。",
                      "各站点平均每天接待群众85人次,其中中心站点平均每天接待140人次。"])
    func parts_of_an_average_are_not_flagged(text: String) {
        // Act
        let flags = checks(text).filter { !$0.consistent }
        // Assert
        #expect(flags.isEmpty)
    }

    /// Near misses: a plain total is still flagged when its 其中 part exceeds it, and the
    /// average's guard stops at its clause (an average in an earlier clause changes nothing).
    @Test(arguments: ["全镇共有种养大户98户,其中养殖大户156户。",
                      "农民人均纯收入9800元,全镇共有种养大户98户,其中养殖大户156户。"])
    func a_plain_total_is_still_flagged(text: String) {
        #expect(checks(text).filter { !$0.consistent }.count == 1)
    }

    /// Agreement of an average's parts is still credited where they do make it (daily visits
    /// by kind add up to the daily visits).
    @Test func an_averages_parts_that_agree_are_still_credited() {
        // Setup
        let text = "服务大厅日均接待群众120人次,其中咨询80人次、办理业务40人次。"
        // Act
        let found = checks(text)
        // Assert
        #expect(found.contains { $0.consistent && $0.kind == "sum" })
        #expect(!found.contains { !$0.consistent })
    }
}

/// A decimal cut at a line break (PDF extraction): the next line's first figure is a fraction.
@Suite struct CutDecimalTests {
    private func flags(_ text: String) -> [ArithmeticCheck] { Checker.check(text: text).checks.filter { !$0.consistent } }

    @Test func a_fraction_after_a_cut_decimal_is_no_total_to_flag() {
        // Setup
        let text = "本期下拨补助资金812.\n306万元(其中城区学校401.25万元、农村学校411.056万元)。"
        // Act
        let found = flags(text)
        // Assert
        #expect(found.isEmpty)
    }

    /// Near misses: a line ending in a sentence's full stop written as a dot after a word, or a
    /// whole line of its own, still has its total flagged.
    @Test(arguments: ["本期下拨补助资金如下.\n306万元(其中城区学校401.25万元、农村学校411.056万元)。",
                      "本期下拨补助资金812万元。\n306万元(其中城区学校401.25万元、农村学校411.056万元)。"])
    func a_total_after_a_whole_line_is_still_flagged(text: String) {
        #expect(flags(text).count == 1)
    }
}
