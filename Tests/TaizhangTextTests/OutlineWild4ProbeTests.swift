import Foundation
import Testing
@testable import TaizhangText

/// The outline readers on 28 more real pages nobody had gathered (outline21,
/// Tests/Fixtures/outline-wild4, gold written and committed before the checker read them): one-line
/// extractions, chunk counters over inline outlines, lists restarting in every part, points
/// numbered on across parts, paragraph numbers opening at 2., a forum jammer, and two real gaps
/// (004's lost 一、 before 二、, 028's 一、 … 六、). Scored by `OutlineWildProbes.asFound` and
/// `expectEdits`; tuning 001–018 and holdout 019–028 are printed apart.
@Suite struct OutlineWild4ProbeTests {
    static let folder = "outline-wild4"
    static var texts: [WildProbes.Text] { OutlineWildProbes.texts(in: folder, tuning: 18) }

    @Test func findingsAndTopLevelOnThePagesAsFoundMatchTheirGold() {
        // Act
        let counts = OutlineWildProbes.asFound(Self.folder, texts: Self.texts, note: "gold: 2 gaps, 0 repeats; 28 top levels")
        // Assert
        #expect(Self.texts.count == 28)
        OutlineWildProbes.expectAsFound(counts, floors: Self.floors, ceilings: Self.ceilings)
    }

    @Test func aDeletedOrRepeatedMarkerIsAGapAndARenumberedListIsNot() {
        OutlineWildProbes.expectEdits(Self.texts, folder: Self.folder, rates: Self.rates, ceilings: Self.ceilings)
    }

    /// Floors and ceilings at this branch's reading, which is main's (3192654; docs/checker.md
    /// "Twenty-seventh pass — outline21"): top level 16/18 and 8/10; 028's 六、 found, 004's lost 一、
    /// missed; no false flag on the tuning side, 4 on the holdout, held as a ceiling and disclosed —
    /// 021's roman `I.` rows read as the letter I (3) and 028's `5.` (a machine rewrite's 五、 among
    /// 第二/第三/第四); edits found 66/70 and 103/106, no gap invented by a renumbered list.
    static let floors: [String: Int] = ["tuning top": 16, "holdout top": 8, "holdout gap": 1]
    static let rates: [String: Double] = ["numbering tuning": 0.94, "numbering holdout": 0.97]
    static let ceilings: [String: Int] = ["tuning false": 0, "holdout false": 4, "renumbered invented": 0]
}
