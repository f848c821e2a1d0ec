import Foundation
import Testing
@testable import TaizhangService

/// Beijing date-times as the export writes them and the pages show them, read back by `Timestamp`.
struct StepTextStampTests {
    @Test func stampsAreBeijingTimeAndReadBack() throws {
        // setup
        let instant = try #require(Timestamp.parse("2026-03-02T01:10:05Z"))
        // act
        let full = StepText.stamp(instant), short = StepText.stamp(instant, seconds: false)
        // assert
        #expect(full == "2026-03-02 09:10:05" && short == "2026-03-02 09:10")
        #expect(Timestamp.parse(full) == instant)
    }
}
