import Foundation
import Testing
@testable import TaizhangText

/// chrome20's probe (Tests/Fixtures/probes/chrome20.txt): real pages in no fixture holding shapes
/// near chrome20's readers (a bare page number at a news page's foot, a statistical table
/// flattened one cell a line, an annual report's running header) and their near misses, verdicts
/// by hand committed before any checker run; scored with chrome17's item reader, the source line
/// blanked.
@Suite struct Chrome20ProbeTests {
    @Test func probeLinesAreReadAsJudgedByHand() throws {
        // Setup / Act: the `source:` line is blanked as the wild pages' tests blank it (a URL row is
        // chrome a page never printed).
        let (pages, residue, found, body, taken) = try Chrome17ProbeTests.scoreAndReport("chrome20.txt", label: "Chrome20")
        try #require(pages == 7, "the probe's 7 pages")
        // Assert
        #expect(residue == 14 && body == 29, "the verdicts' lines")
        // Floors at chrome20's reading: the 12 body lines taken are one page's table flattened one
        // cell a line, taken by main's tag, head and sandwich readers, none by chrome20's.
        #expect(found >= 12 && taken <= 12, "found \(found), taken \(taken)")
    }
}
