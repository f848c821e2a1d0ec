import Foundation
import Testing
@testable import TaizhangText

/// chrome18's generalisation probe (Tests/Fixtures/probes/chrome18.txt): heads of real pages in
/// no fixture — mastheads above a breadcrumb, and the near misses (a masthead with no breadcrumb
/// under it, titles above their detail rows, short headings) — each with a hand verdict written
/// before the checker read it; read as `Chrome17ProbeTests` reads its own file.
@Suite struct Chrome18ProbeTests {
    @Test func probeLinesAreReadAsJudgedByHand() throws {
        // Setup / Act: the `source:` line is blanked as the wild pages' tests blank it (a URL row is
        // chrome a page never printed).
        let (pages, residue, found, body, taken) = try Chrome17ProbeTests.scoreAndReport("chrome18.txt", label: "Chrome18")
        try #require(pages == 13, "the probe's 13 pages")
        // Assert
        #expect(residue == 39 && body == 33, "the verdicts' lines")
        // Floors at chrome18's reading, the same as main's (0d1fee2): 30 found, 6 taken.
        #expect(found >= 30 && taken <= 6, "found \(found), taken \(taken)")
    }
}
