import Foundation
import Testing
@testable import TaizhangText

/// Wrong sums in the text as written (agree pass): every dev gold sum that adds up
/// (`SumRewrite` parses its comparison) has one part changed in place by a random amount,
/// seeded; the flags over the broken statement are counted against the flags over the
/// intact one. Unlike the rewrite probes the form is the annotated text's own, so this
/// measures how often a real wrong sum in a real phrasing would be caught — and a flag on
/// an intact statement is a false flag (must stay 0 beyond the ones dev already holds).
@Suite struct PerturbedSumTests {
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 11 ^ state
        }
    }

    /// The item's text with one part's figure changed: `up` raises it, else lowers it.
    static func perturbed(_ text: String, _ sum: SumRewrite, up: Bool, _ random: inout Seeded) -> String? {
        guard let totalAt = text.range(of: sum.total.figure) else { return nil }
        let index = Int.random(in: 0..<sum.parts.count, using: &random)
        let part = sum.parts[index]
        // The part's figure after the total (or anywhere, for parts written first), standing alone.
        let after = text.range(of: part.figure, range: totalAt.upperBound..<text.endIndex) ?? text.range(of: part.figure)
        guard let at = after, at != totalAt, !(text[at.upperBound...].first?.isNumber ?? false),
              !(at.lowerBound > text.startIndex && text[text.index(before: at.lowerBound)].isNumber) else { return nil }
        let decimals = part.figure.split(separator: ".").dropFirst().first?.count ?? 0
        let step = pow(10, Double(-decimals))
        let delta = max(step, (Double.random(in: 0.05...0.5, using: &random) * part.value / step).rounded() * step)
        let value = up ? part.value + delta : part.value - delta
        guard value > 0 else { return nil }
        return text.replacingCharacters(in: at, with: String(format: "%.\(decimals)f", value))
    }

    @Test func aPartChangedInPlaceIsFlaggedAndTheIntactSumIsNot() throws {
        // Setup
        var random = Seeded(state: 20)
        var statements = 0, intactFlagged = 0, tried = [true: 0, false: 0], flagged = [true: 0, false: 0]
        // Act
        for (url, goldURL) in Fixtures.corpus("dev") {
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: goldURL))
            let text = try String(contentsOf: url, encoding: .utf8)
            for item in gold.arithmetic where item.consistent && item.kind == "sum" {
                guard let sum = SumRewrite(text: item.text, statement: item.statement), let range = text.range(of: item.text) else { continue }
                statements += 1
                let intact = MetamorphicSumRewriteTests.overlapping(Checker.check(text: text), item.text, in: text)
                if intact.contains(where: { !$0.consistent }) { intactFlagged += 1 }
                for up in [true, false] {
                    guard let broken = Self.perturbed(item.text, sum, up: up, &random) else { continue }
                    let twin = text.replacingCharacters(in: range, with: broken)
                    tried[up, default: 0] += 1
                    let checks = MetamorphicSumRewriteTests.overlapping(Checker.check(text: twin), broken, in: twin)
                    if checks.contains(where: { !$0.consistent }) { flagged[up, default: 0] += 1 }
                }
            }
        }
        // Assert
        print("perturbed sums (dev, \(statements) statements): part raised flagged \(flagged[true]!)/\(tried[true]!), "
              + "part lowered flagged \(flagged[false]!)/\(tried[false]!), intact flagged \(intactFlagged)")
        #expect(statements >= 100)
        #expect(intactFlagged <= Self.intactFlaggedOnDev)
        #expect(flagged[true]! >= Self.raisedFloor && flagged[false]! >= Self.loweredFloor)
    }

    /// Measured when the probe was written (agree pass, 132 statements, seed 20): floors, a
    /// rise is progress. The one intact statement flagged is one of the dev table's four
    /// contradictions (a flag of the form rules; `AgreedSums` never flags). Series z added a
    /// second (lead, session 14): z03's 男性人口57753人,女性人口54882人 under 户籍人口112635人 is
    /// overlapped by the false flag "total 54882人 < 18891 + 19099 + 48951 + 25594" (the age
    /// groups' 分别为 list taken as parts of the figure before it) — a known false flag, left
    /// for the next pass, not a new one. Twenty-first pass (sumshapes): that flag is gone (the
    /// list is read against 户籍人口, the whole its subject names), so the floor is back to 1.
    /// Twenty-second pass (xratio): 2 — za13's section 二 states 38 party members 占人口總數的1.9%
    /// after 人口2200人 (1.73 %); that true ratio flag stands inside the text of the gold sum 38 =
    /// 34 + 4 on the same line, which this test counts as a flagged intact sum.
    /// Twenty-sixth pass (xrate20): 3 — ze07's `秋糧已收獲94.18萬畝.占應收面積142.38萬畝的66.13%` is now
    /// flagged (94.18 / 142.38 = 66.15 %, gold ratio wrong; the `.` stands for a comma): the true ratio
    /// flag starts at 94.18, inside the text of the gold sum 94.18 = 2.11 + … + 67.9 of the same line.
    static let intactFlaggedOnDev = 3
    static let raisedFloor = 24
    static let loweredFloor = 18
}
