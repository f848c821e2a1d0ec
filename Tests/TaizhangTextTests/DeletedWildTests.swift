import Foundation
import Testing
@testable import TaizhangText

/// The deleted-number flags on real pages nobody tuned on, verdicts written by hand before the checker
/// read a page, scored by `FlagsWildTests`' scorer, tuning and holdout apart:
/// - Tests/Fixtures/deleted-wild (session 21, missing21): eleven dated notices, spaced PDF text, a
///   document site's copy;
/// - Tests/Fixtures/deleted-wild2 (session 22, missing22): eleven pages dense in 年 and 多 words
///   (近年来, 每年, 年味, 许多, 众多, 60多支) — the ordinary text the bare-year and 多-count readers must leave.
@Suite struct DeletedWildTests {
    static let folder = FlagsWildTests.folder.deletingLastPathComponent().appendingPathComponent("deleted-wild")
    static let folder2 = FlagsWildTests.folder.deletingLastPathComponent().appendingPathComponent("deleted-wild2")

    @Test func deletedNumbersOnDatedAndSpacedPagesAreRight() throws {
        try expectNoFalseDeletedNumber(in: Self.folder, pages: 11)
    }

    @Test func deletedNumbersOnPagesDenseInYearAndDuoWordsAreRight() throws {
        try expectNoFalseDeletedNumber(in: Self.folder2, pages: 11)
    }

    private func expectNoFalseDeletedNumber(in folder: URL, pages count: Int) throws {
        let pages = try FlagsWildTests.pages(in: folder)
        let name = folder.lastPathComponent
        #expect(pages.count == count)
        for split in ["tuning", "holdout"] {
            let chosen = pages.filter { $0.split == split }
            let missing = FlagsWildTests.tally(chosen)["missing"] ?? FlagsWildTests.Tally()
            print("\(name) \(split) missing: reported \(missing.reported), true \(missing.right), false \(missing.reported - missing.right); gold \(missing.gold), found \(missing.found)")
            for page in chosen {
                for flag in page.flags where flag.kind == "missing" && !page.gold.contains(where: { FlagsWildTests.same(flag, $0) }) {
                    print("\(name) \(split) false missing \(page.name):\(flag.line):\(flag.from) \(flag.text)")
                }
            }
            // Floor: no false deleted number on either half.
            #expect(missing.reported == missing.right, "\(name) \(split): a false deleted number")
        }
    }
}
