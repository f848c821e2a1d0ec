import Fluent
import Foundation
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

/// Issue #13, every number right, over the API (both engines): roll-ups by indicator
/// meaning, one API convention, the holiday calendar, the words.
extension DatabaseTests {
    @Suite struct NumbersTests {
        static func coverage(_ c: Caller, unit: Int, _ value: Double, communities: Int? = nil) async throws {
            let extra = communities.map { #",{"indicator":"communities_total","value":\#($0)}"# } ?? ""
            let res = try await c.send(.POST, "/api/entries", json: #"{"unit_id":\#(unit),"category":"other","title":"设施覆盖情况","date":"2024-06-20","values":[{"indicator":"coverage_rate","value":\#(value)}\#(extra)]}"#)
            #expect(res.status == .created, "\(res.body.string)")
        }

        static func row(_ res: TestingHTTPResponse, _ code: String) -> Double? {
            (res.json["rows"] as? [[String: Any]])?.first { $0["indicator"] as? String == code }?["value"] as? Double
        }

        /// 城关街道 90%, 东湖街道 80%: the district is neither 170% nor outside 80–90%.
        @Test(arguments: Engine.enabled)
        func aRateRollsUpAsAWeightedMeanNeverASum(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                // setup
                let a = try await Caller.login(app, "staff.a"), b = try await Caller.login(app, "staff.b")
                try await Self.coverage(a, unit: w.streetA, 90, communities: 30)
                try await Self.coverage(b, unit: w.streetB, 80, communities: 10)
                let supervisor = try await Caller.login(app, "supervisor")
                // act
                let district = try await supervisor.get("/api/aggregates?unit=\(w.bureau)&period=2024H1")
                let tooHigh = try await a.send(.POST, "/api/entries", json: #"{"unit_id":\#(w.streetA),"category":"other","title":"x","date":"2024-06-21","values":[{"indicator":"coverage_rate","value":170}]}"#)
                // assert
                #expect(Self.row(district, "coverage_rate") == 87.5, "\(district.body.string)")
                #expect(Self.row(district, "communities_total") == 40)
                #expect(tooHigh.status == .unprocessableEntity && tooHigh.json["code"] as? String == "out_of_range")
            }
        }

        @Test(arguments: Engine.enabled)
        func badParametersAreNamedAndIdsAreTheServers(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                // setup
                let supervisor = try await Caller.login(app, "supervisor"), admin = try await Caller.login(app, "admin")
                let plan = #"{"name":"季度报表","report_type":"quarterly","period_kind":"quarter","applies_to":{"kinds":["street"],"flags":[]},"due_rule":{"kind":"working_days_after_period_end","value":5}}"#
                let rule = #"{"name":"受众不少于场次","left":{"terms":[{"indicator":"audience","coefficient":1}],"constant":0},"op":">=","right":{"terms":[{"indicator":"performances","coefficient":1}],"constant":0},"severity":"warn"}"#
                // act
                let abc = try await supervisor.get("/api/aggregates?unit=abc&period=2024H1")
                let missing = try await supervisor.get("/api/aggregates?period=2024H1")
                let garbage = try await supervisor.get("/api/process/circular?unit=\(w.bureau)&window=garbage")
                let newPlan = try await admin.send(.POST, "/api/plans", json: plan)
                let newRule = try await admin.send(.POST, "/api/validation-rules", json: rule)
                // assert
                #expect(abc.status == .badRequest && abc.json["code"] as? String == "invalid_parameter" && abc.json["field"] as? String == "unit")
                #expect(missing.status == .badRequest && missing.json["code"] as? String == "missing_parameter")
                #expect(garbage.status == .badRequest && garbage.json["code"] as? String == "invalid_window", "\(garbage.body.string)")
                #expect(!garbage.body.string.contains("garbage年"))
                #expect(newPlan.status == .ok && (newPlan.json["id"] as? Int ?? 0) > 0, "\(newPlan.body.string)")
                #expect(newRule.status == .ok && (newRule.json["id"] as? Int ?? 0) > 0, "\(newRule.body.string)")
            }
        }

        @Test func pluralAcronymsKeepTheirSInSnakeCase() throws {
            #expect(SnakeCaseKeys.convert("attendingUnitIDs") == "attending_unit_ids")
            #expect(SnakeCaseKeys.convert("unitID") == "unit_id")
            #expect(SnakeCaseKeys.convert("entryIds") == "entry_ids")
            #expect(SnakeCaseKeys.convert("HTMLWriter") == "html_writer")
            #expect(SnakeCaseKeys.convert("onTimeRate") == "on_time_rate")
            let json = String(decoding: try JSONEncoder.api.encode(["x": LiaisonProbe(attendingUnitIDs: [1])]), as: UTF8.self)
            #expect(json == #"{"x":{"attending_unit_ids":[1]}}"#)
        }

        struct LiaisonProbe: Encodable { var attendingUnitIDs: [Int] }

        @Test(arguments: Engine.enabled)
        func theHolidayCalendarIsDataAnAdminEdits(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                // setup
                let admin = try await Caller.login(app, "admin"), staff = try await Caller.login(app, "staff.a")
                let year2031 = #"{"notice":"国务院办公厅关于2031年部分节假日安排的通知（测试）","holidays":[{"name":"国庆节","from":"2031-10-01","to":"2031-10-07"}],"workdays":["2031-09-28"]}"#
                // act
                let list = try await staff.get("/api/holidays")
                let byStaff = try await staff.send(.PUT, "/api/holidays/2031", json: year2031)
                let bad = try await admin.send(.PUT, "/api/holidays/2031", json: year2031.replacingOccurrences(of: "2031-09-28", with: "2031-09-29"))
                let put = try await admin.send(.PUT, "/api/holidays/2031", json: year2031)
                let due = DueRule.workingDaysAfterPeriodEnd(1).dueDate(for: .quarter(2031, 3))
                let dropped = try await admin.send(.DELETE, "/api/holidays/2031")
                let after = DueRule.workingDaysAfterPeriodEnd(1).dueDate(for: .quarter(2031, 3))
                // assert
                #expect((list.jsonArray.map { $0["year"] as? Int }) == [2024, 2025, 2026])
                #expect(byStaff.status == .forbidden)
                #expect(bad.status == .unprocessableEntity && bad.json["code"] as? String == "invalid_workday")
                #expect(put.status == .ok, "\(put.body.string)")
                #expect(due == CivilDate(2031, 10, 8))
                #expect(dropped.status == .noContent && after == CivilDate(2031, 10, 1))
                #expect(w.bureau > 0)
            }
        }

