import Foundation
import Testing
@testable import TaizhangText

/// The deleted-number flags on eleven real pages nobody tuned on (Tests/Fixtures/deleted-wild, session
/// 21, missing21): dated notices, spaced PDF text, a document site's copy — verdicts written by hand
/// before the checker read a page, scored by `FlagsWildTests`' scorer, tuning and holdout apart.
@Suite struct DeletedWildTests {
    static let folder = FlagsWildTests.folder.deletingLastPathComponent().appendingPathComponent("deleted-wild")

    @Test func deletedNumbersOnDatedAndSpacedPagesAreRight() throws {
        let pages = try FlagsWildTests.pages(in: Self.folder)
        #expect(pages.count == 11)
        for split in ["tuning", "holdout"] {
            let chosen = pages.filter { $0.split == split }
            let missing = FlagsWildTests.tally(chosen)["missing"] ?? FlagsWildTests.Tally()
            print("deleted-wild \(split) missing: reported \(missing.reported), true \(missing.right), false \(missing.reported - missing.right); gold \(missing.gold), found \(missing.found)")
            for page in chosen {
                for flag in page.flags where flag.kind == "missing" && !page.gold.contains(where: { FlagsWildTests.same(flag, $0) }) {
                    print("deleted-wild \(split) false missing \(page.name):\(flag.line):\(flag.from) \(flag.text)")
                }
            }
            // Floor: no false deleted number on either half.
            #expect(missing.reported == missing.right, "\(split): a false deleted number")
        }
    }
}
