import Testing
@testable import TaizhangText

/// Forms left by the eighth pass (issue #14, ninth pass, arith7): a 、-list after 即/包括/
/// 分别是 that a comma closes before the next clause, digits split by single spaces (a PDF
/// line justified letter by letter), blanks inside a document number's year brackets, a
/// completion rate whose target comes after it, and a growth whose amount follows 达到 with
/// its base in the next clause.
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

    @Test(arguments: [
        ("全年完成固定资产投资5.3亿元,完成率106%,目标为5亿元。", "ratio"),
        ("全年完成固定资产投资4.75亿元,完成率95%,年度目标为5亿元。", "ratio"),
        ("游客接待量同比增长25%,达到5000人次,去年同期为4000人次。", "growth"),
        ("财政收入增长12%,达到560万元,上年为500万元。", "growth"),
        ("来访人数下降20%,达到400人,去年同期为500人。", "growth"),
    ])
    func figuresNamedAfterTheRateAgree(text: String, prefix: String) {
        // Act
        let checks = Checker.check(text: text).checks.filter { $0.statement.hasPrefix(prefix) }

        // Assert
        #expect(!checks.isEmpty)
        #expect(!checks.contains { !$0.consistent })
    }

    @Test(arguments: [
        "全年完成固定资产投资5.3亿元,完成率120%,目标为5亿元。",     // 106%
        "全年完成固定资产投资4.5亿元,完成率95%,年度目标为5亿元。",   // 90%
        "游客接待量同比增长12%,达到5000人次,去年同期为4000人次。",  // 25%
    ])
    func mismatchesWithFiguresAfterTheRateAreNotFlagged(text: String) {
        // Act
        let checks = Checker.check(text: text).checks

        // Assert: agreement only — a figure after the rate may be the next indicator's.
        #expect(!checks.contains { !$0.consistent })
    }

    @Test(arguments: [
        "完成率106%,目标为5亿元。",                                    // no amount done
        "全年完成投资5.3亿元,完成率120%,年度计划5亿元,市下达目标6亿元。", // two targets
        "营业收入增长12%,达到560万元,上年同期增长8%。",               // the next figure is a rate
        "营业收入增长12%,达到560万元,比上年增加60万元。",             // … an increment
        "营业收入增长约12%,达到570万元,上年为500万元。",              // an approximate rate
        "营业收入增长12%,达到560万元;上年为500万元的企业有3家。",      // past a ;
    ])
    func unsureFiguresAfterTheRateAreNeitherReadNorFlagged(text: String) {
        // Act
        let checks = Checker.check(text: text).checks

        // Assert
        #expect(!checks.contains { !$0.consistent })
        #expect(!checks.contains { $0.statement.contains("120") || $0.statement.contains("(the amount and base after the rate)") })
    }
}
