import Testing
@testable import TaizhangText

/// A 其中 clause closed by a semicolon before any part of the total: the figure after the semicolon
/// is the report's next item, not a part (`TotalParts+ClosedClause`, session 23's merge; zi13).
@Suite struct Merge23ClosedClauseTests {
    @Test(arguments: [
        // zi13's form: the 其中 clause breaks down a rate, the next item is another treatment
        "全年开展ECMO支持治疗42例,较2024年增长68%,其中心源性休克患者存活率从65%提升至78%;成功实施床旁血液净化治疗127例。",
        "共开展培训12期,其中线上培训占比达60%;举办专题讲座30期。",
    ])
    func aFigureAfterTheSemicolonIsNoPart(_ text: String) {
        // Act
        let flags = Sum23ExceededTests.sumFlags(text)
        // Assert
        #expect(flags.isEmpty, "\(flags.map(\.statement))")
    }

    @Test(arguments: [
        // the first part inside the 其中 clause: the breakdown is read as before
        "共开展活动50场,其中文艺演出60场;全年接待群众来访300人次。",
        "共开展活动50场,其中文艺演出30场、电影放映25场;全年接待群众来访300人次。",
    ])
    func aPartBeforeTheSemicolonIsStillAdded(_ text: String) {
        // Act
        let flags = Sum23ExceededTests.sumFlags(text)
        // Assert
        #expect(flags.contains { $0.statement.contains("parts exceed the total") }, "\(text)")
    }
}
