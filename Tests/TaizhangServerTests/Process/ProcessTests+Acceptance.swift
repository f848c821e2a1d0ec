import Fluent
import Foundation
import SQLKit
import TaizhangDomain
import TaizhangProcess
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

/// SPEC §4.7 acceptance with the veto, the rubric site visits, and the demo's records.
extension DatabaseTests.ProcessTests {
    /// Street A with everything in order except the liaison, and top assessors' scores.
    @Test(arguments: Engine.enabled)
    func theVetoOverridesAHighTotalAndNamesTheRequirement(engine: Engine) async throws {
        try await withApp(engine) { app, w in
            // setup
            let s = try await Self.zone(app, w)
            try await Self.reports(app, unit: w.streetA, plan: try await Self.informationPlan(app), may: Self.beijing(2024, 6, 3))
            #expect(try await s.staff.send(.PUT, "/api/process/units/\(w.streetA)/group",
                                           json: #"{"name":"领导小组","office":"城关街道综合文化站","members":\#(Self.members)}"#).status == .ok)
            try await Self.filedPlan(app, w, s)
            let inputs = "/api/process/units/\(w.streetA)/acceptance/inputs"
            let put = try await s.supervisor.send(.PUT, inputs, json: #"{"inputs":{"facility_network":100,"service_effectiveness":100}}"#)
            let byStaff = try await s.staff.send(.PUT, inputs, json: #"{"inputs":{"facility_network":100}}"#)
            let unknown = try await s.supervisor.send(.PUT, inputs, json: #"{"inputs":{"publicity":100}}"#)
            // act
            let vetoed = try await s.staff.get("/api/process/units/\(w.streetA)/acceptance").json
            _ = try await s.staff.send(.POST, "/api/process/units/\(w.streetA)/liaisons", json: #"{"name":"吴国平","post":"副局长","from":"2024-02-01"}"#)
            let passed = try await s.staff.get("/api/process/units/\(w.streetA)/acceptance").json
            // assert
            #expect(put.status == .ok && byStaff.status == .forbidden && unknown.status == .unprocessableEntity)
            #expect(vetoed["vetoed"] as? Bool == true && vetoed["passed"] as? Bool == false)
            #expect((vetoed["total"] as? Double ?? 0) >= 70, "\(vetoed)")
            let failed = vetoed["failed_requirements"] as? [[String: Any]] ?? []
            #expect(failed.map { $0["code"] as? String } == ["liaison"])
            #expect((failed.first?["reasons"] as? [[String: Any]])?.first?["zh"] as? String == "未确定联络员")
            #expect((vetoed["verdict"] as? [String: Any])?["zh"] as? String == "一票否决：确定一名联络员")
            #expect(passed["passed"] as? Bool == true, "\(passed["checks"] ?? "")")
        }
    }

    @Test(arguments: Engine.enabled)
    func siteVisitsRollUpPerEvaluatorItemAndYear(engine: Engine) async throws {
        try await withApp(engine) { app, w in
            // setup
            let s = try await Self.zone(app, w)
            let items = #"[{"kind":"public_culture","name":"文化家园"},{"kind":"civic_morality","name":"好人馆"},{"kind":"cultural_industry","name":"文创园"},{"kind":"optional","name":"非遗工坊"},{"kind":"village_hall","name":"文化礼堂"}]"#
            let path = "/api/process/units/\(w.streetA)/site-visits"
            let visit = try await s.supervisor.send(.POST, path, json: #"{"date":"2024-06-15","items":\#(items)}"#)
            let id = visit.json["id"] as? Int ?? 0
            func points(_ p: Double) -> String {
                "[" + (1...5).flatMap { item in ["height", "depth", "strength", "satisfaction"].map { #"{"item_id":\#(item),"dimension":"\#($0)","points":\#(p)}"# } }
                    .joined(separator: ",") + "]"
            }
            // act
            let partial = try await s.supervisor.send(.POST, "/api/process/site-visits/\(id)/scores", json: #"{"evaluator":"专家甲","scores":\#(points(20))}"#)
            _ = try await s.supervisor.send(.POST, "/api/process/site-visits/\(id)/scores", json: #"{"evaluator":"专家乙","scores":\#(points(24))}"#)
            let outOfRange = try await s.supervisor.send(.POST, "/api/process/site-visits/\(id)/scores", json: #"{"evaluator":"专家丙","scores":\#(points(26))}"#)
            let noHall = try await s.supervisor.send(.POST, path, json: #"{"date":"2024-06-16","items":[{"kind":"public_culture","name":"x"}]}"#)
            let byStaff = try await s.staff.send(.POST, path, json: #"{"date":"2024-06-15","items":\#(items)}"#)
            let result = try await s.staff.get("/api/process/site-visits/\(id)").json
            let annual = try await s.staff.get("/api/process/units/\(w.streetA)/rubric/annual?year=2024").json
            // assert
            #expect(visit.status == .created, "\(visit.body.string)")
            #expect(partial.json["total"] as? Double == 80 && partial.json["complete"] as? Bool == true)
            #expect(outOfRange.status == .unprocessableEntity && outOfRange.json["code"] as? String == "score_range")
            #expect(noHall.status == .unprocessableEntity && noHall.json["code"] as? String == "item_count")
            #expect(byStaff.status == .forbidden)
            #expect(result["total"] as? Double == 88)
            #expect(annual["percent"] as? Double == 88)
        }
    }

    /// `taizhang demo`: the zone and the project have every record; 白石镇 is vetoed.
    @Test(arguments: Engine.enabled)
    func theDemoStoresTheProcessRecordsAndVetoesBaishi(engine: Engine) async throws {
        try await withDemo(engine) { app in
            // act
            let supervisor = try await Caller.login(app, "wenlvju.supervisor", password: DemoDataset.password)
            let units = try await UnitModel.query(on: app.db).all()
            func id(_ name: String) -> Int { units.first { $0.name == name }!.id! }
            let baishi = try await supervisor.get("/api/process/units/\(id("白石镇"))/acceptance").json
            let zone = try await supervisor.get("/api/process/units/\(id("城关街道"))/acceptance").json
            let creations = try await supervisor.get("/api/process/creations?unit=\(id("临江区文化和旅游局"))").jsonArray
            // assert
            #expect(creations.map { $0["unit_name"] as? String } == ["城关街道", "沙门镇", "白石镇"])
            #expect(baishi["vetoed"] as? Bool == true)
            #expect((baishi["failed_requirements"] as? [[String: Any]])?.map { $0["code"] as? String } == ["liaison", "expenditures_in_plan", "self_inspection_reports"])
            #expect(zone["passed"] as? Bool == true, "\(zone["failed_requirements"] ?? "")")
            for table in ["leading_groups", "group_meetings", "liaisons", "liaison_meetings", "fund_plans", "expenditures", "half_year_reports",
                          "inspections", "rectification_items", "media_adoptions", "publicity_scores", "site_visits", "acceptance_inputs"] {
                let n = try await (app.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()!.decode(column: "n", as: Int.self)
                #expect(n > 0, "\(table)")
            }
        }
    }

    /// A fresh database of `engine`, migrated, with the demo district loaded (no test world).
    func withDemo(_ engine: Engine, _ body: (Application) async throws -> Void) async throws {
        let config = AppConfig(database: engine.config, runsReminderJob: false)
        let app = try await Application.makeTaizhang(config: config, dependencies: Dependencies(clock: .fixed(frozenNow), bcryptCost: 4),
                                                     environment: .testing)
        app.logger.logLevel = .warning
        do {
            if engine == .postgres { try await config.database.engine.dropAllTables(on: app.db as! any SQLDatabase) }
            try await Bootstrap.migrate(app)
            _ = try await DemoLoader.load(app)
            try await body(app)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}
