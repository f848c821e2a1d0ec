import Fluent
import Foundation
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

extension DatabaseTests {
    /// An accepted period's entries refuse edits until a supervisor reopens the period;
    /// a third-party confirmation is never the creator's own.
    @Suite struct PeriodLockTests {
        @Test(arguments: Engine.enabled)
        func acceptedPeriodLocksItsEntriesUntilReopened(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                // setup: a June entry, the June report accepted
                let staff = try await Caller.login(app, "staff.a"), supervisor = try await Caller.login(app, "supervisor")
                let entry = try await staff.send(.POST, "/api/entries", json: ConcurrencyTests.edit(w, value: 5))
                let id = entry.json["id"] as! Int
                let sid = try await ConcurrencyTests.submitted(app, w)
                _ = try await Caller.login(app, "leader.a").send(.POST, "/api/submissions/\(sid)/transitions", json: #"{"action":"approve"}"#)
                #expect(try await supervisor.send(.POST, "/api/submissions/\(sid)/transitions", json: #"{"action":"accept"}"#).status == .ok)
                // act: edit, delete, add an entry in June
                let edit = try await staff.send(.PUT, "/api/entries/\(id)", json: ConcurrencyTests.edit(w, value: 50), headers: ["If-Match": "\"1\""])
                let delete = try await staff.send(.DELETE, "/api/entries/\(id)", headers: ["If-Match": "\"1\""])
                let add = try await staff.send(.POST, "/api/entries", json: ConcurrencyTests.edit(w, value: 1))
                let july = try await staff.send(.POST, "/api/entries", json: ConcurrencyTests.edit(w, value: 1).replacingOccurrences(of: "2024-06-10", with: "2024-07-01"))
                // assert: June is locked with a clear message, July is not
                #expect(edit.status == .conflict)
                #expect(edit.json["code"] as? String == "period_locked")
                #expect((edit.json["message"] as? String ?? "").contains("已被上级采纳"))
                #expect(delete.status == .conflict && add.status == .conflict)
                #expect(july.status == .created)
                // act: the supervisor reopens June with a reason; the unit's staff cannot
                #expect(try await staff.send(.POST, "/api/units/\(w.streetA)/reopen", json: #"{"period":"2024M06","reason":"补录"}"#).status == .forbidden)
                #expect(try await supervisor.send(.POST, "/api/units/\(w.streetA)/reopen", json: #"{"period":"2024M06","reason":""}"#).status == .badRequest)
                #expect(try await supervisor.send(.POST, "/api/units/\(w.streetA)/reopen", json: #"{"period":"2024M06","reason":"补录遗漏的演出"}"#).status == .noContent)
                let after = try await staff.send(.PUT, "/api/entries/\(id)", json: ConcurrencyTests.edit(w, value: 50), headers: ["If-Match": "\"1\""])
                #expect(after.status == .ok, "\(after.body.string)")
                let reopen = try await AuditEventModel.query(on: app.db).filter(\.$action == "reopen_period").first()
                #expect(reopen?.period == "2024M06" && reopen?.changes.contains("补录遗漏的演出") == true)
            }
        }

        @Test(arguments: Engine.enabled)
        func theCreatorCannotConfirmHerOwnEntry(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                try await Bootstrap.addUser(app, username: "confirmer.a1", displayName: "村委主任", password: TestWorld.password,
                                            grants: [RoleGrant(unitID: w.communityA1, role: .confirmer)])
                let staff = try await Caller.login(app, "staff.a1")
                let body = #"{"unit_id":\#(w.communityA1),"category":"activity","title":"公益电影放映","date":"2024-06-12","confirmation_required":true,"values":[{"indicator":"film_screenings","value":1}]}"#
                let created = try await staff.send(.POST, "/api/entries", json: body)
                #expect(created.status == .created, "\(created.body.string)")
                let id = created.json["id"] as! Int
                #expect(created.json["pending"] as? Bool == true)
                // act
                let own = try await staff.send(.POST, "/api/entries/\(id)/confirm")
                let other = try await Caller.login(app, "staff.b").send(.POST, "/api/entries/\(id)/confirm")
                let confirmer = try await Caller.login(app, "confirmer.a1").send(.POST, "/api/entries/\(id)/confirm")
                // assert
                #expect(own.status == .forbidden)
                #expect(own.json["code"] as? String == "own_entry_confirmation")
                #expect(other.status == .forbidden)
                #expect(confirmer.status == .ok, "\(confirmer.body.string)")
                #expect(confirmer.json["confirmer"] as? String == "村委主任")
                #expect(confirmer.json["confirmed_by"] as? Int != nil && confirmer.json["confirmed_at"] != nil)
            }
        }
    }
}
