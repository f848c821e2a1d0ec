import Fluent
import Foundation
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

extension DatabaseTests {
    @Suite struct WebSummaryTests {
        /// Street A's staff drafts its own half-year summary (no roll-up): 3 + 2 shows this year.
        static func generate(_ app: Application, _ w: TestWorld) async throws -> (Browser, Int) {
            _ = try await SummaryTests.ledger(app, w)
            let staff = try await Browser.login(app, "staff.a")
            let list = try await staff.get("/summaries")
            #expect(list.status == .ok)
            #expect(list.body.string.contains(#"name="period""#) && list.body.string.contains(#"value="2024H1""#))
            let res = try await staff.post("/summaries", ["unit_id": String(w.streetA), "period": "2024H1", "scope": "unit"])
            #expect(res.status == .seeOther, "\(res.body.string.prefix(500))")
            let location = res.headers.first(name: .location) ?? ""
            return (staff, Int(location.split(separator: "/").last ?? "") ?? 0)
        }

        /// The id of the level-1 heading whose section holds `paragraph` ("opening" before any).
        static func section(of paragraph: String, _ detail: [String: Any]) -> String {
            var current = "opening"
            for b in (detail["content"] as? [String: Any])?["blocks"] as? [[String: Any]] ?? [] {
                if b["type"] as? String == "heading", b["level"] as? Int == 1 { current = b["id"] as? String ?? "" }
                if b["id"] as? String == paragraph { return current }
            }
            return ""
        }

