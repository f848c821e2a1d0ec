import Foundation
import Testing
@testable import TaizhangText

/// The outline readers on 40 more real pages nobody had gathered (outline20,
/// Tests/Fixtures/outline-wild3, gold written and committed before the checker read them): the
/// findings as found against the gold (039's site cut (一) → (五); 036 repeats its preview), the level-1
/// markers the outline gives each page against the hand-read top level (the corpus README's
/// `outline_top_level`), and the metamorphic edits of `OutlineWildProbeTests.injections`.
/// Tuning 001–025 and holdout 026–040 are printed apart.
@Suite struct OutlineWild3ProbeTests {
    static let folder = "outline-wild3"
    static var texts: [WildProbes.Text] { OutlineWildProbes.texts(in: folder, tuning: 25) }
    static func split(_ text: WildProbes.Text) -> String { text.holdout ? "holdout" : "tuning" }

    @Test func findingsAndTopLevelOnThePagesAsFoundMatchTheirGold() {
        // Act
        let counts = OutlineWildProbes.asFound(Self.folder, texts: Self.texts, note: "gold: 1 gap, 1 repeat; 40 top levels")
        // Assert
        OutlineWildProbes.expectAsFound(counts, floors: Self.floors, ceilings: Self.ceilings)
    }

    @Test func aDeletedOrRepeatedMarkerIsAGapAndARenumberedListIsNot() {
        OutlineWildProbes.expectEdits(Self.texts, folder: Self.folder, rates: Self.rates, ceilings: Self.ceilings)
    }

    /// Floors and ceilings at this branch's reading (docs/checker.md "Twenty-sixth pass — outline20"):
    /// as found no false flag (main 7839189: 017's run-on (三), 1 false), 036's preview repeat found,
    /// 039's cut (一) → (五) inside one line missed (both); top level 22/25 and 12/15 (main the same);
    /// edits found 70/72 and 93/97 (main 67/69 — 017's edits were not tried while it held a false
    /// flag — and 93/97); a renumbered list invents 2 and 2 gaps (main 0 of fewer tries and 2, 027):
    /// 017 with its (一) deleted and renumbered is 一、(一) 二、(二), a skip by the rules since the second pass.
    static let floors: [String: Int] = ["tuning top": 22, "holdout top": 12, "holdout duplicate": 1]
    static let rates: [String: Double] = ["numbering tuning": 0.97, "numbering holdout": 0.93]
    static let ceilings: [String: Int] = ["tuning false": 0, "holdout false": 0, "renumbered invented": 4]
}
