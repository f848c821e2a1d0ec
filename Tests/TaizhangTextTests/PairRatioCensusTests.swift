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
}
