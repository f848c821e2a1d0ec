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
        // Floors at chrome20's reading: the 12 body lines taken are one page's table flattened one
        // cell a line, taken by main's tag, head and sandwich readers, none by chrome20's.
        try Chrome17ProbeTests.expect("chrome20.txt", label: "Chrome20", pages: 7, residue: 14, body: 29, found: 12, taken: 12)
    }
}
