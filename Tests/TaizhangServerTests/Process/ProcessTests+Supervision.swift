import Fluent
import Foundation
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

/// SPEC §4.4: inspections, self-inspection reports, rectification items and their rate;
/// open items feed the summary's "存在的问题".
extension DatabaseTests.ProcessTests {
    static let inspection = #"{"planned_on":"2024-05-10","held_on":"2024-05-10","inspectors":["国家示范区创建工作办公室督导组"],"findings":["文化站免费开放时间公示不规范"],"feedback":{"sent_on":"2024-05-20","addressees":["local_government","provincial_government"],"text":"督导反馈意见"}}"#

    /// An inspection with one finding, opened as an item due `deadline`; returns the item id.
    static func openItem(_ s: Setup, _ w: TestWorld, deadline: String) async throws -> Int {
        let i = try await s.supervisor.send(.POST, "/api/process/units/\(w.streetA)/inspections", json: inspection)
        #expect(i.status == .created, "\(i.body.string)")
        let items = try await s.supervisor.send(.POST, "/api/process/units/\(w.streetA)/rectifications",
                                                json: #"{"source_kind":"inspection","source_id":\#(i.json["id"] as! Int),"owner":"李卫东","deadline":"\#(deadline)"}"#)
        #expect(items.status == .created, "\(items.body.string)")
        return (items.jsonArray.first?["item"] as? [String: Any])?["id"] as! Int
    }

    @Test(arguments: Engine.enabled)
    func inspectionsAreSupervisorsAndWarnWhenNonePlanned(engine: Engine) async throws {
        try await withApp(engine) { app, w in
            // setup
            let s = try await Self.zone(app, w)
            let path = "/api/process/units/\(w.streetA)/inspections"
            // act
            let recorded = try await s.supervisor.send(.POST, path, json: Self.inspection)
            let byStaff = try await s.staff.send(.POST, path, json: Self.inspection)
            let unknown = try await s.supervisor.send(.POST, path, json: Self.inspection.replacingOccurrences(of: "local_government", with: "mayor"))
            let none2025 = try await s.staff.get(path + "/warnings?year=2025").jsonArray
            let fine2024 = try await s.staff.get(path + "/warnings?year=2024").jsonArray
            // assert
            #expect(recorded.status == .created && recorded.json["findings"] as? [String] == ["文化站免费开放时间公示不规范"])
            #expect(byStaff.status == .forbidden)
            #expect(unknown.status == .unprocessableEntity && unknown.json["code"] as? String == "unknown_addressee")
            #expect(none2025.map { $0["code"] as? String } == ["no_inspection_planned"])
            #expect(fine2024.isEmpty)
        }
    }

    @Test(arguments: Engine.enabled)
    func rectificationItemsFromFindingsToCloseOff(engine: Engine) async throws {
        try await withApp(engine) { app, w in
            // setup: one item already past its deadline (today is 3 July 2024: opened earlier, as an
            // item cannot be opened with a past deadline), one self-inspection item due 31 July
            let s = try await Self.zone(app, w)
            let late = try await Self.openItem(s, w, deadline: "2024-07-03")
            let model = try #require(try await RectificationItemModel.find(late, on: app.db))
            var earlier = try #require(model.domain)
            earlier.deadline = CivilDate(2024, 6, 30)
            model.store(earlier)
            try await model.save(on: app.db)
            let pastDeadline = try await s.supervisor.send(.POST, "/api/process/units/\(w.streetA)/rectifications",
                                                           json: #"{"source_kind":"inspection","source_id":1,"owner":"李卫东","deadline":"2024-06-30"}"#)
            let report = try await s.staff.send(.POST, "/api/process/units/\(w.streetA)/half-year-reports",
                                                json: #"{"kind":"self_inspection","period":"2024H1","summary":"上半年自查报告","findings":["部分社区文化活动记录不完整"]}"#)
            let created = try await s.staff.send(.POST, "/api/process/units/\(w.streetA)/rectifications",
                                                 json: #"{"source_kind":"self_inspection","source_id":\#(report.json["id"] as! Int),"owner":"王丽萍","deadline":"2024-07-31"}"#)
            let item = (created.jsonArray.first?["item"] as? [String: Any])?["id"] as! Int
            let base = "/api/process/rectifications/"
            // act
            let tooLate = try await s.staff.send(.POST, base + "\(late)/extension", json: #"{"new_deadline":"2024-08-31","reason":"需政府采购"}"#)
            let asked = try await s.staff.send(.POST, base + "\(item)/extension", json: #"{"new_deadline":"2024-08-31","reason":"需政府采购"}"#)
            let selfApproved = try await s.staff.send(.POST, base + "\(item)/extension/decision", json: #"{"approve":true}"#)
            let approved = try await s.supervisor.send(.POST, base + "\(item)/extension/decision", json: #"{"approve":true,"note":"同意延期"}"#)
            let bare = try await s.staff.send(.POST, base + "\(item)/close", json: "{}")
            _ = try await s.staff.send(.POST, base + "\(item)/evidence", json: #"{"text":"整改照片","file_ref":"整改佐证.pdf"}"#)
            let closed = try await s.staff.send(.POST, base + "\(item)/close", json: "{}")
            let again = try await s.staff.send(.POST, base + "\(item)/close", json: "{}")
            // assert
            #expect(pastDeadline.status == .unprocessableEntity && pastDeadline.json["code"] as? String == "deadline_past")
            #expect(report.status == .created && report.json["copies_to"] as? [String] == ["省人民政府", "省文化厅", "省财政厅"])
            #expect(tooLate.status == .unprocessableEntity && tooLate.json["code"] as? String == "extension_too_late")
            #expect(tooLate.json["message"] as? String == "整改期限（2024年6月30日）已到，不能再申请延期")
            #expect(asked.status == .ok, "\(asked.body.string)")
            #expect(selfApproved.status == .forbidden)
            #expect(approved.json["due_date"] as? String == "2024-08-31")
            #expect(bare.status == .unprocessableEntity && bare.json["code"] as? String == "close_needs_evidence")
            #expect(closed.json["status"] as? String == "closed")
            #expect(again.status == .unprocessableEntity && again.json["code"] as? String == "item_closed")
            let rates = try await s.supervisor.get("/api/process/rectification-rates?unit=\(w.bureau)").jsonArray
            #expect(rates.count == 1 && rates[0]["total"] as? Int == 2 && rates[0]["overdue"] as? Int == 1 && rates[0]["rate"] as? Double == 50)
            #expect(try await AuditEventModel.query(on: app.db).filter(\.$entity == "rectification_item").count() == 6)
        }
    }

    @Test(arguments: Engine.enabled)
    func halfYearReportsOncePerHalf(engine: Engine) async throws {
        try await withApp(engine) { app, w in
            let s = try await Self.zone(app, w)
            let path = "/api/process/units/\(w.streetA)/half-year-reports"
            let body = #"{"kind":"fund_usage","period":"2024H1","summary":"上半年经费使用情况"}"#
            // act
            let filed = try await s.staff.send(.POST, path, json: body)
            let twice = try await s.staff.send(.POST, path, json: body)
            let quarter = try await s.staff.send(.POST, path, json: body.replacingOccurrences(of: "2024H1", with: "2024Q1"))
            // assert
            #expect(filed.status == .created && filed.json["filed_on"] as? String == "2024-07-03")
            #expect(twice.status == .conflict)
            #expect(quarter.status == .unprocessableEntity && quarter.json["field"] as? String == "period")
            #expect(try await s.supervisor.get(path).jsonArray.count == 1)
        }
    }

    @Test(arguments: Engine.enabled)
    func openItemsAppearInTheSummaryProblems(engine: Engine) async throws {
        try await withApp(engine) { app, w in
            // setup
            let s = try await Self.zone(app, w)
            _ = try await Self.openItem(s, w, deadline: "2024-08-31")
            // act
            let draft = try await s.staff.send(.POST, "/api/summaries", json: #"{"unit_id":\#(w.streetA),"period":"2024H1"}"#)
            // assert
            #expect(draft.status == .created, "\(draft.body.string)")
            let problems = DatabaseTests.SummaryTests.paragraph(draft.json, "problems-body")
            #expect(problems.contains("1项整改事项尚未销号（文化站免费开放时间公示不规范）"), "\(problems)")
            let id = (draft.json["summary"] as? [String: Any])?["id"] as? Int ?? 0
            let number = try #require(try await s.staff.get("/api/summaries/\(id)/numbers").jsonArray.first { $0["text"] as? String == "1项" })
            let sources = try await s.staff.get("/api/summaries/\(id)/numbers/\(number["index"] as! Int)").json["sources"] as? [[String: Any]]
            #expect(sources?.map { $0["label"] as? String } == ["整改事项：文化站免费开放时间公示不规范"])
        }
    }

    @Test(arguments: Engine.enabled)
    func aZonesSummaryReportsItsCreationWorkTracedToTheRecords(engine: Engine) async throws {
        try await withApp(engine) { app, w in
            // setup: the zone was inspected in May and the finding opened as an item
            let s = try await Self.zone(app, w)
            _ = try await Self.openItem(s, w, deadline: "2024-08-31")
            // act
            let draft = try await s.staff.send(.POST, "/api/summaries", json: #"{"unit_id":\#(w.streetA),"period":"2024H1","subtree":false}"#)
            // assert: （一） is the creation work; the inspection's finding count opens to the inspection
            #expect(draft.status == .created, "\(draft.body.string)")
            let blocks = ((draft.json["content"] as? [String: Any])?["blocks"] as? [[String: Any]]) ?? []
            #expect(blocks.contains { $0["id"] as? String == "creation" && $0["text"] as? String == "示范区创建工作扎实推进" })
            let body = DatabaseTests.SummaryTests.paragraph(draft.json, "creation-1-body")
            #expect(body.contains("5月10日，国家示范区创建工作办公室督导组来"), "\(body)")
            let id = (draft.json["summary"] as? [String: Any])?["id"] as? Int ?? 0
            let numbers = try await s.staff.get("/api/summaries/\(id)/numbers").jsonArray
            let found = try #require(numbers.first { ($0["trace"] as? [String])?.contains { $0.hasPrefix("record:inspection:") } == true })
            let sources = try await s.staff.get("/api/summaries/\(id)/numbers/\(found["index"] as! Int)").json["sources"] as? [[String: Any]]
            #expect(sources?.first?["label"] as? String == "督导检查（发现问题1个）")
            #expect(sources?.first?["date"] as? String == "2024-05-10")
        }
    }
}
