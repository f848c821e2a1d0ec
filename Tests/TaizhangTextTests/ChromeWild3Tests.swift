import Foundation
import Testing
@testable import TaizhangText

/// Site chrome on a third sample of 40 real pages (Tests/Fixtures/chrome-wild3, branch chrome17)
/// from site families the earlier samples lack, scored line by line by `ChromeWildScore` against a
/// hand gold written before any checker run. 001–025 tune, 026–040 are held out.
@Suite struct ChromeWild3Tests {
    static var folder: URL { Fixtures.root.appendingPathComponent("chrome-wild3") }

    @Test func residueOnAThirdSampleIsScoredByLine() throws {
        // Floors at chrome17's reading (main 79bd014: tuning 67 found, 12 taken; holdout 38, 2).
        try ChromeWildScore.expect("chrome-wild3", .init(residue: (81, 45), found: (75, 38), taken: (6, 3)))
    }
}
