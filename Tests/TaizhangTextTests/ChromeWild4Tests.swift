import Foundation
import Testing
@testable import TaizhangText

/// Site chrome on a fourth sample of 40 real pages (Tests/Fixtures/chrome-wild4, branch chrome18)
/// from site families none of the earlier samples holds, scored line by line by
/// `ChromeWildScore` against a hand gold committed before any checker run. 001–025 tune, 026–040
/// are held out.
@Suite struct ChromeWild4Tests {
    static var folder: URL { Fixtures.root.appendingPathComponent("chrome-wild4") }

    @Test func residueOnAFourthSampleIsScoredByLine() throws {
        // Floors at chrome18's reading (main 0d1fee2: tuning 70 found, 0 taken; holdout 20, 8).
        try ChromeWildScore.expect("chrome-wild4", .init(residue: (80, 23), found: (72, 20), taken: (0, 8)))
    }
}
