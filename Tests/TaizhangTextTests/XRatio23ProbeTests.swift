import Foundation
import Testing
@testable import TaizhangText

/// Real rates, shares, completion rates and growth with the figures they are computed from
/// (Tests/Fixtures/probes/ratio23.txt; twenty-ninth pass, ratio23), none from a page of the corpus or
/// the other fixtures: hotline bulletins, statistics bulletins, budget and investment progress reports,
/// education and population figures. Verdicts were written and committed before the checker read the
/// texts: `ok` the figures agree (rounded, truncated, or within the rounding of rounded figures), `none`
/// a rate whose base the text does not give (must never be flagged). Scored by the xsum21 scorer.
@Suite struct XRatio23ProbeTests {
    static func entries() -> [XPartsProbeTests.Entry] {
        let url = Fixtures.root.appendingPathComponent("probes/ratio23.txt")
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
        "ratio23 probe \(name): ok credited \(score.credited)/\(score.ok), wrong found \(score.found)/\(score.wrong), false flags \(score.falseFlags)"
    }

    @Test func realRatesAreReadAndNothingRightIsFlagged() throws {
        // Arrange
        #expect(Self.entries().count >= 60)
        // Act
        let tuning = Self.score(half: "tuning"), holdout = Self.score(half: "holdout"), all = Self.score()
        let lines = [Self.summary("tuning", tuning), Self.summary("holdout", holdout), Self.summary("all", all)]
        print(lines.joined(separator: "\n"))
        if let path = ProcessInfo.processInfo.environment["TAIZHANG_RATIO23_DUMP"] {
            try (lines + all.lines).joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        // Assert: no statement an office would be told about wrongly; the floor at this pass's reading
        // (main 6e340be: 41 of the 52 first-listed ok credited, 1 false flag — 3 with the two entries
        // added after that run; this pass: 43/53, 0; docs/checker.md, "Twenty-ninth pass — ratio23").
        #expect(all.falseFlags == 0, "\(lines)")
        #expect(all.credited >= 43, "\(lines)")
    }
}
