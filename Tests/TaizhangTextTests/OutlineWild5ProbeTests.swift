import Foundation
import Testing
@testable import TaizhangText

/// The outline readers on 34 more real pages nobody had gathered (outline22,
/// Tests/Fixtures/outline-wild5, gold written and committed before the checker read them): forestry,
/// courts, police, fire, environment and federation pages, document-site chunks, one-line
/// extractions, markdown `## 第一节`, a fixed-width gazetteer, collections, a page opening at 四、,
/// a search page of fragments that each open on 一、. None holds a real skip or repeat, so every
/// numbering finding here is a false one. Scored by `OutlineWildProbes.asFound` and `expectEdits`;
/// tuning 001–022 and holdout 023–034 are printed apart.
@Suite struct OutlineWild5ProbeTests {
    static let folder = "outline-wild5"
    static var texts: [WildProbes.Text] { OutlineWildProbes.texts(in: folder, tuning: 22) }

    @Test func findingsAndTopLevelOnThePagesAsFoundMatchTheirGold() {
        // Act
        let counts = OutlineWildProbes.asFound(Self.folder, texts: Self.texts, note: "gold: 0 gaps, 0 repeats, 1 duplicate; 34 top levels")
        // Assert
        #expect(Self.texts.count == 34)
        OutlineWildProbes.expectAsFound(counts, floors: Self.floors, ceilings: Self.ceilings)
    }

    @Test func aDeletedOrRepeatedMarkerIsAGapAndARenumberedListIsNot() {
        OutlineWildProbes.expectEdits(Self.texts, folder: Self.folder, rates: Self.rates, ceilings: Self.ceilings)
    }

    /// Floors and ceilings at this branch's reading (docs/checker.md "Twenty-eighth pass — outline22"):
    /// main (b4732b8) read top levels 18/22 and 9/12 with one false flag on each side — 004's (二)
    /// after a `(-)` (read now: `OutlineTracker+DashedFirst`) and 029's second fragment opening on
    /// 一、 (a search page of excerpts, reported as a repeat; left, held as a disclosed ceiling of 1);
    /// edits found 96/99 and 52/55, no gap invented by a renumbered list. Top level 19/22 with
    /// 018's markdown parts read (`GluedHeadings+Markdown`).
    static let floors: [String: Int] = ["tuning top": 19, "holdout top": 9, "tuning duplicate": 1]
    static let rates: [String: Double] = ["numbering tuning": 0.96, "numbering holdout": 0.94]
    static let ceilings: [String: Int] = ["tuning false": 0, "holdout false": 1, "renumbered invented": 0]
}
