import Foundation

/// The probe files under Tests/Fixtures/probes that hold `## URL` blocks: the excerpt as found,
/// then `check: verdict | anchor | note` lines, each a statement judged by hand. Read once here
/// for every probe suite that uses the format (xratio, xbalance).
enum ProbeFile {
    struct Check {
        let url: String, text: String, verdict: String, anchor: String, note: String
    }

    static func checks(_ name: String) throws -> [Check] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/probes/\(name)")
        let blocks = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n## ").dropFirst()
        return blocks.flatMap { block -> [Check] in
            let lines = block.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let checks = lines.dropFirst().filter { $0.hasPrefix("check: ") }
            let text = lines.dropFirst().filter { !$0.hasPrefix("check: ") }.joined(separator: "\n")
            return checks.map { line in
                let fields = line.dropFirst("check: ".count).components(separatedBy: " | ")
                return Check(url: lines[0], text: text, verdict: fields[0], anchor: fields[1], note: fields[2])
            }
        }
    }
}
