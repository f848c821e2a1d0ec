import Fluent
import Foundation
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

extension DatabaseTests {
    @Suite struct WebLedgerTests {
        @Test(arguments: Engine.enabled)
        func addAnEntryThroughTheFormAndExportCSV(engine: Engine) async throws {
            try await withApp(engine) { app, _ in
                // setup
                let browser = try await Browser.login(app, "staff.a")
                let form = try await browser.get("/ledger/new")
                #expect(form.status == .ok)
                // act: a negative count and a bad number are refused with what was typed kept
                let bad = try await browser.post("/ledger", ["title": "<script>alert(1)</script>", "date": "2024-06-10",
                                                             "category": "activity", "v.performances": "-2", "v.audience": "abc"])
                let good = try await browser.post("/ledger", ["title": "<script>alert(1)</script>", "date": "2024-06-10",
                                                              "category": "activity", "v.performances": "2", "v.audience": "800"])
                let list = try await browser.get("/ledger?period=2024M06")
                let csv = try await browser.get("/ledger?format=csv")
                // assert
                #expect(bad.status == .unprocessableEntity)
                #expect(bad.body.string.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
                #expect(!bad.body.string.contains("<script>alert(1)"))
                #expect(bad.body.string.contains("请填写数字"))
                #expect(bad.body.string.contains("不能为负") || bad.body.string.contains("负"))
                #expect(good.status == .seeOther)
                #expect(try await EntryModel.query(on: app.db).count() == 1)
                #expect(list.status == .ok)
                #expect(list.body.string.contains("&lt;script&gt;"))
                #expect(list.body.string.contains("已创建"))
                #expect(csv.headers.first(name: .contentType)?.hasPrefix("text/csv") == true)
                // one column per indicator, with ids and codes (LedgerSheet)
                let lines = csv.body.string.components(separatedBy: "\r\n")
                #expect(lines[0].hasPrefix("\u{FEFF}记录ID,版本,单位ID,单位代码,单位,日期"))
                #expect(lines[0].hasSuffix("文艺演出场次（场）[performances],受众人次（人次）[audience]"), "\(lines[0])")
                #expect(lines[1].hasSuffix(",2,800"), "\(lines[1])")
            }
        }
    }
}
