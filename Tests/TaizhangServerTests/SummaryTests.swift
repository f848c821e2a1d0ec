import Fluent
import Foundation
import SQLKit
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

extension DatabaseTests {
    @Suite struct SummaryTests {
        /// Street A's half-year: entries of its own and of community A1, one approximate, one
        /// last year, a planned one for July, and an annual target. Returns the supervisor, who
        /// reads the whole street (its staff read the street's own ledger only).
        static func ledger(_ app: Application, _ w: TestWorld) async throws -> Caller {
            let staff = try await Caller.login(app, "staff.a")
            let staffA1 = try await Caller.login(app, "staff.a1")
            func entry(_ c: Caller, _ unit: Int, _ title: String, _ date: String, _ values: String, planned: Bool = false) async throws {
                let res = try await c.send(.POST, "/api/entries", json: #"{"unit_id":\#(unit),"category":"activity","title":"\#(title)","date":"\#(date)","values":[\#(values)],"planned":\#(planned)}"#)
                #expect(res.status == .created, "\(res.body.string)")
            }
            try await entry(staff, w.streetA, "迎新春文艺演出", "2024-02-08", #"{"indicator":"performances","value":3},{"indicator":"audience","value":1200}"#)
            try await entry(staff, w.streetA, "端午文艺汇演", "2024-06-10", #"{"indicator":"performances","value":2},{"indicator":"audience","value":800,"qualifier":"余"}"#)
            try await entry(staffA1, w.communityA1, "社区广场舞展演", "2024-05-01", #"{"indicator":"performances","value":1},{"indicator":"audience","value":300}"#)
            try await entry(staff, w.streetA, "去年端午汇演", "2023-06-12", #"{"indicator":"performances","value":4}"#)
            try await entry(staff, w.streetA, "庆七一文艺演出", "2024-07-01", #"{"indicator":"performances","value":1}"#, planned: true)
            let supervisor = try await Caller.login(app, "supervisor")
            let t = try await supervisor.send(.PUT, "/api/targets", json: #"{"unit_id":\#(w.streetA),"indicator":"performances","period":"2024","value":10}"#)
            #expect(t.status == .ok, "\(t.body.string)")
            // The answer shows the year's progress so far: 6 of 10 (the planned July show does not count yet).
            #expect(t.json["actual"] as? Double == 6)
            #expect(t.json["percent"] as? Int == 60)
            return supervisor
        }

        static func create(_ c: Caller, unit: Int, subtree: Bool = true) async throws -> TestingHTTPResponse {
            try await c.send(.POST, "/api/summaries", json: #"{"unit_id":\#(unit),"period":"2024H1","subtree":\#(subtree)}"#)
        }

        static func paragraph(_ detail: [String: Any], _ id: String) -> String {
            let blocks = (detail["content"] as? [String: Any])?["blocks"] as? [[String: Any]] ?? []
            let p = blocks.first { $0["type"] as? String == "paragraph" && $0["id"] as? String == id }
            return (p?["runs"] as? [[String: Any]] ?? []).map { ($0["text"] as? String) ?? (($0["number"] as? [String: Any])?["text"] as? String ?? "") }.joined()
        }

        @Test(arguments: Engine.enabled)
        func draftNumbersEqualTheLedgerAndPassTheChecker(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                // setup
                let supervisor = try await Self.ledger(app, w)
                // act
                let res = try await Self.create(supervisor, unit: w.streetA)
                // assert
                #expect(res.status == .created, "\(res.body.string)")
                let detail = res.json
                #expect((detail["version"] as? [String: Any])?["finding_count"] as? Int == 0, "\(detail["findings"] ?? "")")
                let figures = Self.paragraph(detail, "area-1-figures")
                // Recomputed independently with plain SQL over the stored values.
                let sql = app.db as! any SQLDatabase
                let row = try await sql.raw("SELECT SUM(value) AS total FROM entry_values WHERE indicator_code = 'performances' AND planned = \(bind: false) AND counts_on BETWEEN '2024-01-01' AND '2024-06-30'").first()
                let performances = try row!.decode(column: "total", as: Double.self)
                #expect(performances == 6)
                // 6 against last year's 4: a base below 10 is compared by its two values, not "同比增长50%".
                #expect(figures.contains("开展文艺演出由去年同期的4场增至6场"), "\(figures)")
                #expect(!figures.contains("50%"), "\(figures)")
                #expect(figures.contains("完成全年目标任务的60%"), "\(figures)")
                #expect(figures.contains("受众达2300余人次"), "\(figures)") // 800余 keeps the sum approximate
                #expect(Self.paragraph(detail, "plans-body").contains("庆七一文艺演出"))
                let title = (detail["content"] as? [String: Any])?["title"] as? String
                #expect(title?.hasSuffix("2024年上半年工作总结（汇总）") == true) // the roll-up is told apart from the street's own
                #expect((detail["style"] as? [Any])?.isEmpty == true, "\(detail["style"] ?? "")")
            }
        }

        @Test(arguments: Engine.enabled)
        func everyNumberOpensToItsEntries(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                let supervisor = try await Self.ledger(app, w)
                let id = try #require(try await Self.create(supervisor, unit: w.streetA).json["summary"] as? [String: Any])["id"] as! Int
                // act
                let numbers = try await supervisor.get("/api/summaries/\(id)/numbers").jsonArray
                let performances = try #require(numbers.first { $0["text"] as? String == "6场" })
                let detail = try await supervisor.get("/api/summaries/\(id)/numbers/\(performances["index"] as! Int)").json
                // assert
                let sources = detail["sources"] as? [[String: Any]] ?? []
                #expect(Set(sources.compactMap { $0["label"] as? String }) == ["迎新春文艺演出", "端午文艺汇演", "社区广场舞展演"])
                #expect(sources.allSatisfy { ($0["values"] as? [[String: Any]])?.contains { $0["indicator"] as? String == "performances" } == true })
                // The same draft for someone outside the street: no access at all.
                let staffB = try await Caller.login(app, "staff.b")
                #expect(try await staffB.get("/api/summaries/\(id)/numbers/0").status == .forbidden)
                #expect(try await staffB.get("/api/summaries/\(id)").status == .forbidden)
            }
        }

        @Test(arguments: Engine.enabled)
        func editsMakeVersionsAndTypedNumbersLoseTheirTrace(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                let supervisor = try await Self.ledger(app, w)
                let created = try await Self.create(supervisor, unit: w.streetA).json
                let id = (created["summary"] as! [String: Any])["id"] as! Int
                let text = Self.paragraph(created, "area-1-figures").replacingOccurrences(of: "增至6场", with: "增至8场")
                // act
                let saved = try await supervisor.send(.PUT, "/api/summaries/\(id)", json: try Self.json(["base_version": 1, "edits": [["block": "area-1-figures", "text": text]]]))
                let stale = try await supervisor.send(.PUT, "/api/summaries/\(id)", json: try Self.json(["base_version": 1, "edits": [["block": "opening", "text": "x"]]]))
                // assert
                #expect(saved.status == .ok, "\(saved.body.string)")
                #expect((saved.json["version"] as? [String: Any])?["number"] as? Int == 2)
                #expect(stale.status == .conflict)
                let numbers = try await supervisor.get("/api/summaries/\(id)/numbers?version=2").jsonArray
                #expect(numbers.first { $0["text"] as? String == "8场" }?["traced"] as? Bool == false)
                #expect(numbers.first { $0["text"] as? String == "2300余人次" }?["traced"] as? Bool == true)
                let versions = try await supervisor.get("/api/summaries/\(id)/versions").jsonArray
                #expect(versions.map { $0["number"] as? Int } == [2, 1])
                #expect(versions.map { $0["origin"] as? String } == ["edited", "generated"])
                let diff = try await supervisor.get("/api/summaries/\(id)/compare?from=1&to=2").json
                let changes = diff["changes"] as? [[String: Any]] ?? []
                #expect(changes.count == 1)
                #expect(changes.first?["id"] as? String == "area-1-figures")
                #expect(changes.first?["kind"] as? String == "modified")
                // Whole content with a forged number: the server unmarks it.
                let v2 = try await supervisor.get("/api/summaries/\(id)").json
                var content = try #require(v2["content"] as? [String: Any])
                content["title"] = "街道甲2024年上半年工作总结（修订）"
                let whole = try await supervisor.send(.PUT, "/api/summaries/\(id)", json: try Self.json(["base_version": 2, "content": content]))
                #expect(whole.status == .ok, "\(whole.body.string)")
                #expect(((whole.json["summary"] as? [String: Any])?["title"] as? String)?.hasSuffix("（修订）") == true)
                let audit = try await AuditEventModel.query(on: app.db).filter(\.$entity == "summary").count()
                #expect(audit == 3)
            }
        }

        @Test(arguments: Engine.enabled)
        func notesFeedTheProblemsAndExportsOpen(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                try await Self.ledger(app, w)
                let staff = try await Caller.login(app, "staff.a")
                let note = try await staff.send(.POST, "/api/notes", json: #"{"unit_id":\#(w.streetA),"period":"2024H1","text":"文艺骨干年龄偏大，后备力量不足。"}"#)
                #expect(note.status == .created, "\(note.body.string)")
                let created = try await Self.create(staff, unit: w.streetA, subtree: false).json
                let id = (created["summary"] as! [String: Any])["id"] as! Int
                #expect(Self.paragraph(created, "problems-body").contains("文艺骨干年龄偏大，后备力量不足"))
                // act
                let docx = try await staff.get("/api/summaries/\(id)/export?format=docx")
                let html = try await staff.get("/api/summaries/\(id)/export?format=html")
                let md = try await staff.get("/api/summaries/\(id)/export?format=md")
                let bad = try await staff.get("/api/summaries/\(id)/export?format=pdf")
                // assert
                #expect(docx.status == .ok)
                #expect(docx.headers.first(name: .contentType)?.hasPrefix("application/vnd.openxmlformats") == true)
                #expect(docx.headers.first(name: .contentDisposition)?.contains("filename*=UTF-8''") == true)
                #expect(Array(docx.body.readableBytesView.prefix(2)) == Array("PK".utf8))
                #expect(html.body.string.contains("data-trace=\"entry:"))
                // The exported page names each number's entries in its "数据来源" list.
                #expect(html.body.string.contains("<h2>数据来源</h2>"))
                #expect(html.body.string.contains("“端午文艺汇演”（2024-06-10，城关街道）"))
                #expect(md.body.string.hasPrefix("# "))
                #expect(bad.status == .badRequest)
            }
        }

        @Test(arguments: Engine.enabled)
        func badRequestsAreRefusedClearly(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                let staff = try await Caller.login(app, "staff.a")
                #expect(try await staff.send(.POST, "/api/summaries", json: #"{"unit_id":\#(w.streetA),"period":"2024M06"}"#).status == .badRequest)
                #expect(try await staff.send(.POST, "/api/summaries", json: #"{"unit_id":\#(w.streetA),"period":"2024H3"}"#).status == .badRequest)
                #expect(try await staff.send(.POST, "/api/summaries", json: #"{"unit_id":\#(w.streetB),"period":"2024H1"}"#).status == .forbidden)
                #expect(try await staff.send(.POST, "/api/summaries", json: #"{"unit_id":99999,"period":"2024H1"}"#).status == .notFound)
                #expect(try await staff.send(.POST, "/api/notes", json: #"{"unit_id":\#(w.streetA),"period":"2024H1","text":"  "}"#).status == .unprocessableEntity)
                let id = (try await Self.create(staff, unit: w.streetA).json["summary"] as! [String: Any])["id"] as! Int
                let unknown = try await staff.send(.PUT, "/api/summaries/\(id)", json: #"{"base_version":1,"edits":[{"block":"nope","text":"x"}]}"#)
                #expect(unknown.status == .badRequest)
                #expect(try await SummaryVersionModel.query(on: app.db).count() == 1)
                let leaderB = try await Caller.login(app, "staff.b")
                #expect(try await leaderB.send(.POST, "/api/summaries/\(id)/regenerate").status == .forbidden)
                #expect(try await staff.send(.POST, "/api/summaries/\(id)/regenerate").status == .ok)
            }
        }

        static func json(_ object: [String: Any]) throws -> String {
            String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        }
    }
}
