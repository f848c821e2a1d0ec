import Foundation
import Testing
@testable import TaizhangText

/// Real stated rates with the figures they are computed from (Tests/Fixtures/probes/pairratio24.txt;
/// thirtieth pass, pairratio24), from pages outside the corpus and every fixture: a statistics bulletin,
/// court and procuratorate statistics, a population news item. Verdicts were written and committed
/// before the checker read the texts. Scored by the xsum21 scorer.
@Suite struct PairRatio24ProbeTests {
    @Test func realRatesAreReadAndNothingRightIsFlagged() throws {
        // Arrange
        #expect(XSum21ProbeTests.entries("pairratio24").count >= 17)
        // Act
        let (all, lines) = try XSum21ProbeTests.run("pairratio24", dump: "TAIZHANG_PAIRRATIO24_DUMP") { XSum21ProbeTests.score(XSum21ProbeTests.entries("pairratio24"), half: $0) }
        // Assert: the floor at this pass's reading (docs/checker.md, "Thirtieth pass — pairratio24"). One
        // false flag is main's and left (disclosed): `countRate` reads 逮捕25人,不捕24人,不捕率为48.98% as 24/25,
        // the complementary count taken for the base; the pairing adds none.
        #expect(all.falseFlags <= 1, "\(lines)")
        #expect(all.credited >= PairRatio24ProbeTests.creditedFloor, "\(lines)")
    }

    static let creditedFloor = 4
}
