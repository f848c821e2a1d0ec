import Foundation
import Testing
@testable import TaizhangText

/// Site chrome on a seventh sample of 31 real pages (Tests/Fixtures/chrome-wild7, branch chrome21)
/// chosen for the residue families series zf left: photo captions with the photographer's credit,
/// bylines on their own lines, related-news lists with `- ·` bullets, image file names and the desk's
/// credit rows, beside pages whose short body lines must stay. Scored line by line by
/// `ChromeWildScore` against a hand gold committed before any checker run. 001–020 tune, 021–031
/// are held out.
@Suite struct ChromeWild7Tests {
    static var folder: URL { Fixtures.root.appendingPathComponent("chrome-wild7") }

    @Test func residueOnASeventhSampleIsScoredByLine() throws {
        // Setup / Act
        let (tuning, holdout, pages, listing) = try ChromeWildScore.score(folder: Self.folder, lastTuning: "020")
        try #require(pages == 31, "the 31 pages of chrome-wild7")
        // Assert
        ChromeWildScore.report("wild7", tuning: tuning, holdout: holdout, listing: listing)
        #expect(tuning.residue == 59 && holdout.residue == 23, "the gold's residue lines")
        #expect(tuning.body == 71 && holdout.body == 18, "the gold's body lines")
        // Floors at chrome21's reading (main 3192654: tuning 40 found, 4 taken; holdout 12, 0): the
        // captions, byline rows, image file names and related links found; a caption opens no footer.
        #expect(tuning.found >= 48 && tuning.taken <= 4, "tuning: \(tuning)")
        #expect(holdout.found >= 15 && holdout.taken <= 0, "holdout: \(holdout)")
    }
}
