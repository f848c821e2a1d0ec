import Foundation
import Testing
@testable import TaizhangText

/// One line scorer for the chrome-wild2/3/4 samples: each folder holds NNN.txt pages (line 1
/// `source: URL`) and a `gold.txt` of rows `NNN residue R mixed M`. A residue line is found when
/// any boilerplate finding sits on it; a body line (any other line with a letter, mixed lines left
/// out) is taken when one does. Pages after `lastTuning` are the holdout.
enum ChromeWildScore {
    struct Score { var residue = 0, found = 0, body = 0, taken = 0 }

    /// `1-3,7` → {1, 2, 3, 7}; `-` → {}.
    static func numbers(_ field: String) -> Set<Int> {
        var out = Set<Int>()
        for part in field.split(separator: ",") where part != "-" {
            let ends = part.split(separator: "-").compactMap { Int($0) }
            if ends.count == 2 { out.formUnion(ends[0]...ends[1]) } else if let one = ends.first { out.insert(one) }
        }
        return out
    }

    /// Scores every page of `folder`; the listing names each residue line missed and each body
    /// line taken (with the finding's message), for the misses file.
    static func score(folder: URL, lastTuning: String = "025") throws -> (tuning: Score, holdout: Score, pages: Int, listing: [String]) {
        let gold = try String(contentsOf: folder.appendingPathComponent("gold.txt"), encoding: .utf8)
        var tuning = Score(), holdout = Score(), listing: [String] = [], pages = 0
        for row in gold.split(separator: "\n") {
            let fields = row.split(separator: " ").map(String.init)   // NNN residue R mixed M
            let lines = try MetamorphicText.lines(of: folder.appendingPathComponent(fields[0] + ".txt"))
            let residue = numbers(fields[2]), mixed = numbers(fields[4])
            let chrome = WildProbes.check(lines, fields[0]).findings.filter { $0.kind == .boilerplate }
            let reported = Set(chrome.map(\.line))
            let why = Dictionary(chrome.map { ($0.line, $0.messageEn ?? $0.message) }, uniquingKeysWith: { first, _ in first })
            let held = fields[0] > lastTuning
            var score = held ? holdout : tuning
            pages += 1
            for (index, line) in lines.enumerated() where index > 0 {
                let number = index + 1
                guard !mixed.contains(number), line.contains(where: { $0.isLetter }) else { continue }
                if residue.contains(number) {
                    score.residue += 1
                    if reported.contains(number) { score.found += 1 } else { listing.append("\(fields[0]) \(number) missed: \(line.prefix(60))") }
                } else {
                    score.body += 1
                    if reported.contains(number) { score.taken += 1; listing.append("\(fields[0]) \(number) TAKEN [\(why[number] ?? "")]: \(line.prefix(60))") }
                }
            }
            if held { holdout = score } else { tuning = score }
        }
        return (tuning, holdout, pages, listing)
    }

    /// Prints both halves and writes the listing to `$TAIZHANG_ACCURACY_MISSES.<label>.txt`.
    static func report(_ label: String, tuning: Score, holdout: Score, listing: [String]) {
        for (name, s) in [("tuning", tuning), ("holdout", holdout)] {
            let recall = Double(s.found) / Double(max(s.residue, 1))
            let precision = Double(s.found) / Double(max(s.found + s.taken, 1))
            print("Chrome \(label) \(name): residue \(s.found)/\(s.residue) found, recall \(String(format: "%.3f", recall)); body taken \(s.taken)/\(s.body), line precision \(String(format: "%.3f", precision))")
        }
        if let path = ProcessInfo.processInfo.environment["TAIZHANG_ACCURACY_MISSES"] {
            try? listing.joined(separator: "\n").write(to: URL(fileURLWithPath: path + ".chrome-\(label).txt"), atomically: true, encoding: .utf8)
        }
    }
}

extension ChromeWildScore {
    /// The whole run of one chrome-wild test: scores `Fixtures/<name>` (chrome-wild2 … chrome-wild6),
    /// prints both halves under the folder's label (`wild6`) and writes the misses file — the one
    /// body every chrome-wild test shares; the test keeps only its page count and floors.
    static func scoreAndReport(_ name: String, lastTuning: String = "025") throws -> (tuning: Score, holdout: Score, pages: Int) {
        let (tuning, holdout, pages, listing) = try score(folder: Fixtures.root.appendingPathComponent(name), lastTuning: lastTuning)
        report(String(name.dropFirst("chrome-".count)), tuning: tuning, holdout: holdout, listing: listing)
        return (tuning, holdout, pages)
    }
}

extension ChromeWildScore {
    /// A chrome-wild folder's gold counts and floors: residue (and body) lines per half, residue
    /// found at least, body lines taken at most — (tuning, holdout) each.
    struct Expected {
        var pages = 40
        var residue: (Int, Int), body: (Int, Int)? = nil
        var found: (Int, Int), taken: (Int, Int)
    }

    /// `scoreAndReport` and the folder's test held to `expected`: the whole body of a chrome-wild test.
    static func expect(_ name: String, _ expected: Expected) throws {
        let (tuning, holdout, pages) = try scoreAndReport(name)
        try #require(pages == expected.pages, "the \(expected.pages) pages of \(name)")
        #expect(tuning.residue == expected.residue.0 && holdout.residue == expected.residue.1, "the gold's residue lines")
        if let body = expected.body { #expect(tuning.body == body.0 && holdout.body == body.1, "the gold's body lines") }
        #expect(tuning.found >= expected.found.0 && tuning.taken <= expected.taken.0, "tuning: \(tuning)")
        #expect(holdout.found >= expected.found.1 && holdout.taken <= expected.taken.1, "holdout: \(holdout)")
    }
}
