import Foundation
import Testing
@testable import TaizhangText

/// Site chrome on an eighth sample of 27 real pages (Tests/Fixtures/chrome-wild8, branch chrome22)
/// chosen for the residue series zg left and the credit convention of session 22: credits on their
/// own line (signatures after a dash, a unit and a name in brackets, the desk's rows), captions closed
/// by a credit, a paper's edition line, beside newspaper titles and sub-headings that must stay.
/// Scored line by line by `ChromeWildScore` against a hand gold committed before any checker run
/// (11a56bd). 001–018 tune, 019–027 are held out.
@Suite struct ChromeWild8Tests {
    static var folder: URL { Fixtures.root.appendingPathComponent("chrome-wild8") }

    @Test func residueOnAnEighthSampleIsScoredByLine() throws {
        // Setup / Act
        let (tuning, holdout, pages, listing) = try ChromeWildScore.score(folder: Self.folder, lastTuning: "018")
        try #require(pages == 27, "the 27 pages of chrome-wild8")
        // Assert
        ChromeWildScore.report("wild8", tuning: tuning, holdout: holdout, listing: listing)
        #expect(tuning.residue == 69 && holdout.residue == 18, "the gold's residue lines")
        #expect(tuning.body == 45 && holdout.body == 22, "the gold's body lines")
        // Floors at chrome22's reading (main b4732b8: tuning 40 found, 1 taken; holdout 14, 1): the
        // 〈…攝〉 captions found; the body lines taken are main's (011's title, 019's 小编 in a sentence).
        #expect(tuning.found >= 43 && tuning.taken <= 1, "tuning: \(tuning)")
        #expect(holdout.found >= 14 && holdout.taken <= 1, "holdout: \(holdout)")
    }
}
