import Foundation
import Testing
@testable import TaizhangText

/// Accuracy on real summaries the rules were not written from (Tests/Fixtures/corpus).
/// Rules are tuned on `dev` only; `test` is only ever scored here, and only its figures
/// are printed (never its misses). The thresholds are the levels measured on `test`.
@Suite struct CorpusAccuracyTests {
    /// Minimum recall and precision per category on the test split: the levels measured,
    /// rounded down to two decimals. Raise them as rules improve; the goal is 0.90 everywhere.
    /// Rules never lowered a figure; the corpus growing did, twice: the c series (38 → 48
    /// files) moved placeholders recall 0.928 → 0.911 and boilerplate recall 0.760 → 0.717
    /// for the same rules, and the d series (48 → 60 files, 2026-12-05 session 6) moved
    /// boilerplate recall 0.745 → 0.734 and missing-numbers precision 0.975 → 0.951 for the
    /// same rules (main's rules of 61b7115 score 0.710 and 0.951 on it). Those two are re-set
    /// to the 60-file levels; every other threshold only went up (docs/checker.md, Fourth
    /// pass). Arithmetic: recall 0.736 and no flag at all (precision 1.000), so any wrong
    /// flag now fails; no flag may contradict gold either. Boilerplate (chrome5): 0.793 and
    /// 0.978 with the harness that places a gold string outside longer gold items and on
    /// whole lines first (main's rules read 0.740 and 0.977 with it; docs/checker.md, Sixth pass).
    /// Corpus e (seventh pass): boilerplate recall 0.793 → 0.805, precision 0.978 unchanged.
    /// Arithmetic forms (eighth pass, arith6): arithmetic recall 0.736 → 0.750, still no flag.
    /// Session 10 (series j–n, forms, probes): placeholders 0.956/0.956, metrics 0.953/0.984,
    /// boilerplate 0.852/0.979 — raised to those levels.
    static let thresholds: [String: (recall: Double, precision: Double)] = [
        "placeholders": (0.95, 0.95), "missing numbers": (0.95, 0.96), "doubled qualifiers": (1.0, 1.0),
        "metrics": (0.95, 0.98), "arithmetic": (0.75, 1.0), "numbering gaps": (0.75, 1.0), "duplicates": (0.5, 1.0),
        "boilerplate": (0.85, 0.97),
    ]

    @Test func devSplitIsScored() throws {
        // Setup
        let pairs = Fixtures.corpus("dev")
        try #require(!pairs.isEmpty, "no annotated documents in Tests/Fixtures/corpus/dev")

        // Act
        let run = try AccuracyRun(pairs, dropsSourceLine: true)

        // Assert
        print(run.table("Checker accuracy on Tests/Fixtures/corpus/dev"))
        run.writeMisses(tag: "dev")
        #expect(run.subsetsFlagged == 0)
    }

    @Test func testSplitMeetsTheThresholds() throws {
        // Setup
        let pairs = Fixtures.corpus("test")
        try #require(!pairs.isEmpty, "no annotated documents in Tests/Fixtures/corpus/test")

        // Act
        let run = try AccuracyRun(pairs, dropsSourceLine: true)

        // Assert (figures only: the test split's contents are never printed)
        print(run.table("Checker accuracy on Tests/Fixtures/corpus/test"))
        #expect(run.subsetsFlagged == 0)
        #expect(run.contradictions == 0, "arithmetic flags on statements gold calls consistent")
        for (category, minimum) in CorpusAccuracyTests.thresholds {
            #expect(run.score(category).recall >= minimum.recall, "\(category) recall")
            #expect(run.score(category).precision >= minimum.precision, "\(category) precision")
        }
    }
}
