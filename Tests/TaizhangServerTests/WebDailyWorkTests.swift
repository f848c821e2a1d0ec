import Fluent
import Foundation
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

/// Issue #16 in the browser: a supervisor (and a street's own staff) follow a figure to a
/// community's entry without 无权访问; the leader approves or returns with 审核意见; the
/// supervisor's home names who has not reported and one tap reminds them, and the filer sees it.
extension DatabaseTests {
    @Suite struct WebDailyWorkTests {
        @Test(arguments: Engine.enabled)
        func aChildUnitsEntryOpensReadOnlyForTheSupervisorAndTheStreet(engine: Engine) async throws {
            try await withApp(engine) { app, _ in
                // setup: community A1 records a screening with a photo
                let a1 = try await Browser.login(app, "staff.a1")
                _ = try await a1.get("/ledger/new")
                let photo: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0] + Array(repeating: 0x41, count: 2000)
                let made = try await a1.postMultipart("/ledger", ["title": "社区电影放映", "date": "2024-06-12", "category": "activity",
                                                                  "v.film_screenings": "约3"], files: [("evidence", "放映现场.jpg", photo)])
                #expect(made.status == .seeOther, "\(made.body.string.prefix(300))")
                let entry = try #require(try await EntryModel.query(on: app.db).filter(\.$title == "社区电影放映").first())
                let evidence = try #require(try await EvidenceModel.query(on: app.db).first())
                // act
                let supervisor = try await Browser.login(app, "supervisor")
                let bySupervisor = try await supervisor.get("/ledger/\(entry.id!)")
                let street = try await Browser.login(app, "staff.a")
                let byStreet = try await street.get("/ledger/\(entry.id!)")
                let photoByStreet = try await street.get("/ledger/\(entry.id!)/evidence/\(evidence.id!)")
                let editByStreet = try await street.get("/ledger/\(entry.id!)/edit")
                let other = try await Browser.login(app, "staff.b")
                let byOther = try await other.get("/ledger/\(entry.id!)")
                let own = try await a1.get("/ledger/\(entry.id!)")
                // assert
                #expect(bySupervisor.status == .ok)
                #expect(bySupervisor.body.string.contains("社区电影放映") && bySupervisor.body.string.contains("约3场"))
                #expect(bySupervisor.body.string.contains(#"<img src="/ledger/\#(entry.id!)/evidence/\#(evidence.id!)""#))
                #expect(!bySupervisor.body.string.contains("/ledger/\(entry.id!)/edit"))
                #expect(byStreet.status == .ok)
                #expect(photoByStreet.status == .ok)
                #expect(photoByStreet.headers.first(name: .contentDisposition)?.hasPrefix("inline;") == true)
                #expect(editByStreet.status == .forbidden, "viewing is not editing")
                #expect(byOther.status == .forbidden)
                #expect(own.body.string.contains(#"href="/ledger/\#(entry.id!)/edit""#))
                let stored = try #require(try await EntryValueModel.query(on: app.db).filter(\.$entryID == entry.id!).first())
                #expect(stored.value == 3 && stored.qualifier == "约")
            }
        }

        @Test(arguments: Engine.enabled)
        func theLeaderReturnsWithACommentThatHeadsTheFilersPage(engine: Engine) async throws {
            try await withApp(engine) { app, world in
                // setup: submitted by the staff
                let (staff, id) = try await WebSubmissionPageTests.drafted(app, world)
                _ = try await staff.post("/submissions/\(id)", ["narrative": "六月工作动态。", "action": "submit"])
                let leader = try await Browser.login(app, "leader.a")
                // act
                let page = try await leader.get("/submissions/\(id)")
                let bare = try await leader.post("/submissions/\(id)/transitions", ["action": "return", "comment": ""])
                let returned = try await leader.post("/submissions/\(id)/transitions", ["action": "return", "comment": "请补充演出照片"])
                let filer = try await staff.get("/submissions/\(id)")
                // assert
                #expect(page.body.string.contains(">同意并报上级</button>") && page.body.string.contains(">退回修改</button>"))
                #expect(page.body.string.contains("审核意见"))
                #expect(bare.status == .unprocessableEntity && bare.body.string.contains("退回时请填写退回意见"))
                #expect(returned.status == .seeOther)
                #expect(try await SubmissionModel.find(id, on: app.db)?.status == "returned")
                let banner = try #require(filer.body.string.range(of: "tz-return-banner"))
                #expect(filer.body.string.range(of: "请补充演出照片").map { $0.lowerBound > banner.lowerBound } == true)
                #expect(filer.body.string.contains(#"name="action" value="submit""#))
            }
        }

