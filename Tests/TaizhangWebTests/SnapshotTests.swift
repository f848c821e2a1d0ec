import Foundation
import Testing
import TaizhangDomain

/// The HTML of each page for its fixed model, compared with __Snapshots__/NAME.html.
/// Regenerate with `SNAPSHOT_RECORD=1 swift test --filter SnapshotTests`; set
/// `SNAPSHOT_PREVIEW=/some/dir` to also write the pages there for looking at in a browser.
struct SnapshotTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")

    @Test(arguments: Pages.all.map(\.name))
    func chinese(_ name: String) throws {
        let page = try #require(Pages.all.first { $0.name == name })
        try assertSnapshot(page.render(.zh), named: name + ".html")
    }

    @Test(arguments: Pages.english.sorted())
    func english(_ name: String) throws {
        let page = try #require(Pages.all.first { $0.name == name })
        try assertSnapshot(page.render(.en), named: name + ".en.html")
    }

    func assertSnapshot(_ actual: String, named name: String) throws {
        if let preview = ProcessInfo.processInfo.environment["SNAPSHOT_PREVIEW"] {
            try FileManager.default.createDirectory(atPath: preview, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: URL(fileURLWithPath: preview).appendingPathComponent(name))
        }
        let url = Self.directory.appendingPathComponent(name)
        let record = ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1"
        guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            Issue.record("recorded snapshot \(name); run again without SNAPSHOT_RECORD to compare")
            return
        }
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
            let show = { (s: [Substring]) in s.indices.contains(line) ? String(s[line]) : "<end>" }
            Issue.record("snapshot \(name) differs at line \(line + 1):\n expected: \(show(e))\n actual:   \(show(a))")
        }
    }
}