        @Test(arguments: Engine.enabled)
        func generateShowsLedgerFiguresAndEachNumberListsItsEntries(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                // setup
                let (staff, id) = try await Self.generate(app, w)
                // act
                let page = try await staff.get("/summaries/\(id)")
                let numbers = try await staff.get("/api/summaries/\(id)/numbers").jsonArray
                let five = try #require(numbers.first { $0["text"] as? String == "5场" })["index"] as! Int
                let withSources = try await staff.get("/summaries/\(id)?number=\(five)")
                let json = try await staff.get("/api/summaries/\(id)/numbers/\(five)?version=1").json
                let list = try await staff.get("/summaries")
                // assert: the figure is the street's own ledger (3 + 2 shows), and it is a link
                #expect(page.status == .ok)
                let html = page.body.string
                #expect(html.contains("上半年共开展文艺演出"))
                #expect(html.range(of: #"<a class="tz-num" href="/summaries/\#(id)\?number=\#(five)#number-sources"[^>]*>5场</a>"#,
                                   options: .regularExpression) != nil)
                #expect(html.contains("已生成工作总结初稿"))
                #expect(html.contains(#"id="export-docx""#))
                #expect(html.contains(#"data-numbers-url="/api/summaries/\#(id)/numbers""#))
                let entries = try await EntryModel.query(on: app.db).all()
                let ids = Dictionary(uniqueKeysWithValues: entries.map { ($0.title, $0.id!) })
                let sources = withSources.body.string
                #expect(sources.contains(#"id="number-sources""#))
                #expect(sources.contains(#"<a href="/ledger/\#(ids["迎新春文艺演出"]!)/edit">迎新春文艺演出</a>"#))
                #expect(sources.contains(#"<a href="/ledger/\#(ids["端午文艺汇演"]!)/edit">端午文艺汇演</a>"#))
                #expect(!sources.contains("社区广场舞展演")) // community A1 is not in a unit-only summary
                #expect(sources.contains("文艺演出场次3场"))
                // The JSON the popover reads: the same entries.
                #expect(json["sources"].map { ($0 as? [[String: Any]] ?? []).compactMap { $0["label"] as? String } }.map(Set.init)
                        == ["迎新春文艺演出", "端午文艺汇演"])
                #expect(list.body.string.contains(#"<a href="/summaries/\#(id)">"#))
                #expect(list.body.string.contains("v1"))
            }
        }

        @Test(arguments: Engine.enabled)
        func sectionEditMakesVersionTwoAndStaleEditsKeepTheText(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                // setup
                let (staff, id) = try await Self.generate(app, w)
                let detail = try await staff.get("/api/summaries/\(id)").json
                let original = SummaryTests.paragraph(detail, "area-1-figures")
                let section = Self.section(of: "area-1-figures", detail)
                #expect(original.contains("开展文艺演出由去年同期的4场增至5场"), "\(original)")
                _ = try await staff.get("/summaries/\(id)")
                // act
                let saved = try await staff.post("/summaries/\(id)/sections/\(section)",
                                                 ["base_version": "1", "block.area-1-figures": original.replacingOccurrences(of: "增至5场", with: "增至7场")])
                let stale = try await staff.post("/summaries/\(id)/sections/\(section)",
                                                 ["base_version": "1", "block.area-1-figures": "新写的一段<script>alert(1)</script>"])
                let compare = try await staff.get("/summaries/\(id)/compare?a=1&b=2")
                let unchanged = try await staff.get("/summaries/\(id)")
                let same = try await staff.post("/summaries/\(id)/sections/\(section)", ["base_version": "2"])
                // assert
                #expect(saved.status == .seeOther)
                #expect(try await SummaryVersionModel.query(on: app.db).count() == 2)
                #expect(try await AuditEventModel.query(on: app.db).filter(\.$entity == "summary").filter(\.$action == "update").count() == 1)
                #expect(stale.status == .conflict)
                #expect(stale.body.string.contains("保存前已有人更新了这份总结"))
                #expect(stale.body.string.contains("新写的一段&lt;script&gt;alert(1)&lt;/script&gt;"))
                #expect(!stale.body.string.contains("<script>alert(1)"))
                #expect(stale.body.string.contains(#"name="base_version" value="2""#))
                #expect(compare.status == .ok)
                #expect(compare.body.string.contains("tz-diff-modified"))
                #expect(compare.body.string.contains("<ins>7</ins>") || compare.body.string.contains("<ins>7场</ins>"), "\(compare.body.string)")
                #expect(unchanged.body.string.contains("tz-num tz-untraced")) // the typed 7场 no longer follows the ledger
                #expect(same.status == .seeOther)
                #expect(try await SummaryVersionModel.query(on: app.db).count() == 2)
            }
        }

        @Test(arguments: Engine.enabled)
        func exportDownloadsAndOutsidersAndForgedFormsAreRefused(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                // setup
                let (staff, id) = try await Self.generate(app, w)
                let staffB = try await Browser.login(app, "staff.b")
                _ = try await staffB.get("/summaries")
                // act
                let docx = try await staff.get("/summaries/\(id)/export?format=docx")
                let md = try await staff.get("/summaries/\(id)/export?format=md")
                let badPeriod = try await staff.post("/summaries", ["unit_id": String(w.streetA), "period": "2024M06"])
                let forged = try await staff.post("/summaries", ["unit_id": String(w.streetA), "period": "2024H1"], csrf: "forged")
                let foreignPage = try await staffB.get("/summaries/\(id)")
                let foreignExport = try await staffB.get("/summaries/\(id)/export?format=docx")
                _ = try await staffB.get("/summaries")
                let foreignEdit = try await staffB.post("/summaries/\(id)/sections/opening", ["base_version": "1"])
                _ = try await staffB.get("/summaries")
                let foreignCreate = try await staffB.post("/summaries", ["unit_id": String(w.streetA), "period": "2024H1"])
                let foreignList = try await staffB.get("/summaries")
                let supervisor = try await Browser.login(app, "supervisor")
                let rollUp = try await supervisor.get("/summaries")
                // assert
                #expect(docx.status == .ok)
                #expect(docx.headers.first(name: .contentType)?.contains("wordprocessingml") == true)
                #expect(docx.body.readableBytesView.starts(with: Array("PK".utf8)))
                #expect(md.body.string.contains("文艺演出5场"))
                #expect(forged.status == .forbidden)
                #expect(badPeriod.status == .unprocessableEntity)
                #expect(badPeriod.body.string.contains("请选择季度、半年或年度"))
                #expect(foreignPage.status == .forbidden || foreignPage.status == .notFound)
                #expect(foreignExport.status == .forbidden || foreignExport.status == .notFound)
                #expect(foreignEdit.status == .forbidden || foreignEdit.status == .notFound)
                #expect(foreignCreate.status == .forbidden || foreignCreate.status == .notFound)
                #expect(!foreignList.body.string.contains("/summaries/\(id)\""))
                #expect(try await SummaryModel.query(on: app.db).count() == 1)
                // The bureau's supervisor sees the street's summary in the list and may draft a roll-up.
                #expect(rollUp.body.string.contains(#"<a href="/summaries/\#(id)">"#))
                #expect(rollUp.body.string.contains(#"value="subtree""#))
            }
        }

        @Test(arguments: Engine.enabled)
        func supervisorRollsUpTheStreetWithItsCommunities(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                // setup
                _ = try await SummaryTests.ledger(app, w)
                let supervisor = try await Browser.login(app, "supervisor")
                _ = try await supervisor.get("/summaries")
                // act
                let res = try await supervisor.post("/summaries", ["unit_id": String(w.streetA), "period": "2024H1", "scope": "subtree"])
                let page = try await supervisor.get(res.headers.first(name: .location) ?? "/")
                // assert: 3 + 2 shows of the street and 1 of community A1
                #expect(res.status == .seeOther)
                #expect(page.body.string.range(of: #"[^>]*>6场</a>"#, options: .regularExpression) != nil)
                let summary = try #require(try await SummaryModel.query(on: app.db).first())
                #expect(summary.subtree && summary.unitID == w.streetA)
                #expect(try await AuditEventModel.query(on: app.db).filter(\.$entity == "summary").filter(\.$action == "create").count() == 1)
            }
        }

        @Test(arguments: Engine.enabled)
        func englishPageShowsEnglishFindings(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                // setup: a placeholder typed into the opening makes a finding
                let (staff, id) = try await Self.generate(app, w)
                let detail = try await staff.get("/api/summaries/\(id)").json
                let opening = (detail["content"] as? [String: Any])?["blocks"] as? [[String: Any]] ?? []
                let first = try #require(opening.first { $0["type"] as? String == "paragraph" }?["id"] as? String)
                let section = Self.section(of: first, detail)
                _ = try await staff.get("/summaries/\(id)")
                _ = try await staff.post("/summaries/\(id)/sections/\(section)", ["base_version": "1", "block.\(first)": "20xx年上半年，我街道共举办文艺演出XX场。"])
                // act
                let zh = try await staff.get("/summaries/\(id)")
                let en = try await staff.get("/summaries/\(id)?lang=en")
                // assert
                #expect(zh.body.string.contains("未填写的模板占位符"))
                #expect(en.body.string.contains("Unfilled template placeholder"))
                #expect(!en.body.string.contains("未填写的模板占位符"))
            }
        }
    }
}