        @Test(arguments: Engine.enabled)
        func catalogEntriesAreEditedAndRetiredNotDeleted(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                // setup
                let admin = try await Caller.login(app, "admin"), staff = try await Caller.login(app, "staff.a")
                let summed = #"{"code":"coverage_rate","name":"公共文化设施覆盖率","name_en":"Coverage","measure_word":"%","aggregation":"latest","roll_up":"sum","value_type":"decimal","group":"设施建设","phrase":"覆盖率达","synonyms":[]}"#
                // act
                let refused = try await admin.send(.PUT, "/api/catalog/coverage_rate", json: summed)
                let retired = try await admin.send(.POST, "/api/catalog/banners/retire")
                let entry = try await staff.send(.POST, "/api/entries", json: #"{"unit_id":\#(w.streetA),"category":"publicity","title":"横幅","date":"2024-06-20","values":[{"indicator":"banners","value":2}]}"#)
                let catalog = try await staff.get("/api/catalog").jsonArray
                // assert
                #expect(refused.status == .unprocessableEntity && refused.json["code"] as? String == "rate_summed", "\(refused.body.string)")
                #expect(retired.status == .ok && retired.json["retired"] as? Bool == true)
                #expect(entry.status == .unprocessableEntity && entry.json["code"] as? String == "retired_indicator")
                #expect(catalog.contains { $0["code"] as? String == "banners" && $0["retired"] as? Bool == true })
            }
        }

        @Test(arguments: Engine.enabled)
        func aRunningWindowIsProvisionalAndTiersMatchOutlets(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                // setup
                let (s, _, ids) = try await DatabaseTests.ProcessTests.scoredZone(app, w)
                // act
                let running = try await s.supervisor.send(.POST, "/api/process/publicity/compute", json: #"{"unit_id":\#(w.streetA),"window":"2024H2"}"#)
                let docx = try await s.supervisor.get("/api/process/circular?unit=\(w.bureau)&window=2024H2&format=docx")
                let mismatch = try await DatabaseTests.ProcessTests.adopt(s.supervisor, ids["2024M03"]!, "人民日报内参", "websites")
                let unlisted = try await DatabaseTests.ProcessTests.adopt(s.supervisor, ids["2024M03"]!, "某某公众号", "websites")
                let ended = try await s.supervisor.get("/api/process/circular?unit=\(w.bureau)&window=2024H1").json
                // assert
                #expect(running.status == .ok && running.jsonArray.first?["provisional"] as? Bool == true, "\(running.body.string)")
                #expect(docx.status == .conflict && docx.json["code"] as? String == "window_open")
                #expect(mismatch.status == .unprocessableEntity && mismatch.json["code"] as? String == "tier_mismatch")
                #expect(unlisted.status == .unprocessableEntity && unlisted.json["field"] as? String == "tier_reason")
                #expect(ended["provisional"] as? Bool == false)
            }
        }

        @Test func theDemoBannerNamesEachRoleOnce() {
            let user = DemoUser(username: "wangliping", displayName: "王丽萍", password: "x",
                                grants: [RoleGrant(unitID: 2, role: .staff), RoleGrant(unitID: 3, role: .staff)])

            let banner = DemoLoader.banner([user])

            #expect(banner.contains("王丽萍（填报员）"))
        }
    }
}
