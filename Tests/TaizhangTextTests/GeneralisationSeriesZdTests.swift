import Testing
@testable import TaizhangText

/// Session 18 (issue #14, zdfix): a chrome shape the unseen zd series showed, written as a
/// general shape — never corpus text — with near misses that must hold either way.
@Suite struct ReporterPairsTests {
    private func chromeLines(_ text: String) -> Set<Int> {
        Set(Checker.check(text: text).findings.filter { $0.kind == .boilerplate }.map(\.line))
    }

    private func page(_ byline: String) -> String {
        """
        全市上半年完成固定资产投资128.6亿元,同比增长6.2%,其中工业投资41.3亿元。
        \(byline)
        下一步,我们将继续加大项目推进力度,确保完成全年目标任务。
        """
    }

    /// A news byline crediting several reporters in one bracket, each a role, a space and a
    /// name, in simplified or traditional characters, is the site's, wherever it stands.
    @Test(arguments: ["(记者 王建华 通讯员 李明)", "(記者 吳宏雄 通訊員 陳昌和)",
                      "(本报记者 张三 通讯员 李四)", "(通讯员 陈道强)"])
    func a_bracket_of_role_and_name_pairs_is_a_byline(byline: String) {
        #expect(chromeLines(page(byline)).contains(2))
    }

    /// Near misses, read by the credit reader alone (a lone bracketed line between paragraphs
    /// is taken by other rules whatever it holds): a role word inside prose, a pair followed
    /// by text, a name run too long for a name.
    @Test(arguments: ["(记者节活动 通讯员培训)", "(记者 王建华 通讯员队伍建设)",
                      "(通讯员 李明参加培训会议)", "(记者 王建华 李明 张三 王五)"])
    func brackets_that_are_not_pairs_are_not_credits(byline: String) {
        let line = LineText(number: 1, raw: Array(byline.unicodeScalars.map(\.value)))
        #expect(BoilerplateRule().reporterCredit(line, 0, line.count) == nil)
    }

    @Test(arguments: ["(记者 王建华 通讯员 李明)", "(記者 吳宏雄 通訊員 陳昌和)", "(通讯员 陈道强)"])
    func the_credit_reader_takes_the_pairs(byline: String) {
        let line = LineText(number: 1, raw: Array(byline.unicodeScalars.map(\.value)))
        #expect(BoilerplateRule().reporterCredit(line, 0, line.count) != nil)
    }
}
