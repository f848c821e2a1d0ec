import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

/// The inspections page (SPEC §4.4): a supervisor records an inspection, items are opened
/// from its findings (overdue highlighted), the unit closes one with its note as evidence.
extension DatabaseTests.WebProcessTests {
    @Test(arguments: Engine.enabled)
    func inspectionsAndRectificationItemsThroughThePage(engine: Engine) async throws {
        try await Self.withDemo(engine) { app in
            // setup
            let zone = try await Self.unitID(app, "城关街道")
            let supervisor = try await Self.login(app, "wenlvju.supervisor")
            let staff = try await Self.login(app, "chengguan.staff")
            let page = try await supervisor.get("/process/inspections?unit=\(zone)")
            // act: the supervisor records an inspection and opens its items with a deadline already past
            let badDate = try await supervisor.post("/process/inspections?unit=\(zone)", ["planned_on": "6月3日", "findings": "x"])
            let recorded = try await supervisor.post("/process/inspections?unit=\(zone)", [
                "planned_on": "2024-06-05", "held_on": "2024-06-05", "findings": "<script>alert(1)</script>台账不全\n宣传栏未更新"])
            let inspection = try await ProcessStore(db: app.db).records(InspectionModel.self, unit: zone).last!
            _ = try await supervisor.get("/process/inspections?unit=\(zone)")
            let pastDeadline = try await supervisor.post("/process/rectifications?unit=\(zone)", [
                "source": "inspection:\(inspection.id)", "owner": "李卫东", "deadline": "2024-06-30"])
            let opened = try await supervisor.post("/process/rectifications?unit=\(zone)", [
                "source": "inspection:\(inspection.id)", "owner": "李卫东", "deadline": "2024-07-03"])
            // time passes: the items' deadline is behind them (as if opened earlier with 30 June)
            for m in try await RectificationItemModel.query(on: app.db).filter(\.$unitID == zone).all() {
                guard var i = m.domain, i.source == FindingSource(.inspection, id: inspection.id) else { continue }
                i.deadline = CivilDate(2024, 6, 30)
                m.store(i)
                try await m.save(on: app.db)
            }
            let overdue = try await staff.get("/process/inspections")
            let item = try await ProcessStore(db: app.db).records(RectificationItemModel.self, unit: zone).first { $0.finding == "宣传栏未更新" }!
            // the unit asks for more time too late, closes without a note, then with one
            let late = try await staff.post("/process/rectifications/\(item.id)/extension", ["new_deadline": "2024-08-31", "reason": "需采购"])
            let noNote = try await staff.post("/process/rectifications/\(item.id)/close", ["note": " "])
            let closed = try await staff.post("/process/rectifications/\(item.id)/close", ["note": "宣传栏已更新，附照片"])
            let staffAdds = try await staff.post("/process/inspections", ["planned_on": "2024-06-05"])
            // assert: the demo's inspections and findings
            #expect(page.status == .ok)
            #expect(page.body.string.contains("国家示范区创建工作办公室督导组"))
            #expect(page.body.string.contains("文化站免费开放时间公示不规范"))
            #expect(page.body.string.contains("部分村（社区）文化活动记录不完整"))
            #expect(badDate.status == .unprocessableEntity && badDate.body.string.contains("请填写日期"))
            #expect(badDate.body.string.contains(#"value="6月3日""#))
            #expect(recorded.status == .seeOther)
            #expect(inspection.findings == ["<script>alert(1)</script>台账不全", "宣传栏未更新"])
            #expect(pastDeadline.status == .unprocessableEntity && pastDeadline.body.string.contains("已过"))
            #expect(opened.status == .seeOther)
            #expect(overdue.body.string.contains("tz-rect tz-overdue"))
            #expect(overdue.body.string.contains("&lt;script&gt;alert(1)&lt;/script&gt;台账不全") && !overdue.body.string.contains("<script>alert(1)"))
            #expect(late.status == .unprocessableEntity && late.body.string.contains("不能再申请延期"))
            #expect(noNote.status == .unprocessableEntity && noNote.body.string.contains("请填写佐证材料说明"))
            #expect(closed.status == .seeOther)
            let after = try await ProcessStore(db: app.db).records(RectificationItemModel.self, unit: zone).first { $0.id == item.id }!
            #expect(after.closedOn == CivilDate(frozenNow) && after.evidence.map(\.text) == ["宣传栏已更新，附照片"])
            #expect(staffAdds.status == .forbidden)
            let audits = try await AuditEventModel.query(on: app.db).filter(\.$entity == "rectification_item").all().map(\.action)
            #expect(audits.filter { $0 == "create" }.count == 2 && audits.filter { $0 == "close" }.count == 1)
        }
    }
}
