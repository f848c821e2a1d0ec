import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

/// The funds page (SPEC §4.3): plan lines, expenditures checked for 专款专用, the forms.
extension DatabaseTests.WebProcessTests {
    @Test(arguments: Engine.enabled)
    func theFundsPageChecksEveryExpenditureAndBooksThroughTheRules(engine: Engine) async throws {
        try await Self.withDemo(engine) { app in
            // setup
            let staff = try await Self.login(app, "chengguan.staff")
            let zone = try await Self.unitID(app, "城关街道")
            let plan = try await ProcessStore(db: app.db).fundPlan(zone)!.domain
            let line = plan.lines[0]
            let before = try await ExpenditureModel.query(on: app.db).filter(\.$unitID == zone).count()
            let page = try await staff.get("/process/funds")
            // act: far over the line's central budget, then a payment that fits
            let over = try await staff.post("/process/funds/expenditures", ["plan_line": String(line.id), "source": "central", "date": "2024-07-01",
                                                                            "amount": "500", "purpose": "<script>x</script>舞台租赁"])
            let booked = try await staff.post("/process/funds/expenditures", ["plan_line": String(line.id), "source": "central", "date": "2024-07-01",
                                                                              "amount": "1.5", "purpose": "舞台租赁"])
            let after = try await staff.get("/process/funds")
            // assert
            #expect(page.status == .ok)
            #expect(page.body.string.contains(line.scope))
            #expect(page.body.string.contains("已备案"))
            #expect(over.status == .unprocessableEntity)
            #expect(over.body.string.contains("超出预算"))
            #expect(over.body.string.contains(#"value="500""#))
            #expect(over.body.string.contains("&lt;script&gt;x&lt;/script&gt;舞台租赁") && !over.body.string.contains("<script>x"))
            #expect(booked.status == .seeOther)
            let stored = try await ProcessStore(db: app.db).expenditures(zone)
            #expect(stored.count == before + 1)
            #expect(stored.last?.amount == 1_500_000 && stored.last?.description == "舞台租赁" && stored.last?.lineID == line.id)
            #expect(after.body.string.contains("舞台租赁"))
            let audit = try await AuditEventModel.query(on: app.db).filter(\.$entity == "expenditure").count()
            #expect(audit == 1)
        }
    }

    /// 白石镇 paid for a car from the central subsidy on no line of the plan: the page says why.
    @Test(arguments: Engine.enabled)
    func anExpenditureOutsideThePlanIsFlagged(engine: Engine) async throws {
        try await Self.withDemo(engine) { app in
            // setup
            let supervisor = try await Self.login(app, "wenlvju.supervisor")
            let baishi = try await Self.unitID(app, "白石镇")
            // act
            let page = try await supervisor.get("/process/funds?unit=\(baishi)")
            // assert
            #expect(page.status == .ok)
            #expect(page.body.string.contains("购置公务用车"))
            #expect(page.body.string.contains("方案外支出"))
            #expect(page.body.string.contains("专款专用，不能列支"))
            // A supervisor reads but does not book for the unit.
            #expect(!page.body.string.contains("/process/funds/expenditures"))
            // The half-year report names the payment outside the plan.
            #expect(page.body.string.contains("/process/funds/report?period=2024H1&amp;format=docx&amp;unit=\(baishi)"))
            let md = try await supervisor.get("/process/funds/report?period=2024H1&format=md&unit=\(baishi)")
            let docx = try await supervisor.get("/process/funds/report?period=2024H1&format=docx&unit=\(baishi)")
            let quarter = try await supervisor.get("/process/funds/report?period=2024Q1&unit=\(baishi)")
            #expect(md.status == .ok)
            #expect(md.body.string.contains("白石镇2024年上半年创建经费使用情况报告"))
            #expect(md.body.string.contains("购置公务用车") && md.body.string.contains("镇村群众文化活动"))
            #expect(docx.status == .ok && docx.body.getString(at: 0, length: 2) == "PK")
            #expect(quarter.status == .badRequest)
        }
    }

    @Test(arguments: Engine.enabled)
    func aPlanLineOutsideTheAllowedCategoriesIsRefusedAndNothingSaved(engine: Engine) async throws {
        try await Self.withDemo(engine) { app in
            // setup
            let staff = try await Self.login(app, "chengguan.staff")
            let zone = try await Self.unitID(app, "城关街道")
            let category = try ProcessRuleSet.defaults().funds.categories[1].code
            _ = try await staff.get("/process/funds")
            // act
            let refused = try await staff.post("/process/funds/lines", ["scope": "购置公务用车", "category": "vehicles", "central_budget": "30"])
            let unchanged = try await ProcessStore(db: app.db).fundPlan(zone)!.domain
            let added = try await staff.post("/process/funds/lines", ["scope": "非遗传承人培训", "category": category, "central_budget": "12.5",
                                                                      "local_budget": "3"])
            let after = try await staff.get("/process/funds")
            // assert
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("不在允许的使用范围内"))
            #expect(refused.body.string.contains(#"value="购置公务用车""#))
            #expect(unchanged.lines.count == 6 && unchanged.filedOn != nil)
            #expect(added.status == .seeOther)
            let plan = try await ProcessStore(db: app.db).fundPlan(zone)!.domain
            #expect(plan.lines.last?.scope == "非遗传承人培训" && plan.lines.last?.centralBudget == 12_500_000 && plan.lines.last?.localBudget == 3_000_000)
            // A changed plan is reviewed and filed again.
            #expect(plan.reviews.isEmpty && plan.filedOn == nil)
            #expect(after.body.string.contains("非遗传承人培训") && after.body.string.contains("编制中"))
        }
    }
}

extension DatabaseTests.WebProcessTests {
    /// SPEC §4.3: the half-year fund usage report is filed from the funds page, once.
    @Test(arguments: Engine.enabled)
    func theHalfYearFundReportIsFiledFromThePageOnce(engine: Engine) async throws {
        try await Self.withDemo(engine) { app in
            // setup: the last half-year not yet filed
            let staff = try await Self.login(app, "chengguan.staff")
            let zone = try await Self.unitID(app, "城关街道")
            let half = Period.containing(CivilDate(app.dependencies.clock.now()), kind: .halfYear).previous
            try await HalfYearReportModel.query(on: app.db).filter(\.$unitID == zone).filter(\.$kind == "fund_usage")
                .filter(\.$periodCode == half.code).delete()
            let page = try await staff.get("/process/funds")
            // act
            let empty = try await staff.post("/process/funds/report", ["period": half.code, "summary": "  "])
            let filed = try await staff.post("/process/funds/report", ["period": half.code, "summary": "上半年中央补助资金使用<b>正常</b>。"])
            let after = try await staff.get("/process/funds")
            let again = try await staff.post("/process/funds/report", ["period": half.code, "summary": "再报一次"])
            // assert
            #expect(page.body.string.contains("报送报告"))
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.body.string.contains("报告内容"))
            #expect(filed.status == .seeOther)
            let stored = try await HalfYearReportModel.query(on: app.db).filter(\.$unitID == zone).filter(\.$kind == "fund_usage")
                .filter(\.$periodCode == half.code).all()
            #expect(stored.count == 1)
            #expect(!after.body.string.contains(#"action="/process/funds/report""#), "no filing form once filed")
            #expect(again.status == .unprocessableEntity)
            #expect(again.body.string.contains("已报送"))
            let audit = try await AuditEventModel.query(on: app.db).filter(\.$entity == "half_year_report").count()
            #expect(audit == 1)
        }
    }
}
