import Foundation
import Testing
@testable import TaizhangText

/// chrome18's generalisation probe (Tests/Fixtures/probes/chrome18.txt): heads of real pages in
/// no fixture — mastheads above a breadcrumb, and the near misses (a masthead with no breadcrumb
/// under it, titles above their detail rows, short headings) — each with a hand verdict written
/// before the checker read it; read as `Chrome17ProbeTests` reads its own file.
@Suite struct Chrome18ProbeTests {
    @Test func probeLinesAreReadAsJudgedByHand() throws {
        // Floors at chrome18's reading, the same as main's (0d1fee2): 30 found, 6 taken.
        try Chrome17ProbeTests.expect("chrome18.txt", label: "Chrome18", pages: 13, residue: 39, body: 33, found: 30, taken: 6)
    }
}
