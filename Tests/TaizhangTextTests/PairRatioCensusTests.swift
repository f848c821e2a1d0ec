import Foundation
import Testing
@testable import TaizhangText

/// The precision model of a general pairing of stated rates (thirtieth pass, pairratio24):
/// `PairRatioCensus` over dev, its table printed (and, with TAIZHANG_PAIR_CENSUS=/path, every
/// row written to /path). docs/checker.md "Thirtieth pass — pairratio24" reads it.
@Suite struct PairRatioCensusTests {
    @Test func devRatesWithAnAgreeingPair() throws {
        // Setup
        try #require(!Fixtures.corpus("dev").isEmpty)
        // Act
        let rows = try PairRatioCensus.rows(split: "dev")
        let table = PairRatioCensus.table(rows)
        print(table)
        if let path = ProcessInfo.processInfo.environment["TAIZHANG_PAIR_CENSUS"] {
            let lines = rows.map { "\($0.label)\t\($0.read ? "read" : "unread")\t\($0.cell)\t\($0.file):\($0.line)\t\($0.rate)\t\($0.pair)" }
            try (table + "\n\n" + lines.joined(separator: "\n")).write(toFile: path, atomically: true, encoding: .utf8)
        }
        // Assert: the census reaches the rates every reader pairs today.
        #expect(rows.filter { $0.read && $0.label == "gold ok" }.count >= 170)
    }

    /// Verification precision of the reader the census chose (`Ratios.pairedRate`): every pairing it
    /// adds on dev, and whether it overlaps a gold statement (a consistent check outside gold is an
    /// agreement no annotator wrote: each is read by hand and pinned).
    @Test func pairingsOnDevOverlapGold() throws {
        // Setup
        var inside = 0, outside = [String]()
        for (url, text, _, spans) in try Fixtures.arithmeticSpans("dev") {
            // Act
            for check in try Checker.check(text: text).checks where check.statement.hasSuffix("(paired)") {
                if spans.contains(where: { $0.overlaps(line: check.line, column: check.column, length: check.text.count) }) {
                    inside += 1
                } else { outside.append("\(url.lastPathComponent):\(check.line) \(check.statement)") }
            }
        }
        print("paired rates on dev: \(inside) overlap a gold statement, \(outside.count) overlap none \(outside)")
        // Assert
        #expect(inside >= 4)
        #expect(outside.count <= PairRatioCensusTests.outsideRead, "\(outside)")
    }

    /// Pairings on dev outside gold, each read by hand (docs/checker.md, "Thirtieth pass — pairratio24").
    static let outsideRead = 0
}
