import Foundation
import Testing
@testable import TaizhangText

/// Site chrome on 40 fresh real pages (Tests/Fixtures/chrome-wild2, branch chrome16) scored line by
/// line against a hand gold written before any checker run: residue lines reported (any
/// boilerplate finding on the line) or missed, and body lines taken. Mixed lines (text with residue
/// glued to it) and lines without a letter are left out. 001–025 tune, 026–040 are held out.
@Suite struct ChromeWild2Tests {
    struct Page { var name: String; var lines: [String]; var residue: Set<Int>; var mixed: Set<Int> }
    struct Score { var residue = 0, found = 0, body = 0, taken = 0 }

    static var folder: URL { Fixtures.root.appendingPathComponent("chrome-wild2") }

    /// `1-3,7` → {1, 2, 3, 7}; `-` → {}.
    static func numbers(_ field: String) -> Set<Int> {
        var out = Set<Int>()
        for part in field.split(separator: ",") where part != "-" {
            let ends = part.split(separator: "-").compactMap { Int($0) }
            if ends.count == 2 { out.formUnion(ends[0]...ends[1]) } else if let one = ends.first { out.insert(one) }
        }
        return out
    }

    static func pages() throws -> [Page] {
        let gold = try String(contentsOf: folder.appendingPathComponent("gold.txt"), encoding: .utf8)
        return try gold.split(separator: "\n").map { row in
            let fields = row.split(separator: " ").map(String.init)   // NNN residue R mixed M
            let lines = try MetamorphicText.lines(of: folder.appendingPathComponent(fields[0] + ".txt"))
            return Page(name: fields[0], lines: lines, residue: numbers(fields[2]), mixed: numbers(fields[4]))
        }
    }

    @Test func residueOnFreshPagesIsScoredByLine() throws {
        // Setup
        let pages = try Self.pages()
        try #require(pages.count == 40, "the 40 pages of chrome-wild2")
        var tuning = Score(), holdout = Score(), listing: [String] = []
        // Act
        for page in pages {
            let report = WildProbes.check(page.lines, page.name)
            let chrome = report.findings.filter { $0.kind == .boilerplate }
            let reported = Set(chrome.map(\.line))
            let why = Dictionary(chrome.map { ($0.line, $0.messageEn ?? $0.message) }, uniquingKeysWith: { first, _ in first })
            let held = page.name > "025"
            var score = held ? holdout : tuning
            for (index, line) in page.lines.enumerated() where index > 0 {
                let number = index + 1
                guard !page.mixed.contains(number), line.contains(where: { $0.isLetter }) else { continue }
                if page.residue.contains(number) {
                    score.residue += 1
                    if reported.contains(number) { score.found += 1 } else { listing.append("\(page.name) \(number) missed: \(line.prefix(60))") }
                } else {
                    score.body += 1
                    if reported.contains(number) { score.taken += 1; listing.append("\(page.name) \(number) TAKEN [\(why[number] ?? "")]: \(line.prefix(60))") }
                }
            }
            if held { holdout = score } else { tuning = score }
        }
        // Assert
        for (name, s) in [("tuning (001–025)", tuning), ("holdout (026–040)", holdout)] {
            let recall = Double(s.found) / Double(max(s.residue, 1))
            let precision = Double(s.found) / Double(max(s.found + s.taken, 1))
            print("Chrome wild2 \(name): residue \(s.found)/\(s.residue) found, recall \(String(format: "%.3f", recall)); body taken \(s.taken)/\(s.body), line precision \(String(format: "%.3f", precision))")
        }
        if let path = ProcessInfo.processInfo.environment["TAIZHANG_ACCURACY_MISSES"] {
            try? listing.joined(separator: "\n").write(to: URL(fileURLWithPath: path + ".chrome-wild2.txt"), atomically: true, encoding: .utf8)
        }
        #expect(tuning.residue == 129 && holdout.residue == 88, "the gold's residue lines")
        // Floors at chrome16's reading (main df22dbc: tuning 107 found, 11 taken; holdout 74, 7).
        #expect(tuning.found >= 113 && tuning.taken <= 2, "tuning: \(tuning)")
        #expect(holdout.found >= 76 && holdout.taken <= 7, "holdout: \(holdout)")
    }
}
