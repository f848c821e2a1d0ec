import Foundation
import Testing
@testable import TaizhangText

/// Totals and their parts from pages none of the fixtures hold (Tests/Fixtures/probes/sum23.txt;
/// twenty-ninth pass, sum23): health and training statistics, budget revenue, proposal reports,
/// civil-affairs bulletins and township population figures, in simplified, converted and glossed
/// characters — wholes broken down after 其中 with rates and shares between the parts, in the next
/// sentence or paragraph, or named by 总人口中 / 立案提案中; one real wrong total (a training total
/// whose third part lost digits); near misses that must stay silent: subsets after 其中, examples
/// after 在…中, a month's payment beside a running total. Verdicts were written and committed before
/// the checker read the texts: `ok` the figures agree, `wrong` they do not, `none` no statement to
/// flag. Pages alternate tuning / holdout (`half`). Scored as the xsum21 probe (`XSum21ProbeTests.names`).
@Suite struct Sum23ProbeTests {
    static func entries() -> [XPartsProbeTests.Entry] {
        let url = Fixtures.root.appendingPathComponent("probes/sum23.txt")
        guard let content = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return XPartsProbeTests.parse(content)
    }

    static func score(half: String? = nil) -> XSum21ProbeTests.Score {
        var score = XSum21ProbeTests.Score()
        for entry in entries() where half == nil || entry.half == half {
            let checks = Checker.check(text: entry.text).checks
            let flags = checks.filter { !$0.consistent && XSum21ProbeTests.names($0, entry, all: false) }
            let read = checks.contains { $0.consistent && XSum21ProbeTests.names($0, entry, all: true) }
            let verdict: String
            switch entry.verdict {
            case "ok":
                score.ok += 1
                if read && flags.isEmpty { score.credited += 1 }
                if !flags.isEmpty { score.falseFlags += 1 }
                verdict = !flags.isEmpty ? "FALSE   " : read ? "credited" : "missed  "
            case "wrong":
                score.wrong += 1
                if !flags.isEmpty { score.found += 1 }
                verdict = flags.isEmpty ? "unfound " : "FOUND   "
            default:
                if !flags.isEmpty { score.falseFlags += 1 }
                verdict = flags.isEmpty ? "silent  " : "FALSE   "
            }
            score.lines.append("\(verdict) [\(entry.half) \(entry.verdict) \(entry.kind)] \(entry.whole) ~ \(entry.parts.joined(separator: " | ")) — \(entry.note) "
                               + checks.map { "{\($0.consistent ? "ok" : "FLAG") \($0.kind): \($0.statement)}" }.joined() + " \(entry.source)")
        }
        return score
    }

    static func summary(_ name: String, _ score: XSum21ProbeTests.Score) -> String {
        "sum23 probe \(name): ok credited \(score.credited)/\(score.ok), wrong found \(score.found)/\(score.wrong), false flags \(score.falseFlags)"
    }

    @Test func totalsAndPartsAreReadAndNothingElseIsFlagged() throws {
        // Arrange
        #expect(Self.entries().count >= 40)
        // Act
        let tuning = Self.score(half: "tuning"), holdout = Self.score(half: "holdout"), all = Self.score()
        let lines = [Self.summary("tuning", tuning), Self.summary("holdout", holdout), Self.summary("all", all)]
        print(lines.joined(separator: "\n"))
        if let path = ProcessInfo.processInfo.environment["TAIZHANG_SUM23_DUMP"] {
            try (lines + all.lines).joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        // Assert: floors at main's reading (main 6e340be: 26 of 31 credited, the wrong total not
        // found, one flag; docs/checker.md, "Twenty-ninth pass — sum23"). The one flag is a ratio
        // on a `none` sum entry — 549 of 1862 written 29.49%, which is 29.48% — counted by the shared
        // scorer (any inconsistent check naming the whole) and disclosed there, not a sum flag.
        #expect(all.falseFlags <= 1, "\(lines)")
        #expect(all.credited >= 26, "\(lines)")
    }
}
