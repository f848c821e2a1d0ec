import Foundation
import Testing
@testable import TaizhangText

/// The deleted-count rule on every readable text (dev, seeds, wild pages, and the excerpts
/// under TAIZHANG_MN_EXTRA): its reports written to TAIZHANG_MN_PROBE for reading by hand.
@Suite struct MissingCountProbeTests {
    @Test func everyReportIsListed() throws {
        guard let path = ProcessInfo.processInfo.environment["TAIZHANG_MN_PROBE"] else { return }
        var lines = [String]()
        for text in MissingCountProbe.texts {
            lines += MissingCountProbe.reports(text.lines, file: text.name).map(\.description)
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        print("missing-count probe: \(lines.count) reports → \(path)")
    }
}
