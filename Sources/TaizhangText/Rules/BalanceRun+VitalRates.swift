/// The vital balance of a population, stated as rates: 出生率7.52‰ … 死亡率7.18‰ … 自然增长率0.34‰.
/// The natural growth rate is by definition the birth rate less the death rate (both over the same
/// population), so the three rates of one paragraph make a balance like stock and flow figures
/// (`BalanceRun`): growth = births − deaths. Every statistical bulletin states it this way, in one
/// sentence or across its clauses, in either script (自然增長率 folds to 自然增长率).
///
/// Only agreement is reported: bulletins often compute the three rates from unrounded counts of a
/// sample survey (9.28‰ − 5.56‰ against a stated 3.74‰), so a mismatch beyond the rounding of the
/// figures as written is no proof of an error. Each rate is the first figure after its word (a
/// linking 为/是/达 between); the three share one unit (‰ or %); the birth and death rates stand
/// before the growth rate, the nearest ones taken.
extension BalanceRun {
    static let birthRate = [UInt32](literal: "出生率")
    static let deathRate = [UInt32](literal: "死亡率")
    static let growthRate = [UInt32](literal: "自然增长率")
    /// Words that may link a rate's name to its figure (人口出生率为7.52‰, 死亡率是…, 达…).
    static let linking: ScalarSet = [U.s("为"), U.s("是"), U.s("达"), U.s("了"), U.colon]

    static func vitalRates(_ line: LineText, _ hits: [QuantityHit]) -> [ArithmeticCheck] {
        // A cheap precheck: the growth rate's word (自 and 率 in the line, then the word itself).
        guard hits.count >= 3, line.contains(scalar: U.s("率")), line.contains(scalar: U.s("自")) else { return [] }
        var checks = [ArithmeticCheck]()
        for (index, growth) in hits.enumerated() where named(line, growth, growthRate) {
            guard let birth = hits[..<index].last(where: { named(line, $0, birthRate) }),
                  let death = hits[..<index].last(where: { named(line, $0, deathRate) }),
                  birth.unit == growth.unit, death.unit == growth.unit, growth.unit == "‰" || growth.unit == "%",
                  !birth.isApproximate, !death.isApproximate, !growth.isApproximate else { continue }
            let (b, d, g) = (signed(line, birth), signed(line, death), signed(line, growth))
            let tolerance = [birth, death, growth].reduce(1e-9) { $0 + 0.5 * Sentences.pow10(-$1.number.decimals) }
            guard abs(b - d - g) <= tolerance else { continue }
            let statement = "difference \(Sentences.format(b)) − \(Sentences.format(d)) = \(Sentences.format(b - d))\(growth.unit)"
                + " = natural growth rate \(Sentences.format(g))\(growth.unit) (birth rate less death rate; tolerance ±\(Sentences.format(tolerance)))"
            checks.append(Arithmetic.make(line, "sum", min(birth.start, death.start), growth.end, statement, true))
        }
        return checks
    }

    /// The figure stands right after `word` (at most a linking letter and a sign between).
    static func named(_ line: LineText, _ hit: QuantityHit, _ word: [UInt32]) -> Bool {
        var end = hit.start
        if end > 0, minus(line[end - 1]) { end -= 1 }
        if end > 0, linking.contains(line[end - 1]) { end -= 1 }
        guard end >= word.count else { return false }
        return line.norm[(end - word.count)..<end].elementsEqual(word)
    }

    /// The rate with its sign: a minus or 负 written before the digits (自然增长率-1.16‰).
    static func signed(_ line: LineText, _ hit: QuantityHit) -> Double {
        let magnitude = abs(hit.number.value)
        let negative = hit.number.value < 0 || minus(line[hit.start]) || hit.start > 0 && minus(line[hit.start - 1])
        return negative ? -magnitude : magnitude
    }

    static func minus(_ scalar: UInt32) -> Bool { scalar == 0x2D || scalar == 0x2212 || scalar == U.s("负") || scalar == 0xFF0D }
}
