import Fluent
import Foundation
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

/// SPEC §4.3: the plan, its review and filing, earmarked expenditures, the half-year report.
extension DatabaseTests.ProcessTests {
    /// Line 1: activities, central 1,000 / local 500 yuan; line 2: training, central 300 yuan.
    static let planBody = #"{"title":"城关街道示范区创建经费使用方案","lines":[{"id":1,"scope":"群众文化活动","category":"grassroots_activities","central_budget":100000,"local_budget":50000},{"id":2,"scope":"文艺骨干培训","category":"team_training","central_budget":30000}]}"#

    static func spend(_ c: Caller, _ w: TestWorld, line: Int?, yuan: Int, source: String = "central") async throws -> TestingHTTPResponse {
        let lineJSON = line.map(String.init) ?? "null"
        return try await c.send(.POST, "/api/process/units/\(w.streetA)/expenditures",
                                json: #"{"line_id":\#(lineJSON),"amount":\#(yuan * 100),"date":"2024-05-10","source":"\#(source)","description":"支出"}"#)
    }

    /// The plan written by the unit, reviewed by both departments and filed (supervisor).
    static func filedPlan(_ app: Application, _ w: TestWorld, _ s: Setup) async throws {
        let path = "/api/process/units/\(w.streetA)/fund-plan"
        #expect(try await s.staff.send(.PUT, path, json: planBody).status == .ok)
        for dept in ["finance", "culture"] {
            #expect(try await s.supervisor.send(.POST, path + "/reviews", json: #"{"department":"\#(dept)","approved":true,"comment":"同意"}"#).status == .ok)
        }
        let filed = try await s.supervisor.send(.POST, path + "/filing", json: "{}")
        #expect(filed.json["status"] as? String == "filed", "\(filed.body.string)")
    }

    @Test(arguments: Engine.enabled)
    func expendituresOutsideTheEarmarkAreRefusedWithEveryReason(engine: Engine) async throws {
        try await withApp(engine) { app, w in
            // setup
            let s = try await Self.zone(app, w)
            let path = "/api/process/units/\(w.streetA)/fund-plan"
            let draft = try await s.staff.send(.PUT, path, json: Self.planBody)
            let early = try await Self.spend(s.staff, w, line: 1, yuan: 2_000)
            let selfReview = try await s.staff.send(.POST, path + "/reviews", json: #"{"department":"finance","approved":true}"#)
            try await Self.filedPlan(app, w, s)
            // act
            let ok = try await Self.spend(s.staff, w, line: 1, yuan: 800)
            let over = try await Self.spend(s.staff, w, line: 1, yuan: 300)
            let local = try await Self.spend(s.staff, w, line: 2, yuan: 1, source: "local")
            let noLine = try await Self.spend(s.staff, w, line: nil, yuan: 100)
            let byStaffB = try await Self.spend(try await Caller.login(app, "staff.b"), w, line: 1, yuan: 1)
            // assert
            #expect(draft.json["status"] as? String == "draft")
            #expect(Set((early.json["details"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }) == ["plan_not_approved", "over_budget"])
            #expect(selfReview.status == .forbidden)
            #expect(ok.status == .created, "\(ok.body.string)")
            #expect(over.status == .unprocessableEntity && over.json["code"] as? String == "over_budget")
            #expect((over.json["message"] as? String)?.contains("超出100.00元") == true, "\(over.body.string)")
            #expect(local.status == .unprocessableEntity && local.json["code"] as? String == "over_budget")
            #expect(noLine.status == .unprocessableEntity && noLine.json["code"] as? String == "not_in_plan")
            #expect(byStaffB.status == .forbidden)
            #expect(try await ExpenditureModel.query(on: app.db).count() == 1)
            let report = try await s.staff.get("/api/process/units/\(w.streetA)/fund-report?period=2024H1").json
            #expect(report["copies_to"] as? [String] == ["省文化厅", "省财政厅"])
            #expect(((report["totals"] as? [String: Any])?["spent_in_period"] as? [String: Any])?["central"] as? Int == 80_000)
        }
    }

    @Test(arguments: Engine.enabled)
    func twoConcurrentExpendituresCannotBothFitTheBudget(engine: Engine) async throws {
        try await withApp(engine) { app, w in
            // setup
            let s = try await Self.zone(app, w)
            try await Self.filedPlan(app, w, s)
            let other = try await Caller.login(app, "liaison.a")
            // act: 600 + 600 yuan against a central budget of 1,000
            async let a = Self.spend(s.staff, w, line: 1, yuan: 600)
            async let b = Self.spend(other, w, line: 1, yuan: 600)
            let statuses = [try await a.status, try await b.status]
            // assert
            #expect(statuses.filter { $0 == .created }.count == 1, "\(statuses)")
            #expect(statuses.filter { $0 == .unprocessableEntity }.count == 1)
            let spent = try await ExpenditureModel.query(on: app.db).all().map(\.amount).reduce(0, +)
            #expect(spent == 60_000)
        }
    }

    @Test(arguments: Engine.enabled)
    func changingSpentLinesIsRefusedAndChangedLinesNeedANewReview(engine: Engine) async throws {
        try await withApp(engine) { app, w in
            // setup
            let s = try await Self.zone(app, w)
            try await Self.filedPlan(app, w, s)
            #expect(try await Self.spend(s.staff, w, line: 2, yuan: 200).status == .created)
            let path = "/api/process/units/\(w.streetA)/fund-plan"
            // act
            let dropped = try await s.staff.send(.PUT, path, json: #"{"title":"方案","lines":[{"id":1,"scope":"群众文化活动","category":"grassroots_activities","central_budget":100000}]}"#)
            let shrunk = try await s.staff.send(.PUT, path, json: Self.planBody.replacingOccurrences(of: "30000", with: "10000"))
            let badCategory = try await s.staff.send(.PUT, path, json: Self.planBody.replacingOccurrences(of: "team_training", with: "banquets"))
            let grown = try await s.staff.send(.PUT, path, json: Self.planBody.replacingOccurrences(of: "30000", with: "40000"))
            // assert
            #expect(dropped.status == .unprocessableEntity && dropped.json["code"] as? String == "line_in_use")
            #expect(shrunk.status == .unprocessableEntity && shrunk.json["code"] as? String == "budget_below_spent")
            #expect(badCategory.status == .unprocessableEntity && badCategory.json["code"] as? String == "category_not_allowed")
            #expect(grown.status == .ok && grown.json["status"] as? String == "draft", "\(grown.body.string)")
        }
    }
}
