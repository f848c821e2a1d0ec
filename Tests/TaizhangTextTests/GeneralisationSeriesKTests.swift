import Testing
@testable import TaizhangText

/// Twelfth pass (issue #14, corpus k): statement forms the unseen k series showed the checker
/// misreading or not reading, written here as general shapes — never corpus text.
@Suite struct GeneralisationSeriesKTests {
    private func checks(_ text: String) -> [ArithmeticCheck] {
        Checker.check(text: text).checks
    }

    // MARK: shares of rounded figures

    /// 969万元 of 2180万元 is 44.45%: whole 万元 are rounded, so 44.5% is within their rounding.
    @Test func aShareOfRoundedAmountsAgreesWithinTheirRounding() {
        let found = checks("完成基金收入969万元,占年初预算2180万元的44.5%。")
        #expect(found.count == 1)
        #expect(found.allSatisfy { $0.consistent })
    }

    /// Exact counts keep the strict match (969件 of 2180件 is 44.4%), and an amount far off
    /// its rounding is still an error (1318万元 of 2355万元 is 56%, not 60%).
    @Test func exactCountsAndRealErrorsAreStillFlagged() {
        let counts = checks("受理969件,占全年任务2180件的44.5%。")
        let amounts = checks("完成1318万元,占全年任务2355万元的60%。")
        #expect(counts.map(\.consistent) == [false])
        #expect(amounts.map(\.consistent) == [false])
    }

    /// A figure of one or two significant digits is taken as exact (年度计划1亿元 is a
    /// plan, not 0.5–1.5亿 rounded): 1.2亿元 is 120% of it, not 150%.
    @Test func aRoundPlanIsNoRoundedFigure() {
        let found = checks("完成投资1.2亿元,占年度计划1亿元的150%。")
        #expect(found.map(\.consistent) == [false])
    }

    // MARK: averages are no totals

    /// 单产420公斤/亩,其中水稻单产510公斤/亩: a per-unit measure is an average; a part's
    /// average may exceed the whole's.
    @Test func aPartOfAnAverageMayExceedIt() {
        let found = checks("全市粮食平均单产420公斤/亩,其中水稻单产510公斤/亩。")
        #expect(!found.contains { !$0.consistent })
    }

    /// A plain measure keeps the rule: parts above the total are an error.
    @Test func partsAboveAPlainTotalAreStillAnError() {
        let found = checks("共开展活动50场,其中宣讲30场、培训25场。")
        #expect(found.map(\.consistent) == [false])
    }

    // MARK: 增X / 减X opening a clause

    /// ,增产12.3%: a clause opening with 增 or 减 and one letter states a rate of change.
    @Test func aClauseOpeningWithZengStatesAGrowthRate() {
        let right = checks("全县粮食总产量为26.03万吨,比上年增加2.86万吨,增产12.3%。")
        let wrong = checks("全县粮食总产量为26.03万吨,比上年增加2.86万吨,增产15.3%。")
        #expect(right.filter { $0.kind == "growth" }.map(\.consistent) == [true])
        #expect(wrong.filter { $0.kind == "growth" }.map(\.consistent) == [false])
    }

    /// Not for a count (增设3个窗口 counts what was added) nor inside a word (新增12%).
    @Test func zengBeforeACountOrInsideAWordIsNoRateOfChange() {
        let added = Checker.check(text: "今年增设3个服务窗口。").quantities
        let inside = Checker.check(text: "全年办件量新增长12%。").quantities
        #expect(added.map(\.change) == [nil])
        #expect(inside.map(\.change) == ["increase"])   // 增长 itself, not the 增X rule
    }

    // MARK: 件次 parts of a 件 total

    /// 来信168件,其中转办47件次…: handlings of the letters count the letters (parts above
    /// the total, in the total's sentence, are still an error).
    @Test func handlingsInJianCiArePartsOfATotalInJian() {
        let right = checks("共收到来信168件,同比下降1.5%。其中,转办47件次,本级办理103件次,县区办理18件次。")
        let over = checks("共收到来信168件,其中转办47件次、本级办理153件次。")
        #expect(right.filter { $0.kind == "sum" }.map(\.consistent) == [true])
        #expect(over.filter { $0.kind == "sum" }.map(\.consistent) == [false])
    }

