import Testing

/// Where the accuracy harness places a gold boilerplate string (GoldEvaluation): annotators
/// list each line of residue once, so a string inside a longer gold item names another line,
/// and a string that fills a line names that line.
@Suite struct BoilerplatePlacementTests {
    @Test func titleBesideItsBreadcrumbNamesTheTitleLines() {
        // Setup
        let text = FixtureText("首页 > 半年总结 > 镇上半年工作总结\n\n镇上半年工作总结\n\n简介:为你整理了这篇镇上半年工作总结。\n镇上半年工作总结\n今年以来……")
        let gold = ["首页 > 半年总结 > 镇上半年工作总结", "镇上半年工作总结", "简介:为你整理了这篇镇上半年工作总结。", "镇上半年工作总结"]

        // Act
        let lines = GoldEvaluation.placeBoilerplate(gold, in: text).map(\.0)

        // Assert
        #expect(lines == [1, 3, 5, 6])
    }

    @Test func wholeLinesComeBeforeHeadingsThatHoldTheString() {
        // Setup
        let text = FixtureText("科室工作总结模板\n科室工作总结模板1\n正文……\n科室工作总结模板")
        let gold = ["科室工作总结模板", "科室工作总结模板"]

        // Act
        let lines = GoldEvaluation.placeBoilerplate(gold, in: text).map(\.0)

        // Assert
        #expect(lines == [1, 4])
    }

    @Test func fragmentsFallBackToPlainOccurrences() {
        // Setup
        let text = FixtureText("发布时间:2023-07-01 来源:某某网\n正文……")
        let gold = ["发布时间:2023-07-01", "来源:某某网", "没有这一行"]

        // Act
        let lines = GoldEvaluation.placeBoilerplate(gold, in: text).map(\.0)

        // Assert
        #expect(lines == [1, 1, nil])
    }
}
