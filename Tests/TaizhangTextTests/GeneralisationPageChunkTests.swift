import Testing
@testable import TaizhangText

/// Website chrome rules of issue #14's third pass, on synthetic text (no corpus text).
@Suite struct GeneralisationPageChunkTests {
    private static let body = String(repeating: "社区组织居民开展环境整治活动,清理卫生死角。", count: 4)

    private func chrome(_ text: String) -> [String] {
        Checker.check(text: text).findings.filter { $0.kind == .boilerplate }.map(\.text)
    }

    @Test func pageChunkNumbersAfterASiteBannerAreChrome() {
        // Setup: a page signed "1、-优质文档-" that cuts its chunks mid-word (街 / 道).
        let text = "1、-优质文档- 工作总结\(Self.body)街\n2、道办事处\(Self.body)健\n3、身路径\(Self.body)"
        // Act
        let found = chrome(text)
        // Assert
        #expect(found == ["1、-优质文档-", "2、", "3、"])
    }

    @Test(arguments: [
        "1、-优质文档- 工作总结\(body)\n2、道办事处\(body)",                         // the chunk before ends its sentence
        "工作总结\(body)街\n2、道办事处\(body)",                                   // no banner opened the chunks
        "1、-优质文档- 工作总结\(body)街\n3、道办事处\(body)",                       // not the next number
        "1、-优质文档- 工作总结\(body)街\n2、道办事处",                             // a short item, not a chunk
    ])
    func numberedItemsThatAreNotChunksStayText(text: String) {
        #expect(chrome(text).filter { $0 != "1、-优质文档-" }.isEmpty)
    }

    @Test(arguments: ["1、-加强学习-,提高认识,开展各类活动12次。", "1、-加强学习-提高认识,开展各类活动12次。"])
    func hyphensInsideTextAreNotABanner(text: String) {
        #expect(chrome(text).isEmpty)
    }
}
