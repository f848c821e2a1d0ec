import Foundation
import Testing
@testable import TaizhangText

/// chrome19's probe (Tests/Fixtures/probes/chrome19.txt): real pages in no fixture holding the
/// shapes chrome19 reads (access notes, a keyword chain) and their near misses, verdicts by hand
/// committed before any checker run; scored with chrome17's item reader, the source line blanked.
@Suite struct Chrome19ProbeTests {
    @Test func probeLinesAreReadAsJudgedByHand() throws {
        // Floors at chrome19's reading (readers switched off: 21 found, 8 taken — the spam chain and
        // the news line under it are the readers'; the 8 body lines taken are main's).
        try Chrome17ProbeTests.expect("chrome19.txt", label: "Chrome19", pages: 9, residue: 28, body: 27, found: 23, taken: 8)
    }
}
