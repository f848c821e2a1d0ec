import Foundation
@testable import TaizhangText

/// Every position where `MissingNumberSlots.totals` (a count deleted before its measure word)
/// fires in a set of texts, with its context, for reading by hand (issue #14, missing15): the
/// rule is judged by the reports it makes on real text nobody annotated for it.
enum MissingCountProbe {
    struct Report: CustomStringConvertible {
        var file: String, line: Int, context: String, kept: Bool
        var description: String { "\(kept ? "kept" : "drop") \(file):\(line) \(context)" }
    }

    /// The rule's hits on every line of `lines`; `kept` when the checker's report holds a
    /// missing-number finding on that line (the rule's hit survived the quantity filter).
    static func reports(_ lines: [String], file: String) -> [Report] {
        let report = Checker.check(text: lines.joined(separator: "\n"), path: file)
        let reported = Set(report.findings.filter { $0.kind == .missingNumber }.map(\.line))
        var out = [Report]()
        for (index, text) in lines.enumerated() {
            let line = LineText(number: index + 1, raw: text.unicodeScalars.map(\.value))
            for hit in MissingNumberSlots.totals(line) {
                out.append(Report(file: file, line: index + 1, context: context(line, hit.start, hit.end), kept: reported.contains(index + 1)))
            }
        }
        return out
    }

    /// Sixteen letters either side of the slot, the slot in 【】.
    static func context(_ line: LineText, _ start: Int, _ end: Int) -> String {
        let from = max(0, start - 16), to = min(line.count, end + 16)
        return line.string(from..<start) + "【" + line.string(start..<end) + "】" + line.string(end..<to)
    }

    /// The texts one may read: dev, the seeds, the wild pages, and every .txt under
    /// TAIZHANG_MN_EXTRA (excerpts of real pages gathered for the probe, kept outside the repository).
    static var texts: [(name: String, lines: [String])] {
        var urls = Fixtures.corpus("dev").map(\.text) + Fixtures.seeds
        let wild = Fixtures.root.appendingPathComponent("wild")
        urls += ((try? FileManager.default.contentsOfDirectory(at: wild, includingPropertiesForKeys: nil)) ?? []).filter { $0.pathExtension == "txt" }
        if let extra = ProcessInfo.processInfo.environment["TAIZHANG_MN_EXTRA"] {
            let folder = URL(fileURLWithPath: extra)
            urls += ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []).filter { $0.pathExtension == "txt" }
        }
        return urls.sorted { $0.path < $1.path }.compactMap { url in
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
            let folder = url.deletingLastPathComponent().lastPathComponent
            return ("\(folder)/\(url.lastPathComponent)", text.components(separatedBy: "\n"))
        }
    }
}
