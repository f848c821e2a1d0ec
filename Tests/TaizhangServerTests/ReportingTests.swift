import Fluent
import Foundation
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

extension DatabaseTests {
    @Suite struct ReportingTests {
        /// Stores a submission first submitted at `at` (Beijing), bypassing the API's clock.
        static func submitted(_ app: Application, unit: Int, plan: Int, period: String, at: Date) async throws {
            let m = SubmissionModel(); m.version = 1
            m.unitID = unit; m.planID = plan; m.periodCode = period; m.status = "submitted"; m.narrative = ""
            m.valuesJSON = "[]"; m.firstSubmittedAt = at; m.createdBy = 1; m.createdAt = at; m.updatedAt = at
            try await m.create(on: app.db)
        }

        @Test(arguments: Engine.enabled)
        func matrixShowsOnTimeLateMissingAndNotDue(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                // setup: April on time (5 May 23:59), May one minute late (6 June 00:01), June not yet due
                let may5 = CivilDate(2024, 5, 5).startInstant().addingTimeInterval(86_340)
                let june6 = CivilDate(2024, 6, 6).startInstant().addingTimeInterval(60)
                try await Self.submitted(app, unit: w.streetA, plan: w.monthlyPlan, period: "2024M04", at: may5)
                try await Self.submitted(app, unit: w.streetA, plan: w.monthlyPlan, period: "2024M05", at: june6)
                let supervisor = try await Caller.login(app, "supervisor")
                // act
                let res = try await supervisor.get("/api/matrix?plan=\(w.monthlyPlan)&unit=\(w.bureau)&from=2024M04&to=2024M06")
                // assert
                #expect(res.status == .ok, "\(res.body.string)")
                let rows = res.json["rows"] as? [[String: Any]] ?? []
                #expect(rows.count == 2) // the two streets; communities and the bureau are not in the plan
                let a = rows.first { $0["unit_id"] as? Int == w.streetA }!
                let b = rows.first { $0["unit_id"] as? Int == w.streetB }!
                #expect((a["cells"] as? [[String: Any]])?.map { $0["status"] as? String ?? "" } == ["on_time", "late", "not_due"])
                #expect((b["cells"] as? [[String: Any]])?.map { $0["status"] as? String ?? "" } == ["missing", "missing", "not_due"])
                let stats = a["stats"] as? [String: Any] ?? [:]
                #expect(stats["expected"] as? Int == 2)
                #expect(stats["actual"] as? Int == 2)
                #expect(stats["on_time"] as? Int == 1)
                let total = res.json["total"] as? [String: Any] ?? [:]
                #expect(total["expected"] as? Int == 4)
                #expect(total["on_time"] as? Int == 1)
                let staffB = try await Caller.login(app, "staff.b")
                #expect(try await staffB.get("/api/matrix?plan=\(w.monthlyPlan)&unit=\(w.bureau)").status == .forbidden)
            }
        }

