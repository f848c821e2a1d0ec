import Fluent
import Foundation
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

extension DatabaseTests {
    @Suite struct EntryTests {
        static let valid = #"{"unit_id":%d,"category":"activity","title":"端午文艺演出进社区","place":"城关社区广场","date":"2024-06-10","values":[{"indicator":"performances","value":3},{"indicator":"audience","value":1200,"qualifier":"余"}]}"#

        @Test(arguments: Engine.enabled)
        func createsEntryWithValuesAndAudit(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                // setup
                let staff = try await Caller.login(app, "staff.a")
                // act
                let res = try await staff.send(.POST, "/api/entries", json: String(format: Self.valid, w.streetA))
                // assert
                #expect(res.status == .created, "\(res.body.string)")
                #expect(res.json["title"] as? String == "端午文艺演出进社区")
                #expect((res.json["values"] as? [[String: Any]])?.count == 2)
                #expect(res.json["source"] as? String == "api")
                let audit = try await AuditEventModel.query(on: app.db).filter(\.$entity == "entry").all()
                #expect(audit.count == 1)
                #expect(audit.first?.changes.contains("端午文艺演出进社区") == true)
            }
        }

        @Test(arguments: Engine.enabled)
        func rejectsBadInputWithClearMessagesAndWritesNothing(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                let staff = try await Caller.login(app, "staff.a")
                let cases: [(String, HTTPStatus, String)] = [
                    ("{not json", .badRequest, "malformed_json"),
                    (#"{"unit_id":\#(w.streetA),"category":"activity","title":"x","date":"2024-06-10","values":[{"indicator":"nope","value":1}]}"#, .unprocessableEntity, "unknown_indicator"),
                    (#"{"unit_id":\#(w.streetA),"category":"activity","title":"x","date":"2024-06-10","values":[{"indicator":"performances","value":-2}]}"#, .unprocessableEntity, "negative_value"),
                    (#"{"unit_id":\#(w.streetA),"category":"activity","title":"x","date":"2024-06-10","values":[{"indicator":"performances","value":2.5}]}"#, .unprocessableEntity, "not_integer"),
                    (#"{"unit_id":\#(w.streetA),"category":"activity","title":"x","date":"2024-02-30"}"#, .badRequest, "invalid_value"),
                    (#"{"unit_id":\#(w.streetA),"category":"party","title":"x","date":"2024-06-10"}"#, .badRequest, "invalid_value"),
                    (#"{"unit_id":\#(w.streetA),"title":"x","date":"2024-06-10"}"#, .badRequest, "missing_field"),
                ]
                for (body, status, code) in cases {
                    let res = try await staff.send(.POST, "/api/entries", json: body)
                    #expect(res.status == status, "\(body) → \(res.body.string)")
                    #expect(res.json["code"] as? String == code, "\(body) → \(res.body.string)")
                    #expect((res.json["message"] as? String)?.isEmpty == false)
                    #expect((res.json["message_en"] as? String)?.isEmpty == false)
                }
                #expect(try await EntryModel.query(on: app.db).count() == 0)
                #expect(try await AuditEventModel.query(on: app.db).filter(\.$entity == "entry").count() == 0)
            }
        }

        @Test(arguments: Engine.enabled)
        func batchIsAllOrNothing(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                let staff = try await Caller.login(app, "staff.a")
                let good = String(format: Self.valid, w.streetA)
                let bad = #"{"unit_id":\#(w.streetA),"category":"activity","title":"x","date":"2024-06-10","values":[{"indicator":"audience","value":-1}]}"#
                let rejected = try await staff.send(.POST, "/api/entries/batch", json: #"{"entries":[\#(good),\#(bad)]}"#)
                #expect(rejected.status == .unprocessableEntity)
                #expect((rejected.json["details"] as? [[String: Any]])?.first?["field"] as? String == "entries[1].values[0].value")
                #expect(try await EntryModel.query(on: app.db).count() == 0)
                let many = Array(repeating: good, count: 250).joined(separator: ",")
                let accepted = try await staff.send(.POST, "/api/entries/batch", json: #"{"entries":[\#(many)]}"#)
                #expect(accepted.status == .created, "\(accepted.body.string.prefix(300))")
                #expect(accepted.json["created"] as? Int == 250)
                #expect(try await EntryValueModel.query(on: app.db).count() == 500)
            }
        }

        @Test func oversizeBodiesAreRefusedWithAClearMessage() async throws {
            try await withApp(.sqlite) { app, w in
                // setup: a 3 MB title, over the 2 MB default limit; a 17 MB batch, over the 16 MB batch limit
                let staff = try await Caller.login(app, "staff.a")
                let huge = String(repeating: "演", count: 1_000_000)
                // act
                // Body limits apply while streaming, so this goes through a real server on loopback.
                var headers: HTTPHeaders = ["Content-Type": "application/json"]
                headers.bearerAuthorization = BearerAuthorization(token: staff.token)
                let live = try app.testing(method: .running(hostname: "127.0.0.1", port: 18_437))
                let single = try await live.sendRequest(.POST, "/api/entries", headers: headers,
                    body: ByteBuffer(string: #"{"unit_id":\#(w.streetA),"category":"other","title":"\#(huge)","date":"2024-06-01"}"#))
                let batch = try await live.sendRequest(.POST, "/api/entries/batch", headers: headers,
                    body: ByteBuffer(string: #"{"entries":[{"unit_id":\#(w.streetA),"category":"other","title":"\#(huge)\#(huge)\#(huge)\#(huge)\#(huge)\#(huge)","date":"2024-06-01"}]}"#))
                // assert
                #expect(single.status == .payloadTooLarge)
                #expect((single.json["message"] as? String)?.hasPrefix("提交的数据过大") == true)
                #expect(batch.status == .payloadTooLarge)
                #expect(try await EntryModel.query(on: app.db).count() == 0)
            }
        }

        @Test(arguments: Engine.enabled)
        func listsFilterByPeriodAndIndicator(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                let staff = try await Caller.login(app, "staff.a")
                for (date, ind) in [("2024-05-02", "performances"), ("2024-06-10", "performances"), ("2024-06-20", "trainees")] {
                    let body = #"{"unit_id":\#(w.streetA),"category":"activity","title":"t","date":"\#(date)","values":[{"indicator":"\#(ind)","value":1}]}"#
                    #expect(try await staff.send(.POST, "/api/entries", json: body).status == .created)
                }
                let june = try await staff.get("/api/entries?unit=\(w.streetA)&period=2024M06")
                #expect(june.json["total"] as? Int == 2)
                let perf = try await staff.get("/api/entries?unit=\(w.streetA)&period=2024Q2&indicator=performances")
                #expect(perf.json["total"] as? Int == 2)
                let badPeriod = try await staff.get("/api/entries?unit=\(w.streetA)&period=2024X9")
                #expect(badPeriod.status == .badRequest)
            }
        }

        @Test(arguments: Engine.enabled)
        func editDeleteAndConfirmAreAudited(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                let staff = try await Caller.login(app, "staff.a")
                let body = #"{"unit_id":\#(w.streetA),"category":"activity","title":"导入的演出","date":"2024-06-10","source":"imported","provenance":{"doc_id":"doc1","span_start":10,"span_end":30},"values":[{"indicator":"performances","value":5}]}"#
                let created = try await staff.send(.POST, "/api/entries", json: body)
                let id = created.json["id"] as! Int
                #expect(created.json["pending"] as? Bool == true)
                let confirmed = try await staff.send(.POST, "/api/entries/\(id)/confirm", json: #"{"confirmer":"村委负责人"}"#)
                #expect(confirmed.json["pending"] as? Bool == false)
                let version = confirmed.json["version"] as! Int
                let moved = try await staff.send(.PUT, "/api/entries/\(id)", json: body.replacingOccurrences(of: "\"unit_id\":\(w.streetA)", with: "\"unit_id\":\(w.streetB)"),
                                                 headers: ["If-Match": "\"\(version)\""])
                #expect(moved.status == .badRequest)
                #expect(try await staff.send(.DELETE, "/api/entries/\(id)").status == .preconditionRequired)
                #expect(try await staff.send(.DELETE, "/api/entries/\(id)", headers: ["If-Match": "\"\(version)\""]).status == .noContent)
                let rows = try await AuditEventModel.query(on: app.db).filter(\.$entity == "entry").sort(\.$id).all()
                #expect(rows.map(\.action) == ["import", "confirm", "delete"])
                // Value-level: the confirmation changed `pending`, the deletion lists the values that went.
                #expect(rows[1].changes.contains(#""field":"pending""#))
                #expect(rows[2].changes.contains(#""field":"values.performances","old":"5""#))
            }
        }
    }
}
