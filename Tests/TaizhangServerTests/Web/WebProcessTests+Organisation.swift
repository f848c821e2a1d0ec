import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

/// The leading group and the liaison pages (SPEC §4.1–4.2).
extension DatabaseTests.WebProcessTests {
    @Test(arguments: Engine.enabled)
    func theGroupPageShowsTheDemoGroupAndItsFormsAdd(engine: Engine) async throws {
        try await Self.withDemo(engine) { app in
            // setup
            let staff = try await Self.login(app, "chengguan.staff")
            let page = try await staff.get("/process/group")
            // act
            let noDepartment = try await staff.post("/process/group/members", ["name": "<script>alert(1)</script>", "position": "member", "department": ""])
            let member = try await staff.post("/process/group/members", ["name": "<script>alert(1)</script>", "position": "deputy", "department": "区教育局"])
            let future = try await staff.post("/process/meetings", ["date": "2024-08-01", "kind": "regular", "title": "三季度例会",
                                                                     "attendees": "张建国、李卫东", "minutes": "研究三季度工作。"])
            let meeting = try await staff.post("/process/meetings", ["date": "2024-07-02", "kind": "consultation", "title": "图书馆分馆建设会商",
                                                                      "attendees": "张建国，李卫东", "minutes": "一、同意建设方案。\n二、经费列入方案。"])
            let forged = try await staff.post("/process/meetings", ["date": "2024-07-02", "kind": "regular", "title": "伪造", "attendees": "某人"],
                                              csrf: "forged")
            let after = try await staff.get("/process/group")
            // assert: the demo's group, members and minuted meetings
            #expect(page.status == .ok)
            #expect(page.body.string.contains("城关街道示范区创建工作领导小组"))
            #expect(page.body.string.contains("张建国") && page.body.string.contains("城关街道党工委"))
            #expect(page.body.string.contains("2023年上半年创建工作例会"))
            #expect(page.body.string.contains("纪要〔2023〕1号"))
            // a failed form keeps what was typed, names the field, escapes the text
            #expect(noDepartment.status == .unprocessableEntity)
            #expect(noDepartment.body.string.contains("请填写所在部门"))
            #expect(noDepartment.body.string.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!noDepartment.body.string.contains("<script>alert(1)"))
            #expect(member.status == .seeOther)
            #expect(future.status == .unprocessableEntity)
            #expect(future.body.string.contains("会议日期不能晚于今天"))
            #expect(future.body.string.contains(#"value="三季度例会""#))
            #expect(meeting.status == .seeOther)
            #expect(forged.status == .forbidden)
            let group = try await app.processStore(unit: "城关街道")
            #expect(group?.members.last?.name == "<script>alert(1)</script>" && group?.members.last?.role == .deputy)
            #expect(group?.meetings.filter { $0.topic == "图书馆分馆建设会商" }.first?.attendees == ["张建国", "李卫东"])
            #expect(group?.meetings.contains { $0.topic == "伪造" || $0.topic == "三季度例会" } == false)
            #expect(after.body.string.contains("图书馆分馆建设会商") && after.body.string.contains("一、同意建设方案。"))
            #expect(after.body.string.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !after.body.string.contains("<script>alert(1)"))
            #expect(after.body.string.contains("已保存") || after.body.string.contains("已创建"))
            let audit = try await AuditEventModel.query(on: app.db).filter(\.$entity == "group_meeting").filter(\.$action == "create").count()
            #expect(audit == 1)
        }
    }

    @Test(arguments: Engine.enabled)
    func theLiaisonPageShowsTheRotationAndReplacesTheLiaison(engine: Engine) async throws {
        try await Self.withDemo(engine) { app in
            // setup
            let liaison = try await Self.login(app, "chengguan.liaison")
            let page = try await liaison.get("/process/liaison")
            // act
            let missing = try await liaison.post("/process/liaison", ["name": "王新", "title": "街道宣传委员", "phone": ""])
            let appointed = try await liaison.post("/process/liaison", ["name": "王新", "title": "街道宣传委员", "phone": "0571-8800 0001"])
            let after = try await liaison.get("/process/liaison")
            // assert: the demo's liaison, the one before, and the meetings attended
            #expect(page.status == .ok)
            #expect(page.body.string.contains("吴国平"))
            #expect(page.body.string.contains("0571-8800 1234"))
            #expect(page.body.string.contains("本单位"))  // 城关街道 hosted one of the zone meetings
            #expect(missing.status == .unprocessableEntity)
            #expect(missing.body.string.contains("请填写联系电话"))
            #expect(missing.body.string.contains(#"value="王新""#))
            #expect(appointed.status == .seeOther)
            let zone = try await Self.unitID(app, "城关街道")
            let roster = try await ProcessStore(db: app.db).roster(zone)
            #expect(roster.active(unitID: zone, on: CivilDate(frozenNow)).map(\.name) == ["王新"])
            #expect(after.body.string.contains("王新") && after.body.string.contains("街道宣传委员"))
        }
    }
}

extension DatabaseTests.WebProcessTests {
    /// Supervisors record the liaison meetings; the unit sees it in its rotation.
    @Test(arguments: Engine.enabled)
    func aSupervisorRecordsALiaisonMeeting(engine: Engine) async throws {
        try await Self.withDemo(engine) { app in
            // setup
            let zone = try await Self.unitID(app, "城关街道")
            let supervisor = try await Self.login(app, "wenlvju.supervisor")
            let staff = try await Self.login(app, "chengguan.staff")
            _ = try await supervisor.get("/process/liaison?unit=\(zone)")
            _ = try await staff.get("/process/liaison")
            // act
            let wrongPeriod = try await supervisor.post("/process/liaison/meetings?unit=\(zone)", ["period": "2024H2", "date": "2024-07-02",
                                                                                                "host": "", "host_name": "江南区"])
            let recorded = try await supervisor.post("/process/liaison/meetings?unit=\(zone)", ["period": "2024Q3", "date": "2024-07-02",
                                                                                             "host": "", "host_name": "<b>江南区</b>"])
            let byStaff = try await staff.post("/process/liaison/meetings", ["period": "2024Q4", "date": "2024-07-02", "host": String(zone)])
            let page = try await staff.get("/process/liaison")
            // assert
            #expect(wrongPeriod.status == .unprocessableEntity)
            #expect(wrongPeriod.body.string.contains("按季度召开"))
            #expect(wrongPeriod.body.string.contains(#"value="2024H2""#))
            #expect(recorded.status == .seeOther)
            #expect(byStaff.status == .forbidden)
            let meetings = try await Liaisons.meetings(app.db, kind: .zone)
            #expect(meetings.last?.period == .quarter(2024, 3) && meetings.last?.attendingUnitIDs == [zone])
            #expect(page.body.string.contains("&lt;b&gt;江南区&lt;/b&gt;"))
        }
    }
}

extension Application {
    /// The leading group of a demo unit, as stored.
    func processStore(unit name: String) async throws -> LeadingGroup? {
        let id = try await UnitModel.query(on: db).filter(\.$name == name).first()!.requireID()
        return try await ProcessStore(db: db).group(id)
    }
}
