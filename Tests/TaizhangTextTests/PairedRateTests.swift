import Testing
@testable import TaizhangText

/// Thirtieth pass (pairratio24): a stated rate no form reader pairs, paired by agreement where the
/// census's precision model accepts it (`Ratios.pairedRate`): the part in the rate's clause or the
/// one before, the whole before it in the rate's sentence or the one before, a decimal, one pair.
@Suite struct PairedRateTests {
    private func paired(_ text: String) throws -> [ArithmeticCheck] {
        try Checker.check(text: text).checks.filter { $0.statement.hasSuffix("(paired)") }
    }

    /// Deaths per live births of the sentence before (例 over 人), records per resident, funds
    /// within the rounding of 11.47亿 (11.465–11.475 of 15 is 76.43–76.50 %).
    @Test(arguments: [
        "全县活产婴儿2856人。全年新生儿死亡11例,新生儿死亡率3.85‰。",
        "辖区常住人口31540人。已为26118名居民建立健康档案,其中规范档案为22406份,规范率为71.0%。",
        "2024年争取目标15亿元,上半年到位资金11.47亿元,占年度目标76.48%。",
    ])
    func aRateIsPairedWithTheOneAgreeingPairBeforeIt(text: String) throws {
        // Act
        let checks = try paired(text)
        // Assert
        #expect(checks.count == 1)
        #expect(checks.allSatisfy { $0.consistent })
    }

    /// Near misses: a whole rate, two pairs of other values that agree, the whole after the
    /// rate, the part three clauses back.
    @Test(arguments: [
        "全县活产婴儿2800人。全年新生儿死亡14例,新生儿死亡率5‰。",
        "全县户籍活产2856人,全市活产5712人。新生儿死亡11例,其中早产22例,新生儿死亡率3.85‰。",
        "全年新生儿死亡11例,新生儿死亡率3.85‰,全县活产婴儿2856人。",
        "全县活产婴儿2856人。新生儿死亡11例,孕产妇死亡0例,产后访视2500人次,新生儿死亡率3.85‰。",
    ])
    func noPairIsReadWhereChanceCouldGiveIt(text: String) throws {
        // Act
        let checks = try paired(text)
        // Assert
        #expect(checks.isEmpty)
    }

    /// A rate no pair gives is not flagged by the pairing: which pair it was meant of is unknown.
    @Test func aRateNoPairGivesIsNotFlaggedByThePairing() throws {
        // Act
        let checks = try Checker.check(text: "全县活产婴儿2856人。全年新生儿死亡11例,新生儿死亡率4.85‰。").checks
        // Assert
        #expect(checks.allSatisfy { $0.consistent })
    }
}