        /// A small part of the tree (one street) is read with a unit filter; its row is the
        /// same as in the bureau's matrix, and another street's submissions are not read.
        @Test(arguments: Engine.enabled)
        func aStreetsMatrixReadsItsOwnSubmissionsOnlyAndMatchesTheBureaus(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                // setup: both streets submit April on time; street A May a day late
                let may5 = CivilDate(2024, 5, 5).startInstant().addingTimeInterval(3600)
                try await Self.submitted(app, unit: w.streetA, plan: w.monthlyPlan, period: "2024M04", at: may5)
                try await Self.submitted(app, unit: w.streetA, plan: w.monthlyPlan, period: "2024M05", at: CivilDate(2024, 6, 6).startInstant().addingTimeInterval(60))
                try await Self.submitted(app, unit: w.streetB, plan: w.monthlyPlan, period: "2024M04", at: may5)
                let tree = try await app.unitDirectory.tree(on: app.db)
                let periods = [Period.month(2024, 4), .month(2024, 5)]
                let supervisor = try await Caller.login(app, "supervisor")
                // act
                let filter = MatrixStore.unitFilter([w.streetA], treeCount: tree.count)
                let table = try await MatrixStore.firstSubmittedTable(planID: w.monthlyPlan, periods: periods, units: filter, on: app.db)
                let street = try await supervisor.get("/api/matrix?plan=\(w.monthlyPlan)&unit=\(w.streetA)&from=2024M04&to=2024M06")
                let bureau = try await supervisor.get("/api/matrix?plan=\(w.monthlyPlan)&unit=\(w.bureau)&from=2024M04&to=2024M06")
                // assert
                #expect(filter == [w.streetA], "one street of \(tree.count) units is a small part")
                #expect(table.date(w.streetA, 0) != nil && table.date(w.streetA, 1) != nil)
                #expect(table.date(w.streetB, 0) == nil, "street B's row was read")
                let rowA = { (res: TestingHTTPResponse) in (res.json["rows"] as? [[String: Any]] ?? []).first { $0["unit_id"] as? Int == w.streetA } }
                let cells = { (row: [String: Any]?) in (row?["cells"] as? [[String: Any]])?.map { $0["status"] as? String ?? "" } }
                #expect(cells(rowA(street)) == ["on_time", "late", "not_due"])
                #expect(cells(rowA(street)) == cells(rowA(bureau)))
            }
        }

        @Test(arguments: Engine.enabled)
        func remindersAreIdempotentAndReachTheFilerAndLiaison(engine: Engine) async throws {
            // 3 July: June's report (due 5 July) is approaching; May's is overdue for both streets.
            try await withApp(engine) { app, w in
                let first = try await ReminderService.run(app: app, now: frozenNow)
                let second = try await ReminderService.run(app: app, now: frozenNow)
                #expect(second.isEmpty)
                let keys = Set(first.map(\.key))
                #expect(keys.contains("\(w.streetA)/\(w.monthlyPlan)/2024M06/approaching"))
                #expect(keys.contains("\(w.streetB)/\(w.monthlyPlan)/2024M05/overdue"))
                #expect(try await ReminderModel.query(on: app.db).count() == first.count)
                #expect(w.notifier.sent.count == first.count)
                let liaison = try await Caller.login(app, "liaison.a")
                let mine = try await liaison.get("/api/notifications").jsonArray
                #expect(mine.contains { ($0["message"] as? String)?.contains("2024年6月报送截止日期为2024年7月5日") == true })
                // The filer is reminded too (issue #16): street B's staff hears of May's overdue report,
                // and street A's leader only of what is overdue, never of June's approaching deadline.
                let staffB = try await Caller.login(app, "staff.b")
                #expect(try await staffB.get("/api/notifications").jsonArray.contains {
                    ($0["message"] as? String)?.contains("2024年5月报送已于") == true })
                let leaderA = try await Caller.login(app, "leader.a")
                #expect(!(try await leaderA.get("/api/notifications").jsonArray.contains {
                    ($0["message"] as? String)?.contains("2024年6月报送截止日期为") == true }))
            }
        }

        @Test(arguments: Engine.enabled)
        func aggregatesSumTheSubtreeAndCompareWithLastYear(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                let a = try await Caller.login(app, "staff.a")
                let a1 = try await Caller.login(app, "staff.a1")
                for (caller, unit, date, value) in [(a, w.streetA, "2024-03-01", 40), (a1, w.communityA1, "2024-05-01", 31), (a, w.streetA, "2023-04-01", 50), (a, w.streetA, "2024-07-01", 9)] {
                    let r = try await caller.send(.POST, "/api/entries", json: #"{"unit_id":\#(unit),"category":"activity","title":"演出","date":"\#(date)","values":[{"indicator":"performances","value":\#(value)}]}"#)
                    #expect(r.status == .created)
                }
                let supervisor = try await Caller.login(app, "supervisor")
                let res = try await supervisor.get("/api/aggregates?unit=\(w.streetA)&period=2024H1")
                let row = (res.json["rows"] as? [[String: Any]])?.first { $0["indicator"] as? String == "performances" }
                #expect(row?["value"] as? Double == 71)
                #expect(row?["last_year"] as? Double == 50)
                #expect(row?["change_percent"] as? Double == 42)
                #expect(res.json["period_label"] as? String == "2024年上半年")
                let own = try await a.get("/api/aggregates?unit=\(w.streetA)&period=2024H1")
                let ownRow = (own.json["rows"] as? [[String: Any]])?.first
                #expect(ownRow?["value"] as? Double == 40) // staff of the street cannot read the community
            }
        }

        @Test(arguments: Engine.enabled)
        func targetsShowProgress(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                let supervisor = try await Caller.login(app, "supervisor")
                let staff = try await Caller.login(app, "staff.a")
                #expect(try await supervisor.send(.PUT, "/api/targets", json: #"{"unit_id":\#(w.streetA),"indicator":"performances","period":"2024","value":100}"#).status == .ok)
                #expect(try await staff.send(.PUT, "/api/targets", json: #"{"unit_id":\#(w.streetA),"indicator":"performances","period":"2024","value":100}"#).status == .forbidden)
                #expect(try await supervisor.send(.PUT, "/api/targets", json: #"{"unit_id":\#(w.streetA),"indicator":"performances","period":"2024M06","value":100}"#).status == .badRequest)
                _ = try await staff.send(.POST, "/api/entries", json: #"{"unit_id":\#(w.streetA),"category":"activity","title":"演出","date":"2024-06-01","values":[{"indicator":"performances","value":79}]}"#)
                let rows = try await staff.get("/api/targets?unit=\(w.streetA)").jsonArray
                #expect(rows.first?["percent"] as? Int == 79)
            }
        }
    }
}
