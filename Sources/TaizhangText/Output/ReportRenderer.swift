import Foundation

/// Renders reports for people (text) and programs (JSON).
public enum ReportRenderer {
    /// JSON as documented in docs/checker.md: `{"documents":[…]}` with sorted keys.
    public static func json(_ report: CheckReport, pretty: Bool = true) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(report) else { return "{\"documents\":[]}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// Grouped by file and bundled document; each finding as `path:line:column kind message`
    /// followed by the excerpt, then the arithmetic checks that failed.
    public static func text(_ report: CheckReport) -> String {
        var out = ""
        for document in report.documents {
            let counts = Dictionary(grouping: document.findings, by: \.severity).mapValues(\.count)
            out += "== \(document.path) (\(document.encoding), \(document.subdocuments.count) 篇, "
                + "\(counts[.error] ?? 0) 个错误, \(counts[.warning] ?? 0) 个警告)\n"
            let grouped = Dictionary(grouping: document.findings, by: \.document)
            for span in document.subdocuments {
                let findings = grouped[span.index] ?? []
                let failed = document.checks.filter { $0.document == span.index && !$0.consistent }
                if findings.isEmpty && failed.isEmpty { continue }
                if document.subdocuments.count > 1 {
                    out += "-- 第\(span.index)篇 (第\(span.startLine)–\(span.endLine)行)\(span.title.isEmpty ? "" : " " + span.title)\n"
                }
                for finding in findings {
                    out += "\(document.path):\(finding.line):\(finding.column) \(finding.kind.rawValue) \(finding.message)\n"
                    out += "    \(finding.text)\n"
                }
                for check in failed {
                    out += "\(document.path):\(check.line):\(check.column) check \(check.statement)\n    \(check.text)\n"
                }
            }
            if document.findings.isEmpty { out += "未发现问题 / no findings\n" }
        }
        return out
    }
}
