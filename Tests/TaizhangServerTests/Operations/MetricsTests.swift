import Foundation
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

extension DatabaseTests {
    /// `GET /metrics` in Prometheus' text format: requests and latency by route pattern,
    /// write transactions, reminders, the pool; closed to scrapers behind a proxy.
    @Suite struct MetricsTests {
        /// Samples of the exposition format: `name{labels} value` per line.
        static func samples(_ text: String) -> [String: Double] {
            var out: [String: Double] = [:]
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                guard let space = line.lastIndex(of: " "), let v = Double(line[line.index(after: space)...]) else { continue }
                out[String(line[..<space])] = v
            }
            return out
        }

        @Test func aScrapeCountsRequestsByRouteAndWrites() async throws {
            try await withApp(.sqlite) { app, w in
                // setup: two entries written, one read by id
                let staff = try await Caller.login(app, "staff.a")
                for title in ["演出一", "演出二"] {
                    let res = try await staff.send(.POST, "/api/entries", json: #"{"unit_id":\#(w.streetA),"category":"activity","title":"\#(title)","date":"2024-06-10"}"#)
                    #expect(res.status == .created)
                }
                _ = try await staff.get("/api/entries/1")
                _ = try await ReminderService.run(app: app, now: frozenNow.addingTimeInterval(3 * 86400))
                // act
                let res = try await app.testing().sendRequest(.GET, "/metrics")
                // assert
                #expect(res.status == .ok)
                #expect(res.headers.contentType?.description.hasPrefix("text/plain") == true)
                let s = Self.samples(res.body.string)
                #expect(s[#"taizhang_http_requests_total{method="POST",route="/api/entries",status="201"}"#] == 2, "\(res.body.string)")
                #expect(s[#"taizhang_http_requests_total{method="GET",route="/api/entries/:id",status="200"}"#] == 1)
                #expect(s[#"taizhang_http_request_duration_seconds_count{method="POST",route="/api/entries",status="201"}"#] == 2)
                #expect((s["taizhang_db_transaction_seconds_count"] ?? 0) >= 2)
                #expect(s["taizhang_db_transactions_in_flight"] == 0)
                #expect((s["taizhang_db_pool_connections_max"] ?? 0) >= 1)
                #expect((s["taizhang_reminders_sent_total"] ?? 0) >= 1, "\(w.notifier.sent.count) sent")
            }
        }

        @Test func aScrapeThroughAProxyNeedsTheToken() async throws {
            try await withApp(.sqlite) { app, _ in
                // act
                let proxied = try await app.testing().sendRequest(.GET, "/metrics", headers: ["X-Forwarded-For": "203.0.113.9"])
                // assert
                #expect(proxied.status == .forbidden)
            }
        }
    }
}