    /// A lone 其中 naming a subset in 件次 is never flagged.
    @Test func aJianCiSubsetIsNeverFlagged() {
        #expect(checks("共收到来信168件。其中,转办47件次。").allSatisfy { $0.consistent })
    }

    // MARK: 前N位 / 前N名 announcing a list

    /// 受理量前5位的单位:A、B、C、D、E: the rank range announces how many follow.
    @Test func aTopRankRangeAnnouncesItsMembers() {
        let found = checks("受理量前5位的单位:甲局、乙局、丙局、丁局、戊局。")
        #expect(found.map(\.consistent) == [true])
        #expect(found.first?.statement.contains("5") == true)
    }

    /// A rank with no list (居全市前3位。), and a list of another length (only agreement
    /// is reported for announced lists): nothing.
    @Test func aRankWithoutItsListIsNoCount() {
        #expect(checks("办件量居全市前3位,群众满意。").isEmpty)
        #expect(checks("受理量前5位的单位:甲局、乙局、丙局、丁局。").isEmpty)
    }

    // MARK: wholes stated earlier, rounded; a line opening with 占

    /// 28.1亿元 of 38.3亿元 stated a paragraph up is 73.37%; 73.5% is within their rounding.
    @Test func anEarlierRoundedWholeAgreesWithinRounding() {
        let found = checks("全市财政收入完成38.3亿元。\n全市税收收入28.1亿元,占财政收入比重为73.5%。")
        #expect(found.contains { $0.kind == "ratio" && $0.consistent && $0.statement.contains("28.1/38.3") })
    }

    /// Exact counts do not stretch: 281件 of 383件 is 73.37%, no agreement with 73.5%. Since the
    /// twentieth pass (ratios) the line's 其中 names 383 the whole (`Ratios.carriedWholes`), so
    /// the share is flagged instead of left unread.
    @Test func earlierExactCountsDoNotStretch() {
        let found = checks("共受理383件。\n其中办结281件,占比为73.5%。")
        #expect(!found.contains { $0.consistent && $0.statement.contains("73.5") })
        #expect(found.contains { !$0.consistent && $0.statement.contains("281/383") })
    }

    /// 民生支出666.1亿元⏎占…支出的70.2%: the share's part is the previous line's last figure.
    @Test func aLineOpeningWithZhanTakesThePreviousFigure() {
        let text = "全省一般公共预算支出\n949.49亿元\n其中民生支出666.1亿元\n占一般公共预算支出的70.2%"
        let found = checks(text)
        #expect(found.contains { $0.kind == "ratio" && $0.consistent && $0.line == 4 })
    }

    /// The carried part is agreement only: a rate it does not give is neither read nor flagged.
    @Test func aCarriedPartNeverFlags() {
        let text = "全省一般公共预算支出\n949.49亿元\n其中民生支出666.1亿元\n占一般公共预算支出的60.2%"
        #expect(checks(text).allSatisfy { $0.consistent })
        #expect(!checks(text).contains { $0.line == 4 })
    }

    // MARK: a denied kind is no deleted count

    /// 均无超时办结件, 没有出现退回件: the clause denies that such things exist; 办结件 is a noun.
    @Test func aDeniedKindIsNoMissingNumber() {
        let text = "本月各窗口均无超时办结件。全年没有出现退回件。"
        #expect(Checker.check(text: text).findings.filter { $0.kind == .missingNumber }.isEmpty)
    }

    /// 无 inside a word (无偿, 无害化) denies nothing: the deleted count is still reported.
    @Test(arguments: [("开展无偿献血活动场。", "场"), ("组织无害化处理培训次。", "次")])
    func 无InsideAWordExcusesNothing(text: String, measure: String) {
        #expect(Checker.check(text: text).findings.filter { $0.kind == .missingNumber }.map(\.text) == [measure])
    }

    /// A denial in another clause does not excuse a bare measure (全年共举办活动次。).
    @Test func aDenialInAnotherClauseExcusesNothing() {
        let text = "工作无一差错,全年共举办文体活动次。"
        #expect(Checker.check(text: text).findings.filter { $0.kind == .missingNumber }.map(\.text) == ["次"])
    }
}
