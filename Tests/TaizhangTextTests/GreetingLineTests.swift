import Testing
@testable import TaizhangText

/// A site's greeting line above the text (session 10; seen on a court's, a federation's and a
/// food-safety site's pages of three unseen samples): residue in a short line, not in a sentence.
@Suite struct GreetingLineTests {
    private static func boilerplate(_ text: String) -> [Int] {
        Checker.check(text: text).findings.filter { $0.kind == .boilerplate }.map(\.line)
    }

    @Test(arguments: ["欢迎访问某某县人民法院官方网站,今天是:", "欢迎光临某市妇女网!", "您好,歡迎訪問某某食品安全網!"])
    func aGreetingLineIsResidue(greeting: String) {
        // Setup
        let text = greeting + "\n今年上半年，我院共受理各类案件1200件，审结1100件。"

        // Act
        let lines = GreetingLineTests.boilerplate(text)

        // Assert
        #expect(lines == [1])
    }

    @Test func aSentenceThatWelcomesVisitorsIsText() {
        // Setup
        let text = "上半年，文化站共接待群众3000人次，欢迎访问的群众对活动给予好评，群众满意度进一步提高。"

        // Act
        let lines = GreetingLineTests.boilerplate(text)

        // Assert
        #expect(lines.isEmpty)
    }

    @Test func aHeadlineWithALatinWordBelowTheGreetingIsText() {
        // Setup: greeting, the article's headline (GDP in it), its source row, the body.
        let text = "欢迎访问某市统计信息网\n上半年全市GDP同比增长5.2%(初步核算)\n2023-07-20 来源:市统计局\n"
            + "今年以来，全市经济运行总体平稳，上半年实现地区生产总值1200亿元。"

        // Act
        let lines = GreetingLineTests.boilerplate(text)

        // Assert
        #expect(lines == [1, 3])
    }
}
