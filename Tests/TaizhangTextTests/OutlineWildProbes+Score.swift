@testable import TaizhangText

extension OutlineWildProbes {
    /// A page's numbering and duplicate findings against its gold items (an item is found when
    /// the finding's line holds its text), counted under `split` as found / false / missed and
    /// listed for the misses file — one scorer for outline-wild and outline-wild2.
    static func score(_ report: DocumentReport, _ text: WildProbes.Text, wanted: [(file: String, kind: String, text: String)],
                      split: String, counts: inout [String: Int], listed: inout [String]) {
        var wanted = wanted
        for finding in report.findings where finding.kind == .numbering || finding.kind == .duplicate {
            let kind = finding.kind == .numbering ? "numbering" : "duplicate"
            let line = text.lines[finding.line - 1]
            if let k = wanted.firstIndex(where: { $0.kind == kind && line.contains($0.text) }) {
                wanted.remove(at: k)
                counts["\(split) \(kind) found", default: 0] += 1
                listed.append("true  \(text.name):\(finding.line) \(kind) «\(finding.text.prefix(20))» \(finding.message.prefix(50))")
            } else {
                counts["\(split) \(kind) false", default: 0] += 1
                listed.append("FALSE \(text.name):\(finding.line) \(kind) «\(finding.text.prefix(20))» \(finding.message.prefix(50)) | \(line.prefix(50))")
            }
        }
        for miss in wanted {
            counts["\(split) \(miss.kind) missed", default: 0] += 1
            listed.append("MISSED \(text.name) \(miss.kind) \(miss.text)")
        }
    }
}
