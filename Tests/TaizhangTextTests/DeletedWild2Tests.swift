import Foundation
import Testing
@testable import TaizhangText

/// The deleted-number flags on eleven real pages dense in 年 and 多 words (Tests/Fixtures/deleted-wild2,
/// session 22, missing22): culture-service and square-dance news, simplified and converted — the
/// ordinary text the bare-year and 多-count readers must leave. Verdicts by hand, committed before
/// the checker read a page; scored by `FlagsWildTests`' scorer, tuning and holdout apart.
@Suite struct DeletedWild2Tests {
    static let folder = FlagsWildTests.folder.deletingLastPathComponent().appendingPathComponent("deleted-wild2")

    @Test func deletedNumbersOnPagesDenseInYearAndDuoWordsAreRight() throws {
        let pages = try FlagsWildTests.pages(in: Self.folder)
        #expect(pages.count == 11)
        for split in ["tuning", "holdout"] {
            let chosen = pages.filter { $0.split == split }
            let missing = FlagsWildTests.tally(chosen)["missing"] ?? FlagsWildTests.Tally()
            print("deleted-wild2 \(split) missing: reported \(missing.reported), true \(missing.right), false \(missing.reported - missing.right); gold \(missing.gold), found \(missing.found)")
            for page in chosen {
                for flag in page.flags where flag.kind == "missing" && !page.gold.contains(where: { FlagsWildTests.same(flag, $0) }) {
                    print("deleted-wild2 \(split) false missing \(page.name):\(flag.line):\(flag.from) \(flag.text)")
                }
            }
            // Floor: no false deleted number on either half.
            #expect(missing.reported == missing.right, "\(split): a false deleted number")
        }
    }
}
