import Foundation
import Testing
@testable import TaizhangText

/// The outline readers on 40 more real pages nobody had gathered (outline18,
/// Tests/Fixtures/outline-wild2, gold written before the checker read them): the findings as
/// found against the gold (no real skip on these pages; 019 repeats its preview), the level-1
/// markers the outline gives each page against the hand-read top level (the corpus README's
/// `outline_top_level`), and the metamorphic edits of `OutlineWildProbeTests.injections`.
/// Tuning 001–025 and holdout 026–040 are printed apart.
@Suite struct OutlineWild2ProbeTests {
    static let folder = "outline-wild2"
    static var texts: [WildProbes.Text] { OutlineWildProbes.texts(in: folder, tuning: 25) }
    static func split(_ text: WildProbes.Text) -> String { text.holdout ? "holdout" : "tuning" }

    @Test func findingsAndTopLevelOnThePagesAsFoundMatchTheirGold() {
        // Act
        let counts = OutlineWildProbes.asFound(Self.folder, texts: Self.texts, note: "gold: 0 gaps, 1 repeat; 40 top levels")
        // Assert
        OutlineWildProbes.expectAsFound(counts, floors: Self.floors, ceilings: Self.ceilings)
    }

    @Test func aDeletedOrRepeatedMarkerIsAGapAndARenumberedListIsNot() {
        OutlineWildProbes.expectEdits(Self.texts, folder: Self.folder, rates: Self.rates, ceilings: Self.ceilings)
    }

    /// Floors and ceilings at this branch's reading (docs/checker.md "Twenty-fourth pass — outline18"):
    /// top level 19/25 and 14/15 (main 0d1fee2: 19/25, 13/15); edits found 96/103 and 45/50 (main
    /// 86/103, 45/50); no false flag, no gap invented by a renumbered list.
    static let floors: [String: Int] = ["tuning top": 19, "holdout top": 14]
    static let rates: [String: Double] = ["numbering tuning": 0.93, "numbering holdout": 0.90]
    static let ceilings: [String: Int] = ["tuning false": 0, "holdout false": 0, "renumbered invented": 0]
}
