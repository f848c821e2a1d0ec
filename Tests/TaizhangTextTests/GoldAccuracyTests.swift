import Foundation
import Testing
@testable import TaizhangText

/// Accuracy against the hand-made gold annotations; prints the table of figures.
@Suite struct GoldAccuracyTests {
    @Test func accuracyMeetsTheThresholds() throws {
        // Setup
        let seeds = Fixtures.seeds
        try #require(!seeds.isEmpty, "no fixtures found at \(Fixtures.root.path)")
        var total: [String: AccuracyScore] = [:]
        var misses: [String] = []
        var contradictions = 0
        var documentLines: [String] = []
        var outlineMatches = 0, outlineTotal = 0

        // Act
        for seed in seeds {
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: Fixtures.gold(for: seed)))
            let report = try Checker.check(fileAt: seed)
            let text = try String(contentsOf: seed, encoding: .utf8)
            let evaluation = GoldEvaluation(report: report, gold: gold, text: FixtureText(text))
            for (category, score) in evaluation.scores { total[category, default: AccuracyScore()] += score }
            misses += evaluation.misses.map { "\(seed.lastPathComponent): \($0)" }
            contradictions += evaluation.arithmeticContradictions
            documentLines.append("\(seed.lastPathComponent): documents gold \(evaluation.documents.gold), found \(evaluation.documents.found)")
            outlineMatches += evaluation.outlineMatches
            outlineTotal += gold.outline_top_level.count
        }

        // Assert (after printing the table, so a failure still shows the figures)
        print("Checker accuracy against Tests/Fixtures/gold")
        print("category         gold  found  recall  precision")
        for category in ["placeholders", "missing numbers", "metrics", "arithmetic", "numbering gaps", "duplicates", "boilerplate"] {
            let s = total[category] ?? AccuracyScore()
            print(category.padding(toLength: 16, withPad: " ", startingAt: 0),
                  String(format: "%4d  %5d  %6.3f  %9.3f", s.gold, s.found, s.recall, s.precision))
        }
        print("arithmetic contradictions (inconsistent where gold says consistent): \(contradictions)")
        print("outline top level matching gold per document: \(outlineMatches)/\(outlineTotal)")
        documentLines.forEach { print($0) }
        misses.forEach { print("  · \($0)") }

        let score = { (name: String) in total[name] ?? AccuracyScore() }
        #expect(score("placeholders").recall == 1.0)
        #expect(score("placeholders").precision >= 0.95)
        #expect(score("missing numbers").recall >= 0.9)
        #expect(score("missing numbers").precision >= 0.9)
        #expect(score("arithmetic").recall == 1.0)
        #expect(contradictions == 0)
        #expect(score("numbering gaps").recall == 1.0)
        #expect(score("duplicates").recall == 1.0)
        #expect(score("boilerplate").recall >= 0.95)
        #expect(score("metrics").recall >= 0.95)
    }
}
