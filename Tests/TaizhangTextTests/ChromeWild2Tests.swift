import Foundation
import Testing
@testable import TaizhangText

/// Site chrome on 40 fresh real pages (Tests/Fixtures/chrome-wild2, branch chrome16) scored line by
/// line against a hand gold written before any checker run: residue lines reported (any
/// boilerplate finding on the line) or missed, and body lines taken. Mixed lines (text with residue
/// glued to it) and lines without a letter are left out. 001–025 tune, 026–040 are held out.
@Suite struct ChromeWild2Tests {
    static var folder: URL { Fixtures.root.appendingPathComponent("chrome-wild2") }

    @Test func residueOnFreshPagesIsScoredByLine() throws {
        // Setup / Act
        let (tuning, holdout, pages) = try ChromeWildScore.scoreAndReport("chrome-wild2")
        try #require(pages == 40, "the 40 pages of chrome-wild2")
        // Assert
        #expect(tuning.residue == 129 && holdout.residue == 88, "the gold's residue lines")
        // Floors at chrome16's reading (main df22dbc: tuning 107 found, 11 taken; holdout 74, 7).
        #expect(tuning.found >= 113 && tuning.taken <= 2, "tuning: \(tuning)")
        #expect(holdout.found >= 76 && holdout.taken <= 7, "holdout: \(holdout)")
    }
}
