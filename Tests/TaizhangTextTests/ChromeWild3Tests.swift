import Foundation
import Testing
@testable import TaizhangText

/// Site chrome on a third sample of 40 real pages (Tests/Fixtures/chrome-wild3, branch chrome17)
/// from site families the earlier samples lack, scored line by line against a hand gold written
/// before any checker run, as `ChromeWild2Tests` scores chrome-wild2. 001–025 tune, 026–040 are
/// held out.
@Suite struct ChromeWild3Tests {
    typealias Score = ChromeWild2Tests.Score

    static var folder: URL { Fixtures.root.appendingPathComponent("chrome-wild3") }

    /// Scores every page; the listing names each residue line missed and each body line taken.
    static func score() throws -> (tuning: Score, holdout: Score, listing: [String]) {
        let gold = try String(contentsOf: folder.appendingPathComponent("gold.txt"), encoding: .utf8)
        var tuning = Score(), holdout = Score(), listing: [String] = []
        for row in gold.split(separator: "\n") {
            let fields = row.split(separator: " ").map(String.init)   // NNN residue R mixed M
            let lines = try MetamorphicText.lines(of: folder.appendingPathComponent(fields[0] + ".txt"))
            let residue = ChromeWild2Tests.numbers(fields[2]), mixed = ChromeWild2Tests.numbers(fields[4])
            let chrome = WildProbes.check(lines, fields[0]).findings.filter { $0.kind == .boilerplate }
            let reported = Set(chrome.map(\.line))
            let why = Dictionary(chrome.map { ($0.line, $0.messageEn ?? $0.message) }, uniquingKeysWith: { first, _ in first })
            let held = fields[0] > "025"
            var score = held ? holdout : tuning
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
        return (tuning, holdout, listing)
    }

    @Test func residueOnAThirdSampleIsScoredByLine() throws {
        // Setup / Act
        let (tuning, holdout, listing) = try Self.score()
        // Assert
        for (name, s) in [("tuning (001–025)", tuning), ("holdout (026–040)", holdout)] {
            let recall = Double(s.found) / Double(max(s.residue, 1))
            let precision = Double(s.found) / Double(max(s.found + s.taken, 1))
            print("Chrome wild3 \(name): residue \(s.found)/\(s.residue) found, recall \(String(format: "%.3f", recall)); body taken \(s.taken)/\(s.body), line precision \(String(format: "%.3f", precision))")
        }
        if let path = ProcessInfo.processInfo.environment["TAIZHANG_ACCURACY_MISSES"] {
            try? listing.joined(separator: "\n").write(to: URL(fileURLWithPath: path + ".chrome-wild3.txt"), atomically: true, encoding: .utf8)
        }
        #expect(tuning.residue == 81 && holdout.residue == 45, "the gold's residue lines")
        // Floors at chrome17's reading (main 79bd014: tuning 67 found, 12 taken; holdout 38, 2).
        #expect(tuning.found >= 75 && tuning.taken <= 6, "tuning: \(tuning)")
        #expect(holdout.found >= 38 && holdout.taken <= 3, "holdout: \(holdout)")
    }
}
