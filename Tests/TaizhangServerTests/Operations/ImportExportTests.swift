import Fluent
import Foundation
import TaizhangDocument
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

extension DatabaseTests {
    /// Spreadsheets out and in: the ledger export has one column per indicator with ids
    /// and codes; importing the edited file updates and adds entries after a dry run that
    /// writes nothing; a file with bad rows writes nothing and names each row in Chinese.
    @Suite struct ImportExportTests {
        static func post(_ c: Caller, _ path: String, _ data: Data) async throws -> TestingHTTPResponse {
            var headers = HTTPHeaders()
            headers.bearerAuthorization = BearerAuthorization(token: c.token)
            headers.replaceOrAdd(name: .contentType, value: "application/octet-stream")
            return try await c.app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(data: data))
        }

        static func entry(_ c: Caller, unit: Int, _ title: String, performances: Int, audience: String? = nil) async throws {
            let extra = audience.map { #",{"indicator":"audience","value":\#($0.filter(\.isNumber)),"qualifier":"余"}"# } ?? ""
            let res = try await c.send(.POST, "/api/entries", json: #"{"unit_id":\#(unit),"category":"activity","title":"\#(title)","date":"2024-06-10","values":[{"indicator":"performances","value":\#(performances)}\#(extra)]}"#)
            #expect(res.status == .created, "\(res.body.string)")
        }

        static func workbook(_ rows: [XlsxReader.Row]) throws -> Data {
            let header = rows[0].cells.map { SheetTable.Column($0.plain) }
            return try XlsxWriter(date: DocDate(year: 2024, month: 7, day: 3)).data(for: [SheetTable(name: "台账", columns: header, rows: rows.dropFirst().map(\.cells))])
        }

        @Test(arguments: Engine.enabled)
        func exportEditAndImportTheLedger(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                // setup: two entries, one with a qualified audience
                let staff = try await Caller.login(app, "staff.a")
                try await Self.entry(staff, unit: w.streetA, "文艺演出", performances: 2, audience: "300")
                try await Self.entry(staff, unit: w.streetA, "非遗展示", performances: 1)
                let exported = try await staff.get("/api/entries/export?unit=\(w.streetA)&format=xlsx")
                #expect(exported.status == .ok)
                #expect(exported.headers.first(name: .contentType) == SheetFormat.xlsxType)
                var rows = try #require(try XlsxReader.sheets(Data(buffer: exported.body)).first).rows
                let header = rows[0].cells.map(\.plain)
                #expect(header.contains("文艺演出场次（场）[performances]") && header.contains("受众人次限定词 [audience:qualifier]"), "\(header)")
                let title = header.firstIndex(of: "标题")!, perf = header.firstIndex(of: "文艺演出场次（场）[performances]")!
                let first = rows.firstIndex { $0.cells[title] == .text("文艺演出") }!
                #expect(rows[first].cells[header.firstIndex(of: "受众人次限定词 [audience:qualifier]")!] == .text("余"))
                // act: edit a title and a figure, add a row without id, then dry run and import
                rows[first].cells[title] = .text("文艺演出（改）")
                rows[first].cells[perf] = .number(5)
                var added = Array(repeating: SheetValue.empty, count: header.count)
                added[header.firstIndex(of: "日期")!] = .text("2024/6/20"); added[title] = .text("广场舞培训"); added[perf] = .text("3")
                rows.append(XlsxReader.Row(number: rows.count + 1, cells: added))
                let file = try Self.workbook(rows)
                let dry = try await Self.post(staff, "/api/imports/entries?unit=\(w.streetA)&dry_run=true", file)
                let countAfterDry = try await EntryModel.query(on: app.db).count()
                let real = try await Self.post(staff, "/api/imports/entries?unit=\(w.streetA)", file)
                // assert
                #expect(dry.status == .ok, "\(dry.body.string)")
                #expect(dry.json["created"] as? Int == 1 && dry.json["updated"] as? Int == 1 && dry.json["unchanged"] as? Int == 1, "\(dry.body.string)")
                #expect(dry.body.string.contains(#""field":"values.performances""#) && dry.body.string.contains(#""new":"5""#))
                #expect(countAfterDry == 2)
                #expect(real.status == .created, "\(real.body.string)")
                let edited = try #require(try await EntryModel.query(on: app.db).filter(\.$title == "文艺演出（改）").first())
                #expect(edited.version == 2)
                #expect(try await EntryValueModel.query(on: app.db).filter(\.$entryID == edited.id!).filter(\.$indicatorCode == "audience").first()?.qualifier == "余")
                let new = try #require(try await EntryModel.query(on: app.db).filter(\.$title == "广场舞培训").first())
                #expect(new.date == "2024-06-20" && new.unitID == w.streetA)
                #expect(try await AuditEventModel.query(on: app.db).filter(\.$action == "import_update").count() == 1)
                // importing the same file again is refused: the versions in it are stale now
                let again = try await Self.post(staff, "/api/imports/entries?unit=\(w.streetA)", file)
                #expect(again.status == .unprocessableEntity)
                #expect(again.body.string.contains("已被修改"))
            }
        }

        @Test func badRowsWriteNothingAndAreNamedInChinese() async throws {
            try await withApp(.sqlite) { app, w in
                // setup: CSV as Excel saves it in a Chinese office (GB18030 would do too)
                let staff = try await Caller.login(app, "staff.a")
                let csv = "标题,日期,单位,文艺演出场次（场）[performances]\r\n好的一行,2024-06-10,,2\r\n坏日期,2024-13-01,,1\r\n负数,2024-06-11,,-4\r\n他人单位,2024-06-12,东湖街道,1\r\n没有的单位,2024-06-12,不存在街道,1\r\n"
                // act
                let dry = try await Self.post(staff, "/api/imports/entries?unit=\(w.streetA)&dry_run=true&filename=a.csv", Data(csv.utf8))
                let real = try await Self.post(staff, "/api/imports/entries?unit=\(w.streetA)&filename=a.csv", Data(csv.utf8))
                // assert
                #expect(dry.status == .ok)
                let messages = (dry.json["errors"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
                #expect(messages.contains { $0.hasPrefix("第3行“日期”列：无法识别的日期“2024-13-01”") }, "\(messages)")
                #expect(messages.contains { $0.hasPrefix("第4行：") && $0.contains("不能为负数") }, "\(messages)")
                #expect(messages.contains { $0.hasPrefix("第5行：无权写入") }, "\(messages)")
                #expect(messages.contains { $0.hasPrefix("第6行“单位”列：找不到单位") }, "\(messages)")
                #expect(real.status == .unprocessableEntity)
                #expect(try await EntryModel.query(on: app.db).count() == 0)
            }
        }

        @Test(arguments: Engine.enabled)
        func aggregateValuesLikeDHIS2DataValueSets(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                // setup
                let staff = try await Caller.login(app, "staff.a")
                let first = "dataElement,period,orgUnit,value,comment\nperformances,202405,\(w.streetA),4,来自省平台\naudience,2024M05,城关街道,1200,\n"
                let second = "dataElement,period,orgUnit,value\nperformances,2024-05,\(w.streetA),6\naudience,202405,\(w.streetA),1200\n"
                // act
                let dry = try await Self.post(staff, "/api/imports/values?dry_run=true&filename=v.csv", Data(first.utf8))
                let one = try await Self.post(staff, "/api/imports/values?filename=v.csv", Data(first.utf8))
                let two = try await Self.post(staff, "/api/imports/values?filename=v.csv", Data(second.utf8))
                let totals = try await staff.get("/api/aggregates?unit=\(w.streetA)&period=2024M05")
                // assert
                #expect(dry.json["imported"] as? Int == 2, "\(dry.body.string)")
                #expect(one.status == .created && one.json["imported"] as? Int == 2, "\(one.body.string)")
                #expect(two.json["updated"] as? Int == 1 && two.json["ignored"] as? Int == 1, "\(two.body.string)")
                #expect(try await EntryModel.query(on: app.db).filter(\.$docID == "aggregate:2024M05").count() == 1)
                let rows = totals.json["rows"] as? [[String: Any]] ?? []
                #expect(rows.first { $0["indicator"] as? String == "performances" }?["value"] as? Double == 6, "\(totals.body.string)")
                #expect(rows.first { $0["indicator"] as? String == "audience" }?["value"] as? Double == 1200)
            }
        }

        @Test func matrixAndRankingsAsWorkbooks() async throws {
            try await withApp(.sqlite) { app, w in
                // setup
                let sup = try await Caller.login(app, "supervisor")
                // act
                let matrix = try await sup.get("/api/matrix/export?plan=\(w.monthlyPlan)&unit=\(w.bureau)&from=2024M01&to=2024M06")
                let csv = try await sup.get("/api/matrix/export?plan=\(w.monthlyPlan)&unit=\(w.bureau)&from=2024M01&to=2024M06&format=csv")
                // assert
                let rows = try #require(try XlsxReader.sheets(Data(buffer: matrix.body)).first).rows
                #expect(rows[0].cells.map(\.plain) == ["单位ID", "单位代码", "单位", "2024年1月", "2024年2月", "2024年3月", "2024年4月", "2024年5月", "2024年6月",
                                                        "应报", "已报", "按时", "报送率", "按时率"])
                #expect(rows.count == 1 + 2 + 1, "two streets and the totals")
                #expect(rows[1].cells[3] == .text("漏报"))
                #expect(csv.body.string.hasPrefix("\u{FEFF}单位ID,单位代码,单位,2024年1月"))
            }
        }
    }
}
