import Fluent
import Foundation
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

extension DatabaseTests {
    @Suite struct WebSupervisorTests {
        @Test(arguments: Engine.enabled)
        func theMatrixCoversTheCallersSubtreeOnly(engine: Engine) async throws {
            try await withApp(engine) { app, world in
                // setup
                let supervisor = try await Browser.login(app, "supervisor")
                let staff = try await Browser.login(app, "staff.a")
                // act
                let all = try await supervisor.get("/matrix?plan=\(world.monthlyPlan)&from=2024M03&to=2024M07")
                let own = try await staff.get("/matrix")
                let badRange = try await supervisor.get("/matrix?from=2024Q1&to=nonsense")
                // assert
                #expect(all.status == .ok)
                #expect(all.body.string.contains("城关街道"))
                #expect(all.body.string.contains("东湖街道"))
                #expect(!all.body.string.contains("城关社区</a>")) // the monthly plan is for streets
                #expect(all.body.string.contains("tz-cell-missing"))
                #expect(all.body.string.contains("tz-cell-not_due"))
                #expect(all.body.string.contains(#"action="/reminders/non-submitters""#))
                #expect(own.status == .ok)
                #expect(own.body.string.contains("城关街道"))
                #expect(!own.body.string.contains("东湖街道"))
                #expect(badRange.status == .ok)
            }
        }

        @Test(arguments: Engine.enabled)
        func remindingNonSubmittersNotifiesTheirLiaisonsOncePerDay(engine: Engine) async throws {
            try await withApp(engine) { app, world in
                // setup: street A submitted May through the API, street B did not
                let api = try await Caller.login(app, "staff.a")
                let draft = try await api.send(.POST, "/api/submissions", json: #"{"unit_id":\#(world.streetA),"plan_id":\#(world.monthlyPlan),"period":"2024M05"}"#)
                let sid = draft.json["id"] as? Int ?? 0
                _ = try await api.send(.POST, "/api/submissions/\(sid)/transitions", json: #"{"action":"submit"}"#)
                let supervisor = try await Browser.login(app, "supervisor")
                _ = try await supervisor.get("/matrix?plan=\(world.monthlyPlan)")
                let staff = try await Browser.login(app, "staff.a")
                _ = try await staff.get("/matrix")
                // act
                let first = try await supervisor.post("/reminders/non-submitters", ["plan_id": String(world.monthlyPlan), "period": "2024M05"])
                let flash = try await supervisor.get(first.headers.first(name: .location) ?? "/matrix")
                let again = try await supervisor.post("/reminders/non-submitters", ["plan_id": String(world.monthlyPlan), "period": "2024M05"])
                let byStaff = try await staff.post("/reminders/non-submitters", ["plan_id": String(world.monthlyPlan), "period": "2024M05"])
                let forged = try await supervisor.post("/reminders/non-submitters", ["plan_id": String(world.monthlyPlan), "period": "2024M05"], csrf: "x")
                // assert
                #expect(first.status == .seeOther)
                #expect(flash.body.string.contains("已向1个未报送单位发出提醒"))
                #expect(again.status == .seeOther)
                #expect(byStaff.status == .forbidden)
                #expect(forged.status == .forbidden)
                let sent = world.notifier.sent.filter { $0.kind == "chased" }
                #expect(sent.count == 1)
                #expect(sent.first?.unitName == "东湖街道")
                #expect(sent.first?.message.contains("2024年5月") == true)
                #expect(try await ReminderModel.query(on: app.db).filter(\.$kind == "chased").count() == 1)
                #expect(try await AuditEventModel.query(on: app.db).filter(\.$action == "remind").count() == 2)
            }
        }

        @Test(arguments: Engine.enabled)
        func unitDrillDownAndRankingsStayInScope(engine: Engine) async throws {
            try await withApp(engine) { app, world in
                // setup: street B records performances
                let b = try await Browser.login(app, "staff.b")
                _ = try await b.get("/ledger/new")
                _ = try await b.post("/ledger", ["title": "<i>东湖</i>演出", "date": "2024-05-02", "category": "activity", "v.performances": "7"])
                let supervisor = try await Browser.login(app, "supervisor")
                let staff = try await Browser.login(app, "staff.a")
                // act
                let unit = try await supervisor.get("/units/\(world.streetB)")
                let foreign = try await staff.get("/units/\(world.streetB)")
                let missing = try await supervisor.get("/units/999999")
                let byCount = try await supervisor.get("/rankings?metric=performances&period=2024")
                let byRate = try await supervisor.get("/rankings")
                // assert
                #expect(unit.status == .ok)
                #expect(unit.body.string.contains("东湖街道"))
                #expect(unit.body.string.contains("测试区文化和旅游局"))
                #expect(unit.body.string.contains("tz-cell-missing"))
                #expect(foreign.status == .forbidden)
                #expect(missing.status == .notFound)
                #expect(byCount.status == .ok)
                let b7 = try #require(byCount.body.string.range(of: "东湖街道"))
                let a0 = try #require(byCount.body.string.range(of: "城关街道"))
                #expect(b7.lowerBound < a0.lowerBound)
                #expect(byCount.body.string.contains("7场"))
                #expect(byRate.status == .ok)
                #expect(byRate.body.string.contains("0%"))
            }
        }

        @Test(arguments: Engine.enabled)
        func notificationsAreMarkedReadByTheirRecipientOnly(engine: Engine) async throws {
            try await withApp(engine) { app, _ in
                // setup: the scheduled job has reminded street A's liaison
                try await ReminderService.run(app: app, now: frozenNow)
                let liaison = try await Browser.login(app, "liaison.a")
                let home = try await liaison.get("/")
                let uid = try #require(try await UserModel.query(on: app.db).filter(\.$username == "liaison.a").first()?.id)
                let note = try #require(try await NotificationModel.query(on: app.db).filter(\.$userID == uid).sort(\.$id).first())
                let other = try await Browser.login(app, "staff.b")
                _ = try await other.get("/")
                // act
                let foreign = try await other.post("/notifications/\(note.id!)/read", [:])
                let read = try await liaison.post("/notifications/\(note.id!)/read", [:])
                let after = try await liaison.get("/")
                // assert
                #expect(home.body.string.contains(#"action="/notifications/\#(note.id!)/read""#))
                #expect(foreign.status == .notFound)
                #expect(read.status == .seeOther)
                #expect(try await NotificationModel.find(note.id!, on: app.db)?.readAt != nil)
                #expect(!after.body.string.contains(#"action="/notifications/\#(note.id!)/read""#))
            }
        }
    }
}
