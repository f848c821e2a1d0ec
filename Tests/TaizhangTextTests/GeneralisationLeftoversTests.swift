import Testing
@testable import TaizhangText

/// Forms left by the eighth pass (issue #14, ninth pass, arith7): a 、-list after 即/包括/
/// 分别是 that a comma closes before the next clause, digits split by single spaces (a PDF
/// line justified letter by letter), and blanks inside a document number's year brackets.
/// Synthetic sentences; every verdict worked out by hand.
@Suite struct GeneralisationLeftoversTests {
    @Test(arguments: [
        // the next clause holds figures and words of its own
        "局机关由14个科室重组为7个股室,即秘书股(宣传股)、办公室、法律事务股、社区矫正股、调解工作和人民参与管理股、公共法律服务股、纠纷调处股,设14个派出机构即14个乡镇司法所。",
        "全镇建成4个示范点,包括东村、西村、南村、北村,覆盖群众1.2万人。",
        "成立3个工作组,即宣传组、排查组、整改组,分别由分管领导任组长。",
    ])
    func listAfterIntroducerEndsAtItsClause(text: String) {
        // Act
        let checks = Checker.check(text: text).checks

        // Assert
        #expect(checks.contains { check in check.consistent && ["组", "村", "股"].contains { check.statement.contains($0) } })
        #expect(!checks.contains { !$0.consistent })
    }

    @Test func listWithAMemberMissingIsNeitherReadNorFlagged() {
        // Setup: four counted, three named, the clause after the comma is no member.
        let text = "成立4个工作组,即宣传组、排查组、整改组,分别由分管领导任组长。"

        // Act
        let checks = Checker.check(text: text).checks

        // Assert
        #expect(!checks.contains { !$0.consistent })
        #expect(!checks.contains { $0.statement.contains("宣传组") })
    }

    @Test(arguments: [
        ("全年开展活动3 0场。", "3 0场", 30.0),
        ("共接待群众1 2 0 0人次。", "1 2 0 0人次", 1200.0),
        ("共 2 5 个村参加,覆盖率达9 5%。", "9 5%", 95.0),
    ])
    func digitsSplitBySingleSpacesAreOneFigure(text: String, excerpt: String, value: Double) throws {
        // Act
        let quantities = Checker.check(text: text).quantities

        // Assert: the value joined, the excerpt the original text with its spaces.
        let quantity = try #require(quantities.first { $0.text.hasSuffix(excerpt) })
        #expect(quantity.value == value)
    }

    @Test func splitFiguresAddUp() {
        // Setup
        let text = "全年开展活动3 0场,其中文艺演出1 0场、讲座2 0场。"

        // Act
        let checks = Checker.check(text: text).checks

        // Assert
        #expect(checks.contains { $0.consistent && $0.statement.contains("30") })
        #expect(!checks.contains { !$0.consistent })
    }

    @Test(arguments: [
        ("2023 12 各村上报材料。", 202312.0),   // a date set apart by a space
        ("1 2 3项工作全部完成。", 123.0),        // numbered items at the line's start
        ("增长5.1 2个百分点。", 12.0),           // a decimal before the space
        ("得分 9 8 7 分。", 987.0),              // a space before the measure word: a list
    ])
    func spacedNumbersThatAreNoFigureStayApart(text: String, joined: Double) {
        // Act
        let values = Checker.check(text: text).quantities.map(\.value)

        // Assert
        #expect(!values.contains(joined))
    }

    @Test(arguments: ["惠政办发﹝xxxx﹞12号", "县政发〔XXXX〕5号"])
    func blanksInDocumentNumberBracketsArePlaceholders(text: String) {
        // Act
        let findings = Checker.check(text: "根据《关于印发方案的通知》(\(text))要求,开展工作。").findings

        // Assert
        #expect(findings.contains { $0.kind == .placeholder && $0.text.lowercased().contains("xxxx") })
    }

    @Test func filledDocumentNumberIsNoPlaceholder() {
        // Act
        let findings = Checker.check(text: "根据《通知》(县政发〔2023〕12号)要求,开展工作。").findings

        // Assert
        #expect(!findings.contains { $0.kind == .placeholder })
    }
}
