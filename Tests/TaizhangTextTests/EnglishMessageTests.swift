import Foundation
import Testing
@testable import TaizhangText

/// The web app's English pages show `messageEn`: every finding must have one, in English.
struct EnglishMessageTests {
    @Test func everyFindingOfTheSeedsHasAnEnglishMessage() throws {
        var kinds = Set<FindingKind>()
        for seed in Fixtures.seeds {
            for f in try Checker.check(fileAt: seed).findings {
                kinds.insert(f.kind)
                let en = try #require(f.messageEn, "\(seed.lastPathComponent):\(f.line) \(f.message)")
                // Chinese may appear only inside the quoted text the finding points at.
                let outsideQuotes = en.split(separator: "“").map { $0.split(separator: "”", omittingEmptySubsequences: false).last ?? "" }.joined()
                #expect(!outsideQuotes.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "\(en)")
            }
        }
        #expect(kinds.count >= 3)
    }

    @Test func messagesCarryTheirDetails() {
        let f = Checker.check(text: "一、概况\n三、问题\n20xx年我们共举办文艺演出场。").findings
        #expect(f.contains { $0.kind == .numbering && $0.messageEn?.contains("expected “二") == true })
        #expect(f.contains { $0.kind == .placeholder && $0.messageEn?.hasPrefix("Unfilled template placeholder") == true })
    }
}
