import Fluent
import Foundation
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

extension DatabaseTests {
    /// The reporting round trip in the browser, as the end-to-end test will click it:
    /// staff records work and submits June's update, the leader approves, the supervisor
    /// accepts, and the matrix shows the street on time.
    @Suite struct WebSubmissionFlowTests {
        @Test(arguments: Engine.enabled)
        func staffSubmitsLeaderApprovesSupervisorAcceptsMatrixOnTime(engine: Engine) async throws {
            try await withApp(engine) { app, world in
                // setup: staff adds June's work
                let staff = try await Browser.login(app, "staff.a")
                _ = try await staff.get("/ledger/new")
                let added = try await staff.post("/ledger", ["title": "广场舞展演", "date": "2024-06-15", "category": "activity",
                                                             "v.performances": "3", "v.audience": "450"])
                #expect(added.status == .seeOther)

                // act 1: staff drafts June's update from the submissions page and submits it
                let list = try await staff.get("/submissions")
                #expect(list.body.string.contains(#"name="plan_id""#))
                #expect(list.body.string.contains(#"value="2024M06" selected"#))
                let drafted = try await staff.post("/submissions", ["plan_id": String(world.monthlyPlan), "period": "2024M06"])
                let location = drafted.headers.first(name: .location) ?? ""
                let id = try #require(Int(location.replacingOccurrences(of: "/submissions/", with: "")))
                let draft = try await staff.get(location)
                let submitted = try await staff.post("/submissions/\(id)/transitions", ["action": "submit"])
                let afterSubmit = try await staff.get(location)

                // act 2: the leader approves
                let leader = try await Browser.login(app, "leader.a")
                let leaderHome = try await leader.get("/")
                let leaderPage = try await leader.get(location)
                let approved = try await leader.post("/submissions/\(id)/transitions", ["action": "approve"])

                // act 3: the supervisor accepts and opens the matrix
                let supervisor = try await Browser.login(app, "supervisor")
                let supervisorHome = try await supervisor.get("/")
                let supervisorPage = try await supervisor.get(location)
                let accepted = try await supervisor.post("/submissions/\(id)/transitions", ["action": "accept"])
                let matrix = try await supervisor.get("/matrix?plan=\(world.monthlyPlan)")

                // assert
                #expect(drafted.status == .seeOther)
                #expect(draft.status == .ok)
                #expect(draft.body.string.contains("文艺演出"))
                #expect(draft.body.string.contains("草稿"))
                #expect(draft.body.string.contains(#"name="action" value="submit""#))
                #expect(!draft.body.string.contains(#"value="approve""#))
                #expect(submitted.status == .seeOther)
                #expect(afterSubmit.body.string.contains("已报送"))
                #expect(!afterSubmit.body.string.contains(#"value="submit""#))
                #expect(leaderHome.body.string.contains("/submissions/\(id)"))
                #expect(leaderPage.body.string.contains(#"name="action" value="approve""#))
                // SPEC §2: the leader approves or returns with comments (issue #12).
                #expect(leaderPage.body.string.contains(#"value="return""#))
                #expect(!leaderPage.body.string.contains(#"value="submit""#))
                #expect(approved.status == .seeOther)
                #expect(supervisorHome.body.string.contains("/submissions/\(id)"))
                #expect(supervisorPage.body.string.contains(#"name="action" value="accept""#))
                #expect(supervisorPage.body.string.contains(#"name="action" value="return""#))
                #expect(accepted.status == .seeOther)
                let stored = try #require(try await SubmissionModel.find(id, on: app.db))
                #expect(stored.status == SubmissionStatus.accepted.rawValue)
                #expect(try await SubmissionEventModel.query(on: app.db).filter(\.$submissionID == id).count() == 3)
                #expect(try await AuditEventModel.query(on: app.db).filter(\.$entity == "submission").count() == 4)
                let row = try #require(Self.matrixRow(matrix.body.string, unit: "城关街道"))
                #expect(row.contains(#"tz-cell tz-cell-on_time""#))
                #expect(row.contains(#"href="/submissions/\#(id)""#))
                #expect(Self.matrixRow(matrix.body.string, unit: "东湖街道")?.contains("tz-cell-missing") == true)
            }
        }

        /// The heatmap row of one unit (from its name to the end of the row).
        static func matrixRow(_ html: String, unit: String) -> String? {
            guard let start = html.range(of: ">\(unit)</a></th>") else { return nil }
            let rest = html[start.upperBound...]
            return String(rest[..<(rest.range(of: "</tr>")?.lowerBound ?? rest.endIndex)])
        }
    }
}
