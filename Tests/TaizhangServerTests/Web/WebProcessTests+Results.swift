import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

/// Scores, the circular and the acceptance (SPEC §4.6–4.7) as the demo has them.
extension DatabaseTests.WebProcessTests {
    @Test(arguments: Engine.enabled)
    func theZonesScoresShowTheirBreakdown(engine: Engine) async throws {
        try await Self.withDemo(engine) { app in
            // setup
            let zone = try await Self.unitID(app, "城关街道")
            let stored = try await PublicityScoreModel.query(on: app.db).filter(\.$unitID == zone).filter(\.$windowCode == "2024H1").first()!.domain!
            let staff = try await Self.login(app, "chengguan.staff")
            // act: the default is the last window that ended (2024H1 on 3 July)
            let page = try await staff.get("/process/scores")
            let english = try await staff.get("/process/scores?lang=en")
            // assert
            #expect(page.status == .ok)
            #expect(page.body.string.contains("2024年上半年"))
            #expect(page.body.string.contains("总分：\(stored.total)"))
            #expect(page.body.string.contains(">\(stored.base)</td>"))
            for line in stored.lines { #expect(page.body.string.contains(line.outlet) && page.body.string.contains("+\(line.points)")) }
            #expect(!stored.lines.isEmpty)
            if stored.baseReasons.isEmpty { #expect(page.body.string.contains("评分期内定期报告均按时报送")) }
            for reason in stored.baseReasons { #expect(page.body.string.contains(reason.zh)) }
            #expect(english.body.string.contains("2024H1"))
        }
    }

    @Test(arguments: Engine.enabled)
    func theCircularRanksTheZonesAndDownloadsAsDocx(engine: Engine) async throws {
        try await Self.withDemo(engine) { app in
            // setup
            let supervisor = try await Self.login(app, "wenlvju.supervisor")
            // act
            let page = try await supervisor.get("/process/circulars")
            let cycle = try await supervisor.get("/process/circulars/2023-2024")
            let docx = try await supervisor.get("/process/circulars/2024H1/export?format=docx")
            let unknown = try await supervisor.get("/process/circulars/1999H1")
            let zoneStaff = try await Self.login(app, "chengguan.staff")
            let own = try await zoneStaff.get("/process/circulars/2023-2024")
            // assert
            #expect(page.status == .ok)
            #expect(page.body.string.contains("关于2024年上半年示范区信息宣传工作情况的通报"))
            #expect(page.body.string.contains("城关街道"))
            #expect(page.body.string.contains("临江区文化和旅游局"))
            #expect(cycle.status == .ok)
            #expect(cycle.body.string.contains("沙门镇") && cycle.body.string.contains("白石镇"))
            #expect(docx.status == .ok)
            #expect(docx.headers.contentType?.description.contains("wordprocessingml") == true)
            #expect(docx.body.readableBytes > 1000 && docx.body.getString(at: 0, length: 2) == "PK")
            #expect(unknown.status == .notFound)
            // The zone's people see no other unit's circular.
            #expect(own.status == .notFound)
        }
    }

    /// 白石镇: vetoed, with the failed requirements and the records behind them.
    @Test(arguments: Engine.enabled)
    func theAcceptanceExplainsTheVeto(engine: Engine) async throws {
        try await Self.withDemo(engine) { app in
            // setup
            let supervisor = try await Self.login(app, "wenlvju.supervisor")
            let baishi = try await Self.unitID(app, "白石镇")
            let zone = try await Self.unitID(app, "城关街道")
            // act
            let vetoed = try await supervisor.get("/process/acceptance?unit=\(baishi)")
            let passed = try await supervisor.get("/process/acceptance?unit=\(zone)")
            let english = try await supervisor.get("/process/acceptance?unit=\(baishi)&lang=en")
            // assert
            #expect(vetoed.status == .ok)
            #expect(vetoed.body.string.contains("未达到过程管理基本要求，实行一票否决"))
            #expect(vetoed.body.string.contains("未确定联络员"))
            #expect(vetoed.body.string.contains("支出“购置公务用车”250,000.00元"))
            #expect(vetoed.body.string.contains("自查报告"))
            #expect(passed.status == .ok)
            #expect(passed.body.string.contains("通过") && !passed.body.string.contains("tz-alert tz-alert-error"))
            #expect(english.body.string.contains("No liaison named"))
        }
    }
}
