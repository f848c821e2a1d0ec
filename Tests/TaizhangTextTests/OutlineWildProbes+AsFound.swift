import Foundation
import Testing
@testable import TaizhangText

/// The two tests every outline-wild folder from outline-wild2 on runs (outline-wild2, -3, -4 …),
/// written once: the pages as found against their gold, and the metamorphic edits held to rates.
extension OutlineWildProbes {
    /// The findings as found against the folder's gold (`score`), the level-1 markers of each page's
    /// (one) summary against its `top` row, and the documents a page is split into; prints
    /// `<folder> as found (<note>):` and the counts, then the listing, and writes the listing for
    /// the misses file. Counts are keyed by split (`tuning top-level right`, `holdout numbering false`).
    static func asFound(_ folder: String, texts: [WildProbes.Text], note: String) -> [String: Int] {
        var counts = [String: Int](), listed: [String] = []
        let gold = OutlineWildProbes.gold(in: folder)
        for text in texts {
            let report = WildProbes.check(text.lines, text.name)
            let split = text.holdout ? "holdout" : "tuning"
            score(report, text, wanted: gold.filter { $0.file == text.name && $0.kind != "top" },
                  split: split, counts: &counts, listed: &listed)
            // The level-1 markers of the page's (one) summary, in order, as the outline reads them.
            let top = gold.first { $0.file == text.name && $0.kind == "top" }.map { $0.text == "-" ? [] : $0.text.split(separator: " ").map(String.init) } ?? []
            let found = report.outline.filter { $0.document == 1 && $0.level == 1 }.map(\.marker)
            counts["\(split) top-level pages", default: 0] += 1
            if found == top {
                counts["\(split) top-level right", default: 0] += 1
            } else {
                listed.append("TOP   \(text.name) gold [\(top.joined(separator: " "))] read [\(found.joined(separator: " "))]")
            }
            counts["\(split) one document", default: 0] += report.subdocuments.count <= 1 ? 1 : 0
            if report.subdocuments.count > 1 { listed.append("DOCS  \(text.name) \(report.subdocuments.count) documents (gold 1)") }
        }
        print("\(folder) as found (\(note)):\n" + counts.keys.sorted().map { "\($0): \(counts[$0]!)" }.joined(separator: "\n"))
        print(listed.joined(separator: "\n"))
        MetamorphicText.write(listed, tag: "\(folder)-as-found")
        return counts
    }

    /// The false numbering and duplicate findings of one split.
    static func falseFindings(_ counts: [String: Int], _ split: String) -> Int {
        (counts["\(split) numbering false"] ?? 0) + (counts["\(split) duplicate false"] ?? 0)
    }

    /// `asFound`'s counts held to a folder's ceilings (`tuning false`, `holdout false`) and floors
    /// (`tuning top`, `holdout top`, and where a folder sets them `holdout duplicate`, `tuning gap`,
    /// `holdout gap`, … — each `<split> <kind>` floor is that split's `<kind> found`).
    static func expectAsFound(_ counts: [String: Int], floors: [String: Int], ceilings: [String: Int]) {
        #expect(falseFindings(counts, "tuning") <= ceilings["tuning false"]!)
        #expect(falseFindings(counts, "holdout") <= ceilings["holdout false"]!)
        #expect((counts["tuning top-level right"] ?? 0) >= floors["tuning top"]!)
        #expect((counts["holdout top-level right"] ?? 0) >= floors["holdout top"]!)
        for (key, floor) in floors where !key.hasSuffix(" top") {
            let parts = key.split(separator: " ", maxSplits: 1).map(String.init)
            let kind = parts[1] == "gap" ? "numbering" : parts[1]
            #expect((counts["\(parts[0]) \(kind) found"] ?? 0) >= floor, "\(key)")
        }
    }

    /// The metamorphic edits of `OutlineWildProbeTests.injections` on the folder's pages, held to the
    /// rates found per split (`numbering tuning`, `numbering holdout`) and to the gaps a renumbered
    /// list may invent (`renumbered invented`).
    static func expectEdits(_ texts: [WildProbes.Text], folder: String, rates: [String: Double], ceilings: [String: Int]) {
        let run = OutlineWildProbeTests.injections(texts, tag: folder)
        #expect(run.tried.values.reduce(0, +) > 100)
        #expect(WildProbeTests.rate(run.tried, run.held, "tuning") >= rates["numbering tuning"]!)
        #expect(WildProbeTests.rate(run.tried, run.held, "holdout") >= rates["numbering holdout"]!)
        #expect(run.invented.values.reduce(0, +) <= ceilings["renumbered invented"]!)
    }
}
