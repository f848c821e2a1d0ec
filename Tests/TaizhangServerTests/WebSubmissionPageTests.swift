import Fluent
import Foundation
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

extension DatabaseTests {
    @Suite struct WebSubmissionPageTests {
        /// Staff of street A with June drafted; returns the browser and the submission's id.
        static func drafted(_ app: Application, _ world: TestWorld) async throws -> (Browser, Int) {
            let staff = try await Browser.login(app, "staff.a")
            _ = try await staff.get("/submissions")
            let res = try await staff.post("/submissions", ["plan_id": String(world.monthlyPlan), "period": "2024M06"])
            #expect(res.status == .seeOther)
            let id = Int((res.headers.first(name: .location) ?? "").replacingOccurrences(of: "/submissions/", with: "")) ?? 0
            _ = try await staff.get("/submissions/\(id)")
            return (staff, id)
        }

        @Test(arguments: Engine.enabled)
        func anotherStreetsStaffCannotSeeOrMoveTheSubmission(engine: Engine) async throws {
            try await withApp(engine) { app, world in
                // setup
                let (_, id) = try await Self.drafted(app, world)
                let prefilled = try #require(try await SubmissionModel.find(id, on: app.db)).narrative
                let other = try await Browser.login(app, "staff.b")
                _ = try await other.get("/submissions")
                // act
                let page = try await other.get("/submissions/\(id)")
                let move = try await other.post("/submissions/\(id)/transitions", ["action": "submit"])
                let edit = try await other.post("/submissions/\(id)", ["narrative": "篡改"])
                let list = try await other.get("/submissions")
                // assert
                #expect(page.status == .forbidden)
                #expect(move.status == .forbidden)
                #expect(edit.status == .forbidden)
                #expect(!list.body.string.contains("/submissions/\(id)\""))
                let stored = try #require(try await SubmissionModel.find(id, on: app.db))
                #expect(stored.status == "draft")
                #expect(stored.narrative == prefilled)
            }
        }

        @Test(arguments: Engine.enabled)
        func formsWithoutTheSessionTokenAreRefused(engine: Engine) async throws {
            try await withApp(engine) { app, world in
                // setup
                let (staff, id) = try await Self.drafted(app, world)
                // act
                let move = try await staff.post("/submissions/\(id)/transitions", ["action": "submit"], csrf: "forged")
                let draft = try await staff.post("/submissions", ["plan_id": String(world.monthlyPlan), "period": "2024M05"], csrf: "")
                // assert
                #expect(move.status == .forbidden)
                #expect(move.body.string.contains("表单已过期"))
                #expect(draft.status == .forbidden)
                #expect(try await SubmissionModel.find(id, on: app.db)?.status == "draft")
                #expect(try await SubmissionModel.query(on: app.db).count() == 1)
            }
        }

        @Test(arguments: Engine.enabled)
        func aBadDraftRequestShowsTheFieldErrorAndKeepsTheChoice(engine: Engine) async throws {
            try await withApp(engine) { app, world in
                // setup
                let staff = try await Browser.login(app, "staff.a")
                _ = try await staff.get("/submissions")
                // act: a quarter for a monthly plan, a month not yet started, then the same month twice
                let wrongKind = try await staff.post("/submissions", ["plan_id": String(world.monthlyPlan), "period": "2024Q2"])
                let future = try await staff.post("/submissions", ["plan_id": String(world.monthlyPlan), "period": "2024M12"])
                let first = try await staff.post("/submissions", ["plan_id": String(world.monthlyPlan), "period": "2024M06"])
                let again = try await staff.post("/submissions", ["plan_id": String(world.monthlyPlan), "period": "2024M06"])
                // assert
                #expect(wrongKind.status == .unprocessableEntity)
                #expect(wrongKind.body.string.contains("按月报送"))
                #expect(wrongKind.body.string.contains(#"aria-invalid="true""#))
                #expect(future.status == .unprocessableEntity)
                #expect(future.body.string.contains("尚未开始"))
                #expect(first.status == .seeOther)
                #expect(again.status == .seeOther)
                #expect(again.headers.first(name: .location) == first.headers.first(name: .location))
                #expect(try await SubmissionModel.query(on: app.db).count() == 1)
            }
        }

        @Test(arguments: Engine.enabled)
        func messagesFollowTheChosenLanguage(engine: Engine) async throws {
            try await withApp(engine) { app, world in
                // setup
                let staff = try await Browser.login(app, "staff.a")
                _ = try await staff.get("/submissions?lang=en")
                // act
                let wrong = try await staff.post("/submissions", ["plan_id": String(world.monthlyPlan), "period": "2024Q2"])
                let made = try await staff.post("/submissions", ["plan_id": String(world.monthlyPlan), "period": "2024M06"])
                let page = try await staff.get(made.headers.first(name: .location) ?? "/")
                // assert
                #expect(wrong.body.string.contains("is reported per month"))
                #expect(page.body.string.contains("Draft created; check it, then submit."))
                #expect(page.body.string.contains(#"value="submit""#))
            }
        }

        @Test(arguments: Engine.enabled)
        func aReturnNeedsACommentAndTheCommentIsShownEscaped(engine: Engine) async throws {
            try await withApp(engine) { app, world in
                // setup: submitted, then a narrative with markup
                let (staff, id) = try await Self.drafted(app, world)
                let saved = try await staff.post("/submissions/\(id)", ["narrative": "<b>六月</b>工作"])
                _ = try await staff.get("/submissions/\(id)")
                _ = try await staff.post("/submissions/\(id)/transitions", ["action": "submit"])
                let supervisor = try await Browser.login(app, "supervisor")
                _ = try await supervisor.get("/submissions/\(id)")
                // act
                let bare = try await supervisor.post("/submissions/\(id)/transitions", ["action": "return", "comment": "  "])
                let back = try await supervisor.post("/submissions/\(id)/transitions", ["action": "return", "comment": "<script>x()</script>请补充数字"])
                let staffView = try await staff.get("/submissions/\(id)")
                let home = try await staff.get("/")
                // assert
                #expect(saved.status == .seeOther)
                #expect(bare.status == .unprocessableEntity)
                #expect(bare.body.string.contains("退回时请填写退回意见"))
                #expect(back.status == .seeOther)
                #expect(staffView.body.string.contains("&lt;script&gt;x()&lt;/script&gt;请补充数字"))
                #expect(!staffView.body.string.contains("<script>x()"))
                #expect(staffView.body.string.contains("&lt;b&gt;六月&lt;/b&gt;工作"))
                #expect(staffView.body.string.contains(#"value="submit""#))
                #expect(home.body.string.contains(#"href="/submissions/\#(id)""#))
                #expect(home.body.string.contains("请补充数字"))
                #expect(try await SubmissionModel.find(id, on: app.db)?.status == "returned")
            }
        }
    }
}
