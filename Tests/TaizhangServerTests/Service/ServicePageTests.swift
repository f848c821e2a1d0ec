import Foundation
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

/// The service pages for the people who use them, in Chinese and English: the section
/// sees the board and issues a 督办, the window answers it, the section closes it; ratings
/// and appraisal render; a department's window sees only its own cases.
extension DatabaseTests {
    @Suite("Service centre pages")
    struct ServicePageTests {
        func withCases(_ engine: Engine, _ body: (Application, ServiceWorld) async throws -> Void) async throws {
            try await withApp(engine) { app, _ in
                let w = try await ServiceWorld.load(app)
                let staff = try await Caller.login(app, "centre.staff")
                var headers = HTTPHeaders()
                headers.bearerAuthorization = BearerAuthorization(token: staff.token)
                headers.contentType = HTTPMediaType(type: "text", subType: "csv")
                _ = try await app.testing().sendRequest(.POST, "/api/service/centres/\(w.centre)/cases/import", headers: headers,
                                                        body: ByteBuffer(string: ServiceWorld.csv))
                try await body(app, w)
            }
        }

        @Test(arguments: Engine.enabled, ["zh", "en"])
        func everyServicePageRendersForTheSupervisionSide(engine: Engine, lang: String) async throws {
            try await withCases(engine) { app, _ in
                let b = try await Browser.login(app, "centre.supervisor")

                let board = try await b.get("/service?lang=\(lang)&period=2024M06")
                let red = try await b.get("/service/cases?status=red")
                let ratings = try await b.get("/service/ratings?month=2024M06")
                let appraisal = try await b.get("/service/appraisal?month=2024M06&quarter=2024Q2")
                let home = try await b.get("/")

                for page in [board, red, ratings, appraisal] { #expect(page.status == .ok, "\(page.body.string.prefix(300))") }
                #expect(board.body.string.contains(lang == "zh" ? "红牌逾期" : "Red card"))
                #expect(board.body.string.contains(">80%<br>"), "the on-time rate of June: 4 of 5")
                #expect(red.body.string.contains("C08") && !red.body.string.contains("C07"))
                #expect(appraisal.body.string.contains(lang == "zh" ? "服务明星评选" : "Service star election"))
                #expect(home.body.string.contains("href=\"/service\""), "the navigation offers the service pages")
            }
        }

        @Test(arguments: Engine.enabled)
        func anOrderIsIssuedAnsweredAndClosedThroughThePages(engine: Engine) async throws {
            try await withCases(engine) { app, _ in
                let section = try await Browser.login(app, "centre.staff")
                _ = try await section.get("/service/cases?q=C08")
                let id = try #require(section.lastPage.range(of: #"/service/cases/(\d+)"#, options: .regularExpression)
                    .map { Int(section.lastPage[$0].split(separator: "/").last!)! })

                _ = try await section.get("/service/cases/\(id)")
                let issued = try await section.post("/service/cases/\(id)/orders", ["level": "department", "reason": "请说明逾期原因"])
                let window = try await Browser.login(app, "window.one")
                let page = try await window.get("/service/cases/\(id)")
                let orderID = try #require(page.body.string.range(of: #"/service/orders/(\d+)/response"#, options: .regularExpression)
                    .map { Int(page.body.string[$0].split(separator: "/")[2])! })
                _ = try await window.post("/service/orders/\(orderID)/response", ["text": "已办结"])
                _ = try await section.get("/service/cases/\(id)")
                _ = try await section.post("/service/orders/\(orderID)/close", ["conclusion": "同意"])
                let done = try await section.get("/service/cases/\(id)")

                #expect(issued.status == .seeOther)
                #expect(done.body.string.contains("已办结") && done.body.string.contains("请说明逾期原因"))
            }
        }

        @Test(arguments: Engine.enabled)
        func aDepartmentsWindowSeesOnlyItsOwnCases(engine: Engine) async throws {
            try await withCases(engine) { app, _ in
                let window = try await Browser.login(app, "window.two")

                let cases = try await window.get("/service/cases")
                let ratings = try await window.get("/service/ratings?month=2024M06")

                #expect(cases.status == .ok)
                #expect(cases.body.string.contains("C05") && !cases.body.string.contains("C08"))
                #expect(ratings.status == .ok)
            }
        }
    }
}

