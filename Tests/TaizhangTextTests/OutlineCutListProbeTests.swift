import Foundation
import Testing
@testable import TaizhangText

/// Five real pages outside every tuned fixture (Tests/Fixtures/probes/outline18, verdicts by hand
/// before the checker read them): pages that open inside a cut list, with or without the
/// parent's next heading, and a list restarted under a label — read against their verdicts
/// (gaps as found, documents, the heading that must be level 1).
@Suite struct OutlineCutListProbeTests {
    struct Verdict { var file: String; var gaps: [String]; var documents: Int; var top: String? }

    static var verdicts: [Verdict] {
        let url = Fixtures.root.appendingPathComponent("probes/outline18/verdicts.txt")
        let rows = ((try? String(contentsOf: url, encoding: .utf8)) ?? "").split(separator: "\n").filter { !$0.hasPrefix("#") }
        return rows.compactMap { row in
            let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 4, let documents = Int(cells[2]) else { return nil }
            return Verdict(file: cells[0], gaps: cells[1] == "none" ? [] : cells[1].split(separator: " ").map(String.init),
                           documents: documents, top: cells[3] == "-" ? nil : cells[3])
        }
    }

    @Test func pagesThatOpenInsideACutListReadAsTheirVerdicts() throws {
        var right = 0, rows: [String] = []
        let verdicts = Self.verdicts
        #expect(verdicts.count == 5)
        for verdict in verdicts {
            let url = Fixtures.root.appendingPathComponent("probes/outline18/" + verdict.file)
            let lines = try MetamorphicText.lines(of: url)
            let report = WildProbes.check(lines, verdict.file)
            let gaps = report.findings.filter { $0.kind == .numbering }.map(\.text)
            let gapsRight = gaps.count == verdict.gaps.count && zip(gaps, verdict.gaps).allSatisfy { $0.hasPrefix($1) }
            let topRight = verdict.top.map { top in report.outline.contains { $0.marker == top && $0.level == 1 } } ?? true
            let ok = gapsRight && report.subdocuments.count == verdict.documents && topRight
            if ok { right += 1 }
            rows.append("\(ok ? "right" : "WRONG") \(verdict.file) gaps \(gaps) documents \(report.subdocuments.count) level 1: \(report.outline.filter { $0.level == 1 }.map(\.marker))")
        }
        print("probes/outline18, read as the verdicts: \(right)/\(verdicts.count)\n" + rows.joined(separator: "\n"))
        #expect(right >= Self.floor)
    }

    /// At this branch's reading (docs/checker.md "Twenty-fourth pass — outline18"): 5/5 (main
    /// 0d1fee2: 3/5 — p1 split into 4 documents at each restarted 1., p5 into 2 at 存在问题;).
    static let floor = 5
}
