import Fluent
import Foundation
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

extension DatabaseTests {
    /// The attacks of issue #12, each as it was tried, with the answer it gets now.
    @Suite struct SecurityTests {
        /// A supervisor whose scope is street A only (the bureau's supervisor sees everything).
        static func streetSupervisor(_ app: Application, _ w: TestWorld) async throws -> Caller {
            try await Bootstrap.addUser(app, username: "supervisor.a", displayName: "街道管理员", password: TestWorld.password,
                                        grants: [RoleGrant(unitID: w.streetA, role: .supervisor)])
            return try await Caller.login(app, "supervisor.a")
        }

        @Test(arguments: Engine.enabled)
        func aStreetSupervisorCannotChangeWhatEveryUnitShares(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                let supervisor = try await Self.streetSupervisor(app, w)
                let plan = #"{"id":0,"name":"改","report_type":"work_update","period_kind":"month","applies_to":{"kinds":["street"],"flags":[]},"due_rule":{"day_of_next_month":5},"remind_days_before":3}"#
                let rule = #"{"id":0,"name":"拦截","left":{"indicator":"performances"},"op":">=","right":{"constant":1000},"severity":"block","message":"x"}"#

                let put = try await supervisor.send(.PUT, "/api/plans/\(w.monthlyPlan)", json: plan)
                let post = try await supervisor.send(.POST, "/api/plans", json: plan)
                let addRule = try await supervisor.send(.POST, "/api/validation-rules", json: rule)
                let reminders = try await supervisor.send(.POST, "/api/reminders/run")

                #expect(put.status == .forbidden)
                #expect(post.status == .forbidden)
                #expect(addRule.status == .forbidden)
                #expect(reminders.status == .ok)
                #expect(try await PlanModel.find(w.monthlyPlan, on: app.db)?.domain?.name == "工作动态")
            }
        }

