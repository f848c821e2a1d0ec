import Testing
@testable import TaizhangText

/// A rate's unit after a slash is read whole (the corpus keeps compound units whole), and
/// the product rule still reads what the rate is per. Synthetic sentences, values by hand.
@Suite struct CompoundUnitTests {
    @Test(arguments: [
        ("人均可支配收入15800元/人，同比增长7.2%。", "15800元/人", "元/人", 15800.0),
        ("补助标准5万元/床位。", "5万元/床位", "万元/床位", 50000.0),
        ("抽检量达到5.36批次/千人。", "5.36批次/千人", "批次/千人", 5.36),
    ])
    func aCompoundUnitIsReadWhole(text: String, quantity: String, unit: String, normalized: Double) throws {
        // Act
        let quantities = Checker.check(text: text).quantities

        // Assert
        let hit = try #require(quantities.first { $0.text.hasSuffix(quantity) })
        #expect(hit.unit == unit)
        #expect(abs(hit.normalized - normalized) < 1e-9)
    }

    @Test(arguments: ["完成任务的3/5。", "增长12%/年。", "共接待1200人次/月均。"])
    func aSlashWithoutAUnitAfterItIsNoCompound(text: String) {
        // Act
        let quantities = Checker.check(text: text).quantities

        // Assert
        #expect(!quantities.contains { $0.unit.contains("/") && $0.unit.hasSuffix("/") })
        #expect(!quantities.contains { $0.unit == "%/年" })
    }

    @Test func aRatePerPersonStillMakesAProduct() {
        // Setup: 1000 people at 500元 each make 50万元.
        let text = "共发放补贴资金50万元，惠及困难群众1000人，标准为500元/人。"

        // Act
        let checks = Checker.check(text: text).checks

        // Assert
        #expect(checks.contains { $0.consistent && $0.statement.contains("1000 × 500") })
    }
}
