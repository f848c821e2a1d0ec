import Foundation
import Testing
@testable import TaizhangText

/// Real counts of named items, sums stated after their parts, and near misses that are neither
/// (Tests/Fixtures/probes/xsum22.txt; twenty-eighth pass, xsum22), none from a page of the corpus or
/// the other fixtures: levels named before 两级/四级, lists before 两镇/四个行业/三大支柱, titles before
/// 分列前六名, 前N ranges with their members, a chapter list before 共8章, quarterly payments before
/// their 总金额; near misses such as 三年后, 两位数, “两化”, “三官一律”, 各10名, 等14个. Verdicts were
/// written and committed before the checker read the texts: `ok` the figures agree, `none` a form
/// that must never be flagged. Pages alternate tuning / holdout (`half`).
@Suite struct XSum22ProbeTests {
    /// A count entry is named by a count check of its number; credited when the check names every
    /// member too. Sums and rates are matched by their figures, as in the xsum21 probe.
    static func names(_ check: ArithmeticCheck, _ entry: XPartsProbeTests.Entry, all: Bool) -> Bool {
        guard entry.kind == "count" else { return XSum21ProbeTests.names(check, entry, all: all) }
        guard check.statement.hasPrefix("count check: "),
              XSum21ProbeTests.writes(XSum21ProbeTests.numbers(check.statement), entry.whole) else { return false }
        return !all || entry.parts.allSatisfy { check.statement.contains($0) }
    }

    /// No `wrong` entry in this probe: every verdict but `ok` must stay silent (the shared scorer).
    static func score(half: String? = nil) -> XSum21ProbeTests.Score {
        XSum21ProbeTests.score(XSum21ProbeTests.entries("xsum22"), half: half) { names($0, $1, all: $2) }
    }

    @Test func namedCountsAndLateTotalsAreReadAndNothingElseIsFlagged() throws {
        // Arrange
        #expect(XSum21ProbeTests.entries("xsum22").count >= 60)
        // Act
        let (all, lines) = try XSum21ProbeTests.run("xsum22", dump: "TAIZHANG_XSUM22_DUMP") { Self.score(half: $0) }
        // Assert: no statement an office would be told about wrongly; the floor at this pass's reading
        // (main b4732b8: 11 credited, 0 false flags; docs/checker.md, "Twenty-eighth pass — xsum22").
        #expect(all.falseFlags == 0, "\(lines)")
        #expect(all.credited >= 15, "\(lines)")
    }
}
