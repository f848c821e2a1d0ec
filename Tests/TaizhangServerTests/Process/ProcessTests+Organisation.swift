import Fluent
import Foundation
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

/// SPEC §4.1–4.2: leading group, liaison, liaison meetings; the rule set as data.
extension DatabaseTests.ProcessTests {
    static let members = #"[{"name":"张建国","role":"leader","department":"城关街道党工委","post":"书记"},{"name":"钱晓红","role":"member","department":"区财政局"}]"#

    @Test(arguments: Engine.enabled)
    func leadingGroupWithMeetingsAndMinutes(engine: Engine) async throws {
        try await withApp(engine) { app, w in
            // setup
            let s = try await Self.zone(app, w)
            let path = "/api/process/units/\(w.streetA)/group"
            // act
            let headless = try await s.staff.send(.PUT, path, json: #"{"name":"城关街道示范区创建工作领导小组","office":"","members":[]}"#)
            let group = try await s.staff.send(.PUT, path, json: #"{"name":"城关街道示范区创建工作领导小组","office":"城关街道综合文化站","members":\#(Self.members)}"#)
            let meeting = try await s.staff.send(.POST, path + "/meetings", json: #"{"kind":"regular","date":"2024-03-08","topic":"创建工作例会","attendees":["张建国"],"minutes":{"text":"会议研究部署了创建任务。"}}"#)
            let meetings = try await s.staff.get(path + "/meetings").jsonArray
            // assert
            #expect(Set(((headless.json["problems"] as? [[String: Any]]) ?? []).compactMap { $0["code"] as? String }) == ["no_group_head", "no_group_office"])
            #expect(group.status == .ok && (group.json["problems"] as? [Any])?.isEmpty == true, "\(group.body.string)")
            #expect(meeting.status == .created, "\(meeting.body.string)")
            #expect(meetings.first?["attendance"] as? Double == 0.5)
            let staffB = try await Caller.login(app, "staff.b")
            #expect(try await staffB.get(path).status == .forbidden)
            #expect(try await staffB.send(.PUT, path, json: #"{"name":"x","office":"y","members":[]}"#).status == .forbidden)
            let notCreating = try await staffB.send(.PUT, "/api/process/units/\(w.streetB)/group", json: #"{"name":"x","office":"y","members":[]}"#)
            #expect(notCreating.status == .notFound && notCreating.json["code"] as? String == "no_creation")
            let audit = try await AuditEventModel.query(on: app.db).filter(\.$entity ~~ ["leading_group", "group_meeting"]).count()
            #expect(audit == 3)
        }
    }

    @Test(arguments: Engine.enabled)
    func exactlyOneLiaisonUnlessReplaced(engine: Engine) async throws {
        try await withApp(engine) { app, w in
            // setup
            _ = try await Self.zone(app, w)
            let liaison = try await Caller.login(app, "liaison.a")
            let path = "/api/process/units/\(w.streetA)/liaisons"
            // act
            let first = try await liaison.send(.POST, path, json: #"{"name":"吴国平","post":"区文化和旅游局副局长","from":"2024-02-01"}"#)
            let second = try await liaison.send(.POST, path, json: #"{"name":"陈晓东","post":"党工委委员"}"#)
            let replaced = try await liaison.send(.POST, path, json: #"{"name":"陈晓东","post":"党工委委员","from":"2024-07-01","replacing":true}"#)
            // assert
            #expect(first.status == .created, "\(first.body.string)")
            #expect(second.status == .conflict && second.json["code"] as? String == "liaison_exists")
            #expect((second.json["message"] as? String)?.contains("只能确定一名联络员") == true)
            #expect(replaced.status == .created, "\(replaced.body.string)")
            let roster = try await liaison.get(path).json
            #expect((roster["current"] as? [String: Any])?["name"] as? String == "陈晓东")
            #expect((roster["liaisons"] as? [[String: Any]])?.first?["until"] as? String == "2024-06-30")
            #expect(roster["problem"] == nil || roster["problem"] is NSNull)
        }
    }

    @Test(arguments: Engine.enabled)
    func liaisonMeetingsRotateBetweenHosts(engine: Engine) async throws {
        try await withApp(engine) { app, w in
            // setup: street B is a zone too
            let s = try await Self.zone(app, w)
            let b = try await s.supervisor.send(.PUT, "/api/process/creations", json: #"{"unit_id":\#(w.streetB),"kind":"zone","start_year":2024}"#)
            #expect(b.status == .ok)
            let body = #"{"kind":"zone","period":"2024Q1","date":"2024-03-20","host_unit_id":\#(w.streetA),"attending_unit_ids":[\#(w.streetA),\#(w.streetB)]}"#
            // act
            let recorded = try await s.supervisor.send(.POST, "/api/process/liaison-meetings", json: body)
            let again = try await s.supervisor.send(.POST, "/api/process/liaison-meetings", json: body)
            let wrongPeriod = try await s.supervisor.send(.POST, "/api/process/liaison-meetings", json: body.replacingOccurrences(of: "2024Q1", with: "2024H1"))
            let byStaff = try await s.staff.send(.POST, "/api/process/liaison-meetings", json: body)
            let proposal = try await s.supervisor.get("/api/process/liaison-meetings/rotation/proposal?unit=\(w.bureau)&kind=zone").json
            // assert
            #expect(recorded.status == .created, "\(recorded.body.string)")
            #expect(recorded.json["host_name"] as? String == "城关街道")
            #expect(again.status == .conflict)
            #expect(wrongPeriod.status == .unprocessableEntity && wrongPeriod.json["field"] as? String == "period")
            #expect(byStaff.status == .forbidden)
            #expect((proposal["proposal"] as? [String: Any])?["unit_id"] as? Int == w.streetB)
            #expect(proposal["missing_periods"] as? [String] == ["2024Q2"])
            #expect(try await s.staff.get("/api/process/liaison-meetings?unit=\(w.streetA)").jsonArray.count == 1)
        }
    }

    @Test(arguments: Engine.enabled)
    func onlyAnAdminReplacesTheRuleSetAndOnlyAValidOne(engine: Engine) async throws {
        try await withApp(engine) { app, _ in
            // setup
            let admin = try await Caller.login(app, "admin"), supervisor = try await Caller.login(app, "supervisor")
            let rules = try await supervisor.get("/api/process/rules")
            var definition = rules.json
            var acceptance = definition["acceptance"] as! [String: Any]
            var indicators = acceptance["indicators"] as! [[String: Any]]
            indicators[0]["weight"] = 0.5
            acceptance["indicators"] = indicators; definition["acceptance"] = acceptance
            // act
            let bySupervisor = try await supervisor.send(.PUT, "/api/process/rules", json: rules.body.string)
            let invalid = try await admin.send(.PUT, "/api/process/rules", json: try Self.json(definition))
            let same = try await admin.send(.PUT, "/api/process/rules", json: rules.body.string)
            // assert
            #expect(rules.status == .ok && rules.json["code"] as? String == "mct-demonstration-default")
            #expect(bySupervisor.status == .forbidden)
            #expect(invalid.status == .unprocessableEntity && invalid.json["code"] as? String == "weights_sum", "\(invalid.body.string)")
            #expect(same.status == .ok)
            #expect(try await ProcessRuleSetModel.query(on: app.db).count() == 1)
        }
    }
}
