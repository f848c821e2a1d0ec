import Testing
@testable import TaizhangText

/// Arithmetic statements: totals and parts, shares, growth, 序时进度, named counts.
@Suite struct ArithmeticTests {
    private func verdicts(_ text: String) -> [Bool] {
        Checker.check(text: text).checks.map(\.consistent)
    }

    @Test(arguments: [
        "共开展活动50场,其中文艺演出30场、电影放映25场。",
        "现有文化室12个,其中达标文化室15个。",
        "完成1318万元,占全年任务2355万元的60%。",
        "完成全年任务的56%,超序时进度8个百分点。",
        "地方收入完成51653万元,增加6455万元,增长16.5%。",
        "“四防”(防拐、防盗窃、防抢劫)。",
        "教师1656人(在编在岗教师1306人,离退休教师349人)。",
        "增长19.9%,高于全省平均增幅(11%)7.9个百分点。",
    ])
    func inconsistentStatementsAreFlagged(text: String) {
        // Act
        let found = verdicts(text)
        // Assert
        #expect(found.contains(false))
    }

    @Test(arguments: [
        "共受理行政审批事项4575件,其中:承诺件3901件,即办件674件。",
        "完成全年任务的56%,超序时进度6个百分点。",
        "地方收入完成51653万元,增加6455万元,增长14.28%。",
        "上划中央收入完成12133万元,减少282万元,下降2.27%。",
        "发生矛盾纠纷490件,调处490件,调处率100%。",
        "提出审计建议75 579条,其中已被采纳49 768条,占65.8%。",
        "全面开展了建立居民健康档案、健康教育、免疫规划等3项服务。",
        "在校学生26341人(高中4771人,初中6774人,小学14796人)。",
        "校舍一栋,教室 7 个,守卫室 1 个,办公室 1 个,仓库 1 个,共 10 间。",
        "4月27日和10月21日举办2场。",
        "增长19.9%,高于全省平均增幅(11%)8.9个百分点,高于州市平均增幅(14.5%)5.4个百分点。",
        "总收入67949万元,增加6517万元,增长10.61%。其中:地方收入完成51653万元,增加6455万元;上划中央收入完成12133万元,减少282万元;上划省级收入完成4163万元。",
    ])
    func consistentStatementsAreConfirmed(text: String) {
        // Act
        let found = verdicts(text)
        // Assert
        #expect(!found.isEmpty)
        #expect(!found.contains(false))
    }

    @Test(arguments: [
        "阿娄社区党支部现有党员41名,其中支委成员5名。",
        "医院总收入27923.88万元,其中:财政补助收入160.44万元,医疗收入为27435.73万元,总支出25317.93万元。",
        "全镇共实施项目8个,其中,投资2.4亿元的钢帘线项目已投产。",
    ])
    func subsetsAreNeverFlagged(text: String) {
        #expect(!verdicts(text).contains(false))
    }

    @Test func roundingToleranceIsStated() throws {
        // Act
        let check = try #require(Checker.check(text: "合计投入10.0万元,其中A 3.33万元、B 3.33万元、C 3.33万元。").checks.first)
        // Assert
        #expect(check.consistent)
        #expect(check.statement.contains("tolerance"))
    }
}
