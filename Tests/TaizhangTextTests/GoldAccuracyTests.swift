import Foundation
import Testing
@testable import TaizhangText

/// Accuracy against the hand-made gold annotations of the three seed summaries.
@Suite struct GoldAccuracyTests {
    @Test func accuracyMeetsTheThresholds() throws {
        // Setup
        let seeds = Fixtures.seeds.map { ($0, Fixtures.gold(for: $0)) }
        try #require(!seeds.isEmpty, "no fixtures found at \(Fixtures.root.path)")

        // Act
        let run = try AccuracyRun(seeds, dropsSourceLine: false)

        // Assert (after printing the table, so a failure still shows the figures)
        print(run.table("Checker accuracy against Tests/Fixtures/gold (seeds)"))
        print("outline top level matching gold per document: \(run.outlineMatches)/\(run.outlineTotal)")
        run.documentLines.forEach { print($0) }
        run.misses.forEach { print("  · \($0)") }
        #expect(run.score("placeholders").recall == 1.0)
        #expect(run.score("placeholders").precision >= 0.95)
        #expect(run.score("missing numbers").recall >= 0.9)
        #expect(run.score("missing numbers").precision >= 0.9)
        #expect(run.score("arithmetic").recall == 1.0)
        #expect(run.contradictions == 0)
        #expect(run.score("numbering gaps").recall == 1.0)
        #expect(run.score("duplicates").recall == 1.0)
        #expect(run.score("boilerplate").recall >= 0.95)
        #expect(run.score("metrics").recall >= 0.95)
    }
}