        @Test(arguments: Engine.enabled)
        func aStreetSupervisorCannotDetachOrMoveHerStreet(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                let supervisor = try await Self.streetSupervisor(app, w)

                let detach = try await supervisor.send(.PUT, "/api/units/\(w.streetA)", json: #"{"kind":"street","name":"城关街道"}"#)
                let move = try await supervisor.send(.PUT, "/api/units/\(w.streetA)", json: #"{"parent_id":\#(w.streetB),"kind":"street","name":"城关街道"}"#)
                let rename = try await supervisor.send(.PUT, "/api/units/\(w.streetA)", json: #"{"parent_id":\#(w.bureau),"kind":"street","name":"城关街道办事处"}"#)
                let root = try await supervisor.send(.POST, "/api/units", json: #"{"kind":"street","name":"新街道"}"#)

                #expect(detach.status == .forbidden)
                #expect(detach.json["code"] as? String == "unit_root_fixed")
                #expect(move.status == .forbidden)
                #expect(rename.status == .ok)
                #expect(root.status == .forbidden)
                #expect(try await UnitModel.find(w.streetA, on: app.db)?.domain.parentID == w.bureau)
                let district = try await Caller.login(app, "supervisor")
                #expect(try await district.get("/api/units").jsonArray.count == 5)
            }
        }

        @Test(arguments: Engine.enabled)
        func onlyAdminsAndSupervisorsCreateUsersAndNeverWithoutRoles(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                let staff = try await Caller.login(app, "staff.a")
                let supervisor = try await Self.streetSupervisor(app, w)
                func user(_ name: String, _ roles: String) -> String {
                    #"{"username":"\#(name)","display_name":"x","password":"Gongzuo-Tai-2024","roles":\#(roles)}"#
                }

                let empty = try await staff.send(.POST, "/api/users", json: user("ghost", "[]"))
                let own = try await staff.send(.POST, "/api/users", json: user("ghost2", #"[{"unit_id":\#(w.streetA),"role":"staff"}]"#))
                let supervisorEmpty = try await supervisor.send(.POST, "/api/users", json: user("ghost3", "[]"))
                let admin = try await supervisor.send(.POST, "/api/users", json: user("ghost4", #"[{"unit_id":\#(w.streetA),"role":"admin"}]"#))
                let foreign = try await supervisor.send(.POST, "/api/users", json: user("ghost5", #"[{"unit_id":\#(w.streetB),"role":"staff"}]"#))
                let below = try await supervisor.send(.POST, "/api/users", json: user("new.a1", #"[{"unit_id":\#(w.communityA1),"role":"leader"}]"#))
                let weak = try await supervisor.send(.POST, "/api/users", json: #"{"username":"weak.a1","display_name":"x","password":"12345678","roles":[{"unit_id":\#(w.communityA1),"role":"staff"}]}"#)

                #expect(empty.status == .forbidden)
                #expect(own.status == .forbidden)
                #expect(supervisorEmpty.status == .forbidden)
                #expect(admin.status == .forbidden)
                #expect(foreign.status == .forbidden)
                #expect(below.status == .ok)
                #expect(weak.status == .unprocessableEntity)
                #expect(try await UserModel.query(on: app.db).filter(\.$username ~~ ["ghost", "ghost2", "ghost3", "ghost4", "ghost5", "weak.a1"]).count() == 0)
                // The account someone else created must choose its own password before anything else.
                let created = try await Caller.login(app, "new.a1", password: "Gongzuo-Tai-2024")
                let blocked = try await created.get("/api/units")
                #expect(blocked.status == .forbidden)
                #expect(blocked.json["code"] as? String == "password_change_required")
            }
        }

        @Test(arguments: Engine.enabled)
        func adminsChangeAndRetireRulesAndPlans(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                let admin = try await Caller.login(app, "admin")
                let rule = #"{"id":0,"name":"演出场次上限","left":{"terms":[{"indicator":"performances","coefficient":1}],"constant":0},"op":"<=","right":{"terms":[],"constant":1000},"severity":"warn"}"#
                let created = try await admin.send(.POST, "/api/validation-rules", json: rule)
                let id = try #require(created.json["id"] as? Int)

                let changed = try await admin.send(.PUT, "/api/validation-rules/\(id)", json: rule.replacingOccurrences(of: "1000", with: "500"))
                let retired = try await admin.send(.DELETE, "/api/validation-rules/\(id)")
                let plan = try await admin.send(.DELETE, "/api/plans/\(w.monthlyPlan)")

                #expect(created.status == .ok, "\(created.body.string)")
                #expect(changed.status == .ok)
                #expect(retired.status == .noContent)
                #expect(plan.status == .noContent)
                #expect(try await admin.get("/api/validation-rules").jsonArray.allSatisfy { $0["id"] as? Int != id })
                #expect(try await admin.get("/api/plans").jsonArray.isEmpty)
                let audited = try await AuditEventModel.query(on: app.db).filter(\.$action == "deactivate").count()
                #expect(audited == 2)
            }
        }

        @Test(arguments: Engine.enabled)
        func oneAccountCannotSubmitAndApproveItsOwnReport(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                try await Bootstrap.addUser(app, username: "both.a", displayName: "兼任", password: TestWorld.password,
                                            grants: [RoleGrant(unitID: w.streetA, role: .staff), RoleGrant(unitID: w.streetA, role: .leader)])
                let both = try await Caller.login(app, "both.a")
                let leader = try await Caller.login(app, "leader.a")
                let supervisor = try await Caller.login(app, "supervisor")
                let draft = try await both.send(.POST, "/api/submissions", json: #"{"unit_id":\#(w.streetA),"plan_id":\#(w.monthlyPlan),"period":"2024M06","narrative":"6月"}"#)
                let id = try #require(draft.json["id"] as? Int)
                func act(_ c: Caller, _ action: String, _ comment: String? = nil) async throws -> TestingHTTPResponse {
                    try await c.send(.POST, "/api/submissions/\(id)/transitions",
                                     json: comment.map { #"{"action":"\#(action)","comment":"\#($0)"}"# } ?? #"{"action":"\#(action)"}"#)
                }

                let submitted = try await act(both, "submit")
                let selfApproved = try await act(both, "approve")
                let returnedByLeader = try await act(leader, "return", "请补充数据")
                _ = try await act(both, "submit")
                let approved = try await act(leader, "approve")

                #expect(submitted.status == .ok)
                #expect(selfApproved.status == .forbidden)
                #expect(selfApproved.json["code"] as? String == "own_submission")
                #expect(returnedByLeader.json["status"] as? String == "returned")
                #expect(approved.json["status"] as? String == "leader_approved")
                #expect(try await act(supervisor, "accept").json["status"] as? String == "accepted")
            }
        }

        @Test(arguments: Engine.enabled)
        func anonymousCallsGet401BeforeAnyParameterCheck(engine: Engine) async throws {
            try await withApp(engine) { app, _ in
                let aggregates = try await app.testing().sendRequest(.GET, "/api/aggregates")
                let badBody = try await app.testing().sendRequest(.POST, "/api/entries", headers: ["Content-Type": "application/json"], body: ByteBuffer(string: "{"))

                #expect(aggregates.status == .unauthorized)
                #expect(badBody.status == .unauthorized)
                #expect(aggregates.headers.first(name: "X-Content-Type-Options") == "nosniff")
                #expect(aggregates.headers.first(name: "Content-Security-Policy") != nil)
            }
        }
    }
}
