import Foundation
import TaizhangDomain
import Testing

struct AuditTimestampTests {
    /// The hand-written timestamp is exactly what ISO8601DateFormatter (fractional seconds,
    /// UTC) writes, so rows written before and after it look alike.
    @Test func matchesTheFormatter() {
        // setup
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        f.timeZone = TimeZone(identifier: "UTC")
        var rng = SystemRandomNumberGenerator()
        let samples: [TimeInterval] = [0, 0.0004, 0.9996, 59.9995, 86_399.999, 951_782_400, 1_719_972_000.123, 4_102_444_799.999]
            + (0..<500).map { _ in Double.random(in: 0..<4_102_444_800, using: &rng) }
        for t in samples {
            // act
            let ours = AuditChain.timestamp(Date(timeIntervalSince1970: t))
            // assert
            let ms = (t * 1000).rounded() / 1000
            #expect(ours == f.string(from: Date(timeIntervalSince1970: ms)), "\(t)")
        }
        #expect(AuditChain.timestamp(Date(timeIntervalSince1970: 1_719_972_000)) == "2024-07-03T02:00:00.000Z")
    }
}
