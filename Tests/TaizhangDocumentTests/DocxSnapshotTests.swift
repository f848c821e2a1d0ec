import Foundation
import Testing
@testable import TaizhangDocument

/// word/document.xml for the small fixture, compared with the stored snapshot.
/// Regenerate with `SNAPSHOT_RECORD=1 swift test --filter DocxSnapshotTests`.
struct DocxSnapshotTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")

    @Test func documentXMLMatchesSnapshot() throws {
        try assertSnapshot(DocxWriter().documentXML(for: DraftComposer().compose(Fixtures.small)), named: "small-document.xml")
    }

    @Test func stylesXMLMatchesSnapshot() throws {
        try assertSnapshot(DocxWriter().stylesXML(), named: "styles.xml")
    }

    func assertSnapshot(_ actual: String, named name: String) throws {
        let url = Self.directory.appendingPathComponent(name)
        let record = ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1"
        guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            Issue.record("recorded snapshot \(name); run again without SNAPSHOT_RECORD to compare")
            return
        }
        if actual != expected {
            let a = Array(actual), e = Array(expected)
            let at = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
            let context = { (s: [Character]) in String(s[max(0, at - 60)..<min(s.count, at + 60)]) }
            Issue.record("snapshot \(name) differs at character \(at):\n expected …\(context(e))…\n actual   …\(context(a))…")
        }
    }
}
