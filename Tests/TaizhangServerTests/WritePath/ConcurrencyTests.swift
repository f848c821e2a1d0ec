import Fluent
import Foundation
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

/// Concurrent decisions and edits on one record, on every engine: exactly one succeeds,
/// the others get 409/404/428, never a 5xx, and the history holds no two decisions from
/// the same state. The audit chain stays intact under the race.
extension DatabaseTests {
    @Suite struct ConcurrencyTests {
        static let n = 10

        /// Fires `n` requests at once; their statuses in completion order.
        static func race(_ n: Int = n, _ op: @escaping @Sendable (Int) async throws -> TestingHTTPResponse) async throws -> [HTTPResponseStatus] {
            try await withThrowingTaskGroup(of: HTTPResponseStatus.self) { group in
                for i in 0..<n { group.addTask { try await op(i).status } }
                var out: [HTTPResponseStatus] = []
                for try await s in group { out.append(s) }
                return out
            }
        }

        static func submitted(_ app: Application, _ w: TestWorld) async throws -> Int {
            let staff = try await Caller.login(app, "staff.a")
            _ = try await staff.send(.POST, "/api/entries", json: #"{"unit_id":\#(w.streetA),"category":"activity","title":"演出","date":"2024-06-10","values":[{"indicator":"performances","value":4}]}"#)
            let draft = try await staff.send(.POST, "/api/submissions", json: #"{"unit_id":\#(w.streetA),"plan_id":\#(w.monthlyPlan),"period":"2024M06","narrative":"6月"}"#)
            let id = draft.json["id"] as! Int
            #expect(try await staff.send(.POST, "/api/submissions/\(id)/transitions", json: #"{"action":"submit"}"#).status == .ok)
            return id
        }

        /// No two events leave the same state, and the events chain from draft.
        static func expectCoherentHistory(_ app: Application, submission id: Int) async throws {
            let events = try await SubmissionEventModel.query(on: app.db).filter(\.$submissionID == id).sort(\.$id).all()
            #expect(Set(events.map(\.fromStatus)).count == events.count, "two decisions from one state: \(events.map(\.action))")
            for (a, b) in zip(events, events.dropFirst()) { #expect(a.toStatus == b.fromStatus) }
            let final = try await SubmissionModel.find(id, on: app.db)!
            #expect(events.last?.toStatus == final.status)
        }

        static func expectChainIntact(_ app: Application) async throws {
            let (checked, broken) = try await AuditLog.verify(on: app.db)
            #expect(broken == nil, "\(String(describing: broken))")
            #expect(checked > 0)
        }

        @Test(arguments: Engine.enabled)
        func approveApprove(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                // setup: a submitted report and two leaders of the unit
                try await Bootstrap.addUser(app, username: "leader2.a", displayName: "leader2", password: TestWorld.password,
                                            grants: [RoleGrant(unitID: w.streetA, role: .leader)])
                let id = try await Self.submitted(app, w)
                let leaders = [try await Caller.login(app, "leader.a"), try await Caller.login(app, "leader2.a")]
                // act
                let statuses = try await Self.race { i in
                    try await leaders[i % 2].send(.POST, "/api/submissions/\(id)/transitions", json: #"{"action":"approve"}"#)
                }
                // assert
                #expect(statuses.filter { $0 == .ok }.count == 1, "\(statuses)")
                #expect(statuses.filter { $0 == .conflict }.count == Self.n - 1, "\(statuses)")
                let events = try await SubmissionEventModel.query(on: app.db).filter(\.$submissionID == id).all()
                #expect(events.map(\.action).sorted() == ["approve", "submit"])
                try await Self.expectCoherentHistory(app, submission: id)
                try await Self.expectChainIntact(app)
            }
        }

        @Test(arguments: Engine.enabled)
        func acceptReturn(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                let id = try await Self.submitted(app, w)
                #expect(try await Caller.login(app, "leader.a").send(.POST, "/api/submissions/\(id)/transitions", json: #"{"action":"approve"}"#).status == .ok)
                let supervisor = try await Caller.login(app, "supervisor")
                let statuses = try await Self.race { i in
                    try await supervisor.send(.POST, "/api/submissions/\(id)/transitions",
                                              json: i % 2 == 0 ? #"{"action":"accept"}"# : #"{"action":"return","comment":"请补充"}"#)
                }
                #expect(statuses.filter { $0 == .ok }.count == 1, "\(statuses)")
                #expect(statuses.allSatisfy { $0 == .ok || $0 == .conflict }, "\(statuses)")
                try await Self.expectCoherentHistory(app, submission: id)
            }
        }

        static func entry(_ app: Application, _ w: TestWorld) async throws -> (Caller, Int, Int) {
            let staff = try await Caller.login(app, "staff.a")
            let res = try await staff.send(.POST, "/api/entries", json: #"{"unit_id":\#(w.streetA),"category":"activity","title":"演出","date":"2024-06-10","values":[{"indicator":"performances","value":5}]}"#)
            #expect(res.headers.first(name: .eTag) == "\"1\"")
            return (staff, res.json["id"] as! Int, res.json["version"] as! Int)
        }

        static func edit(_ w: TestWorld, value: Int) -> String {
            #"{"unit_id":\#(w.streetA),"category":"activity","title":"演出","date":"2024-06-10","values":[{"indicator":"performances","value":\#(value)}]}"#
        }

        @Test(arguments: Engine.enabled)
        func editEdit(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                let (staff, id, version) = try await Self.entry(app, w)
                let statuses = try await Self.race { i in
                    try await staff.send(.PUT, "/api/entries/\(id)", json: Self.edit(w, value: 10 + i), headers: ["If-Match": "\"\(version)\""])
                }
                #expect(statuses.filter { $0 == .ok }.count == 1, "\(statuses)")
                #expect(statuses.filter { $0 == .conflict }.count == Self.n - 1, "\(statuses)")
                // A stale edit names what changed; an edit without a version is refused.
                let stale = try await staff.send(.PUT, "/api/entries/\(id)", json: Self.edit(w, value: 99), headers: ["If-Match": "\"1\""])
                #expect(stale.status == .conflict)
                #expect((stale.json["message"] as? String ?? "").contains("values.performances"), "\(stale.body.string)")
                #expect(try await staff.send(.PUT, "/api/entries/\(id)", json: Self.edit(w, value: 99)).status == .preconditionRequired)
                let got = try await staff.get("/api/entries/\(id)")
                #expect(got.headers.first(name: .eTag) == "\"2\"")
                try await Self.expectChainIntact(app)
            }
        }

        @Test(arguments: Engine.enabled)
        func deleteEdit(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                let (staff, id, version) = try await Self.entry(app, w)
                let statuses = try await Self.race { i in
                    i % 2 == 0
                        ? try await staff.send(.DELETE, "/api/entries/\(id)", headers: ["If-Match": "\"\(version)\""])
                        : try await staff.send(.PUT, "/api/entries/\(id)", json: Self.edit(w, value: 7), headers: ["If-Match": "\"\(version)\""])
                }
                #expect(statuses.filter { $0 == .ok || $0 == .noContent }.count == 1, "\(statuses)")
                #expect(statuses.allSatisfy { [.ok, .noContent, .conflict, .notFound].contains($0) }, "\(statuses)")
            }
        }

        @Test(arguments: Engine.enabled)
        func saveSave(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                let staff = try await Caller.login(app, "staff.a")
                let created = try await staff.send(.POST, "/api/summaries", json: #"{"unit_id":\#(w.streetA),"period":"2024H1"}"#)
                #expect(created.status == .created, "\(created.body.string)")
                let id = (created.json["summary"] as? [String: Any])?["id"] as! Int
                let content = created.json["content"] as! [String: Any]
                let block = ((content["blocks"] as? [[String: Any]]) ?? []).compactMap { b -> String? in
                    (b["paragraph"] as? [String: Any])?["id"] as? String ?? (b["id"] as? String)
                }.first ?? "p1"
                let statuses = try await Self.race { i in
                    try await staff.send(.PUT, "/api/summaries/\(id)", json: #"{"base_version":1,"edits":[{"block":"\#(block)","text":"第\#(i)稿"}]}"#)
                }
                #expect(statuses.filter { $0 == .ok }.count == 1, "\(statuses)")
                #expect(statuses.filter { $0 == .conflict }.count == Self.n - 1, "\(statuses)")
                let versions = try await SummaryVersionModel.query(on: app.db).filter(\.$summaryID == id).count()
                #expect(versions == 2)
            }
        }

        @Test(arguments: Engine.enabled)
        func createCreate(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                let staff = try await Caller.login(app, "staff.a")
                let body = #"{"unit_id":\#(w.streetA),"plan_id":\#(w.monthlyPlan),"period":"2024M06","narrative":"6月"}"#
                let statuses = try await Self.race { _ in try await staff.send(.POST, "/api/submissions", json: body) }
                #expect(statuses.filter { $0 == .created }.count == 1, "\(statuses)")
                #expect(statuses.filter { $0 == .conflict }.count == Self.n - 1, "\(statuses)")
                let again = try await staff.send(.POST, "/api/submissions", json: body)
                let existing = try await SubmissionModel.query(on: app.db).first()!.id!
                #expect((again.json["details"] as? [[String: Any]])?.first?["message_en"] as? String == "\(existing)")
            }
        }
    }
}
