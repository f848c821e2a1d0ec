/// Puts each finding back into the text where it was found: the text line by line,
/// each finding a `<mark data-finding="N">` around the characters it points at.
enum Highlighter {
    struct Span: Equatable {
        let start: Int
        let end: Int
        let index: Int
    }

    /// The character range of each finding in its line. When the finding's text is not
    /// at its column (findings that quote an excerpt), the mark runs to the line's end.
    /// Overlaps are trimmed so marks never nest; a finding left with nothing is only listed.
    static func spans(line: [Character], findings: [(index: Int, finding: CheckerPage.Finding)]) -> [Span] {
        var out: [Span] = []
        var claimed = 0
        for (index, f) in findings.sorted(by: { ($0.finding.column, $0.index) < ($1.finding.column, $1.index) }) {
            let start = max(0, min(line.count, f.column - 1))
            let wanted = Array(f.text)
            let fits = start + wanted.count <= line.count && Array(line[start..<start + wanted.count]) == wanted && !wanted.isEmpty
            let end = fits ? start + wanted.count : line.count
            let from = max(start, claimed)
            guard from < end else { continue }
            out.append(Span(start: from, end: end, index: index))
            claimed = end
        }
        return out
    }

    static func render(_ result: CheckerPage.Result, _ t: Loc) -> Node {
        var byLine: [Int: [(index: Int, finding: CheckerPage.Finding)]] = [:]
        for (i, f) in result.findings.enumerated() { byLine[f.line, default: []].append((i + 1, f)) }
        let lines = result.text.split(separator: "\n", omittingEmptySubsequences: false)
        return div(.class("tz-checked-text"), .lang("zh-CN")) {
            for (n, raw) in lines.enumerated() {
                let chars = Array(raw.hasSuffix("\r") ? raw.dropLast() : raw)
                div(.class("tz-line"), .id("line-\(n + 1)")) {
                    span(.class("tz-lineno"), .aria("hidden", "true")) { String(n + 1) }
                    span(.class("tz-line-text")) { segments(chars, spans(line: chars, findings: byLine[n + 1] ?? []), result.findings) }
                }
            }
        }
    }

    private static func segments(_ chars: [Character], _ spans: [Span], _ findings: [CheckerPage.Finding]) -> [Node] {
        var nodes: [Node] = []
        var cursor = 0
        for s in spans {
            if s.start > cursor { nodes.append(.text(String(chars[cursor..<s.start]))) }
            let f = findings[s.index - 1]
            nodes.append(mark(.class("tz-find tz-sev-" + f.severity.rawValue), .id("find-\(s.index)"),
                              .data("finding", String(s.index)), .title(f.message)) {
                String(chars[s.start..<s.end])
                el("sup", [.class("tz-find-no")]) { a(.href("#explain-\(s.index)")) { String(s.index) } }
            })
            cursor = s.end
        }
        if cursor < chars.count { nodes.append(.text(String(chars[cursor...]))) }
        return nodes
    }
}
