import Foundation
import Testing
@testable import TaizhangText

/// Repeats on real pages never seen (session 22, dup22): Tests/Fixtures/dup-wild2 holds 21 pages
/// from the search corpus — a town news whose list preview, cut mid-word, repeats the body's
/// opening (the one repeat the searches found) and near misses: titles restated by the lead, a
/// yearbook's entries opening alike, a template title laid out three times, a document title
/// doubled on the first line, a chronicle's 【heading】 restated by its entry, photo captions
/// beside their paragraphs, converted traditional text with glosses and doubled punctuation, a
/// paragraph restating the previous one's announcement, a repost's source row printed twice.
/// Gold by hand, committed before the checker read a page; scored by `DupWildScore`.
@Suite struct DupWild2ProbeTests {
    @Test func unseenPagesReadTheirRepeatAndNearMisses() {
        let pages = DupWildScore.pages(in: "dup-wild2")
        #expect(pages.count == 21)
        #expect(pages.allSatisfy { $0.seconds.count == ($0.name == "001.txt" ? 1 : 0) })
        let table = DupWildScore.score(pages)
        print(DupWildScore.summary("dup-wild2 (unseen real pages)", pages, table))
        MetamorphicText.write(table.values.flatMap(\.notes), tag: "dupwild2")
        // Session 22 (dup22): main b4732b8 and the branch alike — the repeat found (1/1), no false
        // report on the 20 near misses. Floors as measured.
        #expect(table.values.map(\.found).reduce(0, +) >= 1)
        #expect(table.values.map(\.falses).reduce(0, +) == 0)
    }
}
