import Fluent
import Foundation
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

/// Issue #16, problems 1 and 2: what is typed next to 报送 is what goes up, an empty
/// narrative is refused next to the box, and a draft's figures follow the ledger until it is
/// submitted (then they are frozen).
extension DatabaseTests {
    @Suite struct WebReportFormTests {
        @Test(arguments: Engine.enabled)
        func theNarrativeTypedWhenPressingSubmitIsStored(engine: Engine) async throws {
            try await withApp(engine) { app, world in
                // setup
                let (staff, id) = try await WebSubmissionPageTests.drafted(app, world)
                // act: type, then press 报送 directly (no 保存 first)
                let res = try await staff.post("/submissions/\(id)", ["narrative": "六月共开展演出3场，观众450人次。", "action": "submit"])
                // assert
                #expect(res.status == .seeOther)
                let stored = try #require(try await SubmissionModel.find(id, on: app.db))
                #expect(stored.status == SubmissionStatus.submitted.rawValue)
                #expect(stored.narrative == "六月共开展演出3场，观众450人次。")
                let audit = try #require(try await AuditEventModel.query(on: app.db).filter(\.$entity == "submission")
                    .filter(\.$action == "submit").first())
                #expect(audit.changes.contains(#""field":"narrative""#))
            }
        }

        @Test(arguments: Engine.enabled)
        func anEmptyNarrativeIsRefusedNextToTheBox(engine: Engine) async throws {
            try await withApp(engine) { app, world in
                // setup
                let (staff, id) = try await WebSubmissionPageTests.drafted(app, world)
                let api = try await Caller.login(app, "staff.a")
                let version = try #require(try await SubmissionModel.find(id, on: app.db)).version
                _ = try await api.send(.PUT, "/api/submissions/\(id)", json: #"{"narrative":"","version":\#(version)}"#)
                _ = try await staff.get("/submissions/\(id)")
                // act
                let blank = try await staff.post("/submissions/\(id)", ["narrative": " \n ", "action": "submit"])
                let viaAPI = try await api.send(.POST, "/api/submissions/\(id)/transitions", json: #"{"action":"submit"}"#)
                // assert
                #expect(blank.status == .unprocessableEntity)
                #expect(blank.body.string.contains(#"<p class="tz-error" id="f-narrative-error">报送说明不能为空"#))
                #expect(viaAPI.status == .unprocessableEntity)
                #expect(viaAPI.json["code"] as? String == "narrative_required")
                #expect(try await SubmissionModel.find(id, on: app.db)?.status == "draft")
            }
        }

        @Test(arguments: Engine.enabled)
        func aStalePageKeepsWhatWasTyped(engine: Engine) async throws {
            try await withApp(engine) { app, world in
                // setup: the page is opened, then someone else saves
                let (staff, id) = try await WebSubmissionPageTests.drafted(app, world)
                let api = try await Caller.login(app, "staff.a")
                let version = try #require(try await SubmissionModel.find(id, on: app.db)).version
                _ = try await api.send(.PUT, "/api/submissions/\(id)", json: #"{"narrative":"别人的修改","version":\#(version)}"#)
                // act
                let res = try await staff.post("/submissions/\(id)", ["narrative": "我刚写的一大段文字", "action": "submit"])
                // assert
                #expect(res.status == .unprocessableEntity)
                #expect(res.body.string.contains("我刚写的一大段文字</textarea>"))
                #expect(res.body.string.contains("已被"))
                #expect(try await SubmissionModel.find(id, on: app.db)?.status == "draft")
            }
        }

        @Test(arguments: Engine.enabled)
        func figuresFollowTheLedgerUntilSubmittedThenStay(engine: Engine) async throws {
            try await withApp(engine) { app, world in
                // setup: 36 trainees in June, drafted, then corrected to 38 in the ledger
                let api = try await Caller.login(app, "staff.a")
                let body = #"{"unit_id":\#(world.streetA),"category":"training","title":"业务培训","date":"2024-06-10","values":[{"indicator":"trainees","value":36}]}"#
                let entry = try await api.send(.POST, "/api/entries", json: body)
                let entryID = try #require(entry.json["id"] as? Int)
                let (staff, id) = try await WebSubmissionPageTests.drafted(app, world)
                let put = try await api.send(.PUT, "/api/entries/\(entryID)", json: body.replacingOccurrences(of: ":36", with: ":38"),
                                             headers: ["If-Match": "\"\(entry.json["version"] as? Int ?? 1)\""])
                #expect(put.status == .ok, "\(put.body.string)")
                // act 1: the page shows the change; the button takes it
                let page = try await staff.get("/submissions/\(id)")
                let refreshed = try await staff.post("/submissions/\(id)", ["narrative": "六月培训38人次。", "action": "refresh"])
                let afterRefresh = try await Self.values(app, id)
                // act 2: submitted, then the ledger changes again
                _ = try await staff.get("/submissions/\(id)")
                _ = try await staff.post("/submissions/\(id)", ["narrative": "六月培训38人次。", "action": "submit"])
                let current = try await api.send(.GET, "/api/entries/\(entryID)")
                _ = try await api.send(.PUT, "/api/entries/\(entryID)", json: body.replacingOccurrences(of: ":36", with: ":40"),
                                       headers: ["If-Match": "\"\(current.json["version"] as? Int ?? 1)\""])
                let frozen = try await Self.values(app, id)
                let submittedPage = try await staff.get("/submissions/\(id)")
                // assert
                #expect(page.body.string.contains("<del>36人次</del>") && page.body.string.contains("<ins>38人次</ins>"))
                #expect(refreshed.status == .seeOther)
                #expect(afterRefresh["trainees"] == 38)
                #expect(frozen["trainees"] == 38)
                #expect(!submittedPage.body.string.contains("tz-ledger-changes"))
            }
        }

        static func values(_ app: Application, _ id: Int) async throws -> [String: Double] {
            let m = try #require(try await SubmissionModel.find(id, on: app.db))
            return Dictionary((JSON.decode([IndicatorValue].self, m.valuesJSON) ?? []).map { ($0.indicator, $0.value) }, uniquingKeysWith: +)
        }
    }
}
