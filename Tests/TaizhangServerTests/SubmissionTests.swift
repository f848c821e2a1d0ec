import Fluent
import Foundation
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

extension DatabaseTests {
    @Suite struct SubmissionTests {
        @Test(arguments: Engine.enabled)
        func fullLifeWithReturnAndResubmission(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                // setup: a June entry in the street's ledger
                let staff = try await Caller.login(app, "staff.a")
                let leader = try await Caller.login(app, "leader.a")
                let supervisor = try await Caller.login(app, "supervisor")
                _ = try await staff.send(.POST, "/api/entries", json: #"{"unit_id":\#(w.streetA),"category":"activity","title":"演出","date":"2024-06-10","values":[{"indicator":"performances","value":4}]}"#)
                // act: draft from the ledger
                let draft = try await staff.send(.POST, "/api/submissions", json: #"{"unit_id":\#(w.streetA),"plan_id":\#(w.monthlyPlan),"period":"2024M06","narrative":"6月工作动态"}"#)
                #expect(draft.status == .created, "\(draft.body.string)")
                let id = draft.json["id"] as! Int
                #expect((draft.json["values"] as? [[String: Any]])?.first?["value"] as? Double == 4)
                func act(_ c: Caller, _ action: String, _ comment: String? = nil) async throws -> TestingHTTPResponse {
                    try await c.send(.POST, "/api/submissions/\(id)/transitions",
                                     json: comment.map { #"{"action":"\#(action)","comment":"\#($0)"}"# } ?? #"{"action":"\#(action)"}"#)
                }
                // assert: the state machine and who may move it
                #expect(try await act(staff, "approve").status == .forbidden)
                #expect(try await act(staff, "accept").status == .forbidden)
                #expect(try await act(leader, "approve").status == .conflict)
                #expect(try await act(staff, "submit").json["status"] as? String == "submitted")
                #expect(try await act(staff, "submit").status == .conflict)
                #expect(try await act(leader, "approve").json["status"] as? String == "leader_approved")
                #expect(try await act(supervisor, "return").status == .badRequest)
                let returned = try await act(supervisor, "return", "请补充活动照片")
                #expect(returned.json["status"] as? String == "returned")
                let version = returned.json["version"] as! Int
                let edited = try await staff.send(.PUT, "/api/submissions/\(id)", json: #"{"narrative":"已补充照片","version":\#(version)}"#)
                #expect(edited.status == .ok)
                #expect(try await act(staff, "submit").json["status"] as? String == "submitted")
                _ = try await act(leader, "approve")
                let accepted = try await act(supervisor, "accept")
                #expect(accepted.json["status"] as? String == "accepted")
                #expect(accepted.json["timeliness"] as? String == "on_time")
                let events = accepted.json["events"] as? [[String: Any]] ?? []
                #expect(events.map { $0["action"] as? String ?? "" } == ["submit", "approve", "return", "submit", "approve", "accept"])
                #expect(events[2]["comment"] as? String == "请补充活动照片")
                #expect(try await staff.send(.PUT, "/api/submissions/\(id)", json: #"{"narrative":"x"}"#).status == .conflict)
            }
        }

        @Test(arguments: Engine.enabled)
        func aMonthlyReportStartsFromAPrefilledNarrative(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                // setup
                _ = try await SummaryTests.ledger(app, w)
                let staff = try await Caller.login(app, "staff.a")
                // act: June's report drafted without a narrative
                let draft = try await staff.send(.POST, "/api/submissions", json: #"{"unit_id":\#(w.streetA),"plan_id":\#(w.monthlyPlan),"period":"2024M06"}"#)
                // assert: the three parts, the month's own work in the catalog's words, still a draft to edit
                #expect(draft.status == .created, "\(draft.body.string)")
                let narrative = draft.json["narrative"] as? String ?? ""
                #expect(narrative.hasPrefix("一、6月重点工作\n"), "\(narrative)")
                #expect(narrative.contains("端午文艺汇演"))
                #expect(narrative.contains("\n二、主要数据\n") && narrative.contains("开展文艺演出"))
                #expect(narrative.contains("\n三、下一步打算\n"))
                #expect(!narrative.contains("文艺演出场次"))
                #expect(draft.json["status"] as? String == "draft")
            }
        }

        @Test(arguments: Engine.enabled)
        func rejectsWrongPeriodsPlansAndEntriesOutsideThePeriod(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                let staff = try await Caller.login(app, "staff.a")
                let may = try await staff.send(.POST, "/api/entries", json: #"{"unit_id":\#(w.streetA),"category":"other","title":"五月","date":"2024-05-20"}"#)
                let mayID = may.json["id"] as! Int
                let base = #""unit_id":\#(w.streetA),"plan_id":\#(w.monthlyPlan)"#
                let quarter = try await staff.send(.POST, "/api/submissions", json: "{\(base),\"period\":\"2024Q2\"}")
                #expect(quarter.json["code"] as? String == "wrong_period")
                let future = try await staff.send(.POST, "/api/submissions", json: "{\(base),\"period\":\"2024M09\"}")
                #expect(future.json["code"] as? String == "future_period")
                let outside = try await staff.send(.POST, "/api/submissions", json: "{\(base),\"period\":\"2024M06\",\"entry_ids\":[\(mayID)]}")
                #expect(outside.status == .unprocessableEntity)
                #expect(outside.json["code"] as? String == "date_outside_period")
                let community = try await Caller.login(app, "staff.a1")
                let notApplicable = try await community.send(.POST, "/api/submissions", json: #"{"unit_id":\#(w.communityA1),"plan_id":\#(w.monthlyPlan),"period":"2024M06"}"#)
                #expect(notApplicable.json["code"] as? String == "plan_not_applicable")
                #expect(try await SubmissionModel.query(on: app.db).count() == 0)
            }
        }

        @Test(arguments: Engine.enabled)
        func blockingValidationRuleStopsSubmission(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                let admin = try await Caller.login(app, "admin")
                let rule = #"{"id":0,"name":"结案起数不大于立案起数","left":{"terms":[{"indicator":"cases_closed","coefficient":1}],"constant":0},"op":"<=","right":{"terms":[{"indicator":"cases_filed","coefficient":1}],"constant":0},"severity":"block"}"#
                #expect(try await admin.send(.POST, "/api/validation-rules", json: rule).status == .ok)
                let staff = try await Caller.login(app, "staff.a")
                let draft = try await staff.send(.POST, "/api/submissions", json: #"{"unit_id":\#(w.streetA),"plan_id":\#(w.monthlyPlan),"period":"2024M06","values":[{"indicator":"cases_filed","value":2},{"indicator":"cases_closed","value":3}]}"#)
                #expect(draft.status == .unprocessableEntity)
                #expect(draft.json["code"] as? String == "validation_failed")
                let check = try await staff.send(.POST, "/api/validate", json: #"{"values":[{"indicator":"cases_filed","value":3},{"indicator":"cases_closed","value":3}]}"#)
                #expect(check.json["blocking"] as? Bool == false)
            }
        }
    }
}