        @Test(arguments: Engine.enabled)
        func theSupervisorsHomeNamesWhoHasNotReportedAndOneTapRemindsTheFiler(engine: Engine) async throws {
            try await withApp(engine) { app, world in
                // setup: 3 July — June is due on 5 July; street A has submitted, street B has not
                let (staff, id) = try await WebSubmissionPageTests.drafted(app, world)
                _ = try await staff.post("/submissions/\(id)", ["narrative": "六月工作动态。", "action": "submit"])
                let supervisor = try await Browser.login(app, "supervisor")
                // act
                let home = try await supervisor.get("/")
                let remind = try await supervisor.post("/reminders/non-submitters",
                                                       ["plan_id": String(world.monthlyPlan), "period": "2024M06", "return_to": "/"])
                let after = try await supervisor.get(remind.headers.first(name: .location) ?? "/")
                let filer = try await Browser.login(app, "staff.b")
                let filerHome = try await filer.get("/")
                // assert
                let body = home.body.string
                #expect(body.contains("谁还没报？"))
                #expect(body.contains("本期应报2，已报1，未报1"))
                #expect(body.contains(#"<a href="/units/\#(world.streetB)">东湖街道</a>"#))
                #expect(body.contains(#"name="period" value="2024M06""#))
                #expect(remind.headers.first(name: .location) == "/")
                #expect(after.body.string.contains("已向1个未报送单位发出提醒：东湖街道。"))
                let reminders = try #require(filerHome.body.string.range(of: "tz-reminders"))
                let firstCard = filerHome.body.string.range(of: "tz-card") ?? reminders
                #expect(reminders.lowerBound < firstCard.lowerBound, "the reminder is at the top of the filer's home")
                #expect(filerHome.body.string.contains("2024年6月报送截止日期为2024年7月5日"))
                #expect(filerHome.body.string.contains("/submissions?draft_plan=\(world.monthlyPlan)&amp;draft_period=2024M06#new-draft"))
            }
        }

        @Test(arguments: Engine.enabled)
        func theSupervisorsListPutsWhatAwaitsHerFirst(engine: Engine) async throws {
            try await withApp(engine) { app, world in
                // setup: street A's June report approved by the leader; street B's June draft
                let (staff, id) = try await WebSubmissionPageTests.drafted(app, world)
                _ = try await staff.post("/submissions/\(id)", ["narrative": "六月工作动态。", "action": "submit"])
                let leader = try await Browser.login(app, "leader.a")
                _ = try await leader.get("/submissions/\(id)")
                _ = try await leader.post("/submissions/\(id)/transitions", ["action": "approve"])
                let b = try await Caller.login(app, "staff.b")
                let draftB = try await b.send(.POST, "/api/submissions", json: #"{"unit_id":\#(world.streetB),"plan_id":\#(world.monthlyPlan),"period":"2024M05","narrative":"五月"}"#)
                let supervisor = try await Browser.login(app, "supervisor")
                // act
                let list = try await supervisor.get("/submissions")
                let onlyB = try await supervisor.get("/submissions?unit=\(world.streetB)")
                // assert
                let body = list.body.string
                let mine = try #require(body.range(of: #"href="/submissions/\#(id)""#))
                let other = try #require(body.range(of: #"href="/submissions/\#(draftB.json["id"] as? Int ?? 0)""#))
                #expect(mine.lowerBound < other.lowerBound)
                #expect(body.contains(#"name="unit""#) && body.contains(#"name="plan""#) && body.contains(#"name="period""#))
                #expect(!onlyB.body.string.contains(#"href="/submissions/\#(id)""#))
            }
        }
    }
}
