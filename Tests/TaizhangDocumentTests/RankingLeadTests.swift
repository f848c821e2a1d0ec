import Testing
@testable import TaizhangDocument

/// The lead sentence of a roll-up's ranking (从…看，…居首，…次之；…相对较少).
@Suite struct RankingLeadTests {
    func lead(_ values: [(String, Double)]) throws -> String {
        var input = Fixtures.small
        input.rankings = [RankingInput(title: "各社区图书借阅情况", indicator: "图书借阅册次", subject: "图书借阅", measureWord: "册次",
                                       rows: values.map { RankingRow(unitName: $0.0, value: $0.1, refs: [.entry($0.0)]) })]
        return try #require(DraftComposer().compose(input).block(id: "ranking-1-lead")).plainText
    }

    @Test func theUnitWithTheLeastIsNotTheOneNamedSecond() throws {
        // Setup / act: three of five units at work, so the third is both 次之 and the last at work.
        let text = try lead([("东社区", 300), ("南社区", 200), ("西社区", 100), ("北社区", 0), ("中社区", 0)])

        // Assert
        #expect(text.contains("南社区、西社区次之"))
        #expect(!text.contains("相对较少"))
    }

    @Test func theUnitWithTheLeastIsNamedWhenNotNamedBefore() throws {
        // Setup / act
        let text = try lead([("东社区", 300), ("南社区", 200), ("西社区", 100), ("北社区", 50), ("中社区", 0)])

        // Assert
        #expect(text.contains("北社区相对较少（50册次）"))
        #expect(text.contains("中社区暂未开展"))
    }
}
