import Foundation
import Testing
@testable import TaizhangText

/// The chrome the checker reports on the 45 wild pages (Tests/Fixtures/wild; no gold): counted per
/// split and, with TAIZHANG_ACCURACY_MISSES set, listed line by line (`….wild-chrome.txt`), so that
/// a pass can diff the lists before and after and read every new line by hand (twenty-first pass).
/// Without gold nothing here can say right or wrong; the list is read by a person.
@Suite struct WildChromeListTests {
    @Test func chromeOnWildPagesIsListed() throws {
        // Setup
        let texts = WildProbes.texts
        try #require(texts.count == 45, "the 45 wild pages")
        var counts = (tuning: 0, holdout: 0), listing: [String] = []
        // Act
        for text in texts {
            let report = WildProbes.check(text.lines, text.name)
            for finding in report.findings where finding.kind == .boilerplate {
                if text.holdout { counts.holdout += 1 } else { counts.tuning += 1 }
                let line = finding.line - 1 < text.lines.count ? text.lines[finding.line - 1] : ""
                listing.append("\(text.name)\(text.holdout ? " [holdout]" : "") \(finding.line) [\((finding.messageEn ?? finding.message).prefix(40))]: \(line.prefix(70))")
            }
        }
        // Assert
        print("Wild chrome: tuning (001–030) \(counts.tuning) lines, holdout (031–045) \(counts.holdout) lines")
        if let path = ProcessInfo.processInfo.environment["TAIZHANG_ACCURACY_MISSES"] {
            try? listing.joined(separator: "\n").write(to: URL(fileURLWithPath: path + ".wild-chrome.txt"), atomically: true, encoding: .utf8)
        }
    }
}
