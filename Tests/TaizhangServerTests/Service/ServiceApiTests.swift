import Foundation
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

/// SPEC §7 over HTTP on each engine: import all or nothing, computed status and rates,
/// 督办 by level and role, ratings with the fix loop, appraisal and stars, the ledger sync.
extension DatabaseTests {
    @Suite("Service centre API")
    struct ServiceApiTests {
        func withCentre(_ engine: Engine, _ body: (Application, ServiceWorld) async throws -> Void) async throws {
            try await withApp(engine) { app, _ in try await body(app, try await ServiceWorld.load(app)) }
        }

        func importCSV(_ app: Application, _ w: ServiceWorld, _ csv: String = ServiceWorld.csv, as user: String = "centre.staff") async throws -> TestingHTTPResponse {
            let caller = try await Caller.login(app, user)
            var headers = HTTPHeaders()
            headers.bearerAuthorization = BearerAuthorization(token: caller.token)
            headers.contentType = HTTPMediaType(type: "text", subType: "csv")
            return try await app.testing().sendRequest(.POST, "/api/service/centres/\(w.centre)/cases/import?filename=cases.csv",
                                                       headers: headers, body: ByteBuffer(string: csv))
        }

        @Test(arguments: Engine.enabled)
        func importIsAllOrNothingWithEveryBadRowInChinese(engine: Engine) async throws {
            try await withCentre(engine) { app, w in
                let bad = ServiceWorld.csv + "\nC09,X-9,,2024-06-03 09:00,,,,\nC01,T-1,,2024-06-03 09:00,,,,\n"

                let refused = try await importCSV(app, w, bad)
                let ok = try await importCSV(app, w)
                let again = try await importCSV(app, w)
                let window = try await importCSV(app, w, as: "window.one")

                #expect(refused.status == .unprocessableEntity)
                let details = refused.json["details"] as? [[String: Any]] ?? []
                #expect(details.compactMap { $0["message"] as? String } == ["第10行：事项编码“X-9”不在事项目录中。", "第11行：办件编号“C01”重复（与第2行）。"])
                #expect(ok.status == .created && ok.json["inserted"] as? Int == 8)
                #expect(again.json["unchanged"] as? Int == 8 && again.json["inserted"] as? Int == 0)
                #expect(window.status == .forbidden)
            }
        }

        @Test(arguments: Engine.enabled)
        func anXLSXIsReadToo(engine: Engine) async throws {
            try await withCentre(engine) { app, w in
                let caller = try await Caller.login(app, "centre.staff")
                var headers = HTTPHeaders(); headers.bearerAuthorization = BearerAuthorization(token: caller.token)
                headers.contentType = HTTPMediaType(type: "application", subType: "octet-stream")

                let res = try await app.testing().sendRequest(.POST, "/api/service/centres/\(w.centre)/cases/import?filename=cases.xlsx",
                                                              headers: headers, body: ByteBuffer(data: ServiceWorld.xlsx))

                #expect(res.status == .unprocessableEntity)
                #expect((res.json["details"] as? [[String: Any]])?.first?["message"] as? String == "第2行：受理时间晚于当前时间。")
            }
        }

        /// On 2024-07-03: C06 (accepted 07-02, due 07-05) in time, C07 (06-28, due 07-03) yellow,
        /// C08 (06-24, due 06-27) red; C02 late, C03's review overran, C04 refused without a reason.
        @Test(arguments: Engine.enabled)
        func statusesAndRatesAreComputed(engine: Engine) async throws {
            try await withCentre(engine) { app, w in
                _ = try await importCSV(app, w)
                let sup = try await Caller.login(app, "centre.supervisor")

                let board = try await sup.get("/api/service/centres/\(w.centre)/board").json
                let rates = try await sup.get("/api/service/centres/\(w.centre)/rates?period=2024M06").json
                let abnormal = try await sup.get("/api/service/centres/\(w.centre)/cases?status=abnormal").json
                let mine = try await Caller.login(app, "window.two").get("/api/service/centres/\(w.centre)/cases").json

                let total = board["total"] as? [String: Any] ?? [:]
                #expect((total["open"] as? Int, total["in_time"] as? Int, total["yellow"] as? Int, total["red"] as? Int) == (3, 1, 1, 1))
                let june = rates["total"] as? [String: Any] ?? [:]
                #expect(june["accepted"] as? Int == 7 && june["completed"] as? Int == 5 && june["completed_in_time"] as? Int == 4)
                let rateList = june["rates"] as? [[String: Any]] ?? []
                #expect(rateList.first { $0["code"] as? String == "on_time" }?["percent"] as? Double == 80)
                #expect((rateList.first { $0["code"] as? String == "speed_up" }?["definition"] as? String ?? "").contains("未查到全国统一的计算口径"))
                #expect(((abnormal["cases"] as? [[String: Any]]) ?? []).compactMap { $0["number"] as? String }.sorted() == ["C02", "C03", "C04", "C08"])
                #expect(((mine["cases"] as? [[String: Any]]) ?? []).compactMap { $0["number"] as? String }.sorted() == ["C04", "C05"])
                #expect(board["departments"] as? [Any] != nil)
            }
        }

        @Test(arguments: Engine.enabled)
        func ordersGoThroughLevelsAndRoles(engine: Engine) async throws {
            try await withCentre(engine) { app, w in
                _ = try await importCSV(app, w)
                let staff = try await Caller.login(app, "centre.staff"), sup = try await Caller.login(app, "centre.supervisor")
                let window = try await Caller.login(app, "window.one"), other = try await Caller.login(app, "window.two")
                let c08 = try await caseID(staff, w, "C08")

                let office = try await staff.send(.POST, "/api/service/cases/\(c08)/orders", json: #"{"level":"office","reason":"逾期"}"#)
                let issued = try await staff.send(.POST, "/api/service/cases/\(c08)/orders", json: #"{"level":"department","reason":"逾期未办结"}"#)
                let id = (issued.json["order"] as? [String: Any])?["id"] as? Int ?? 0
                let early = try await staff.send(.POST, "/api/service/orders/\(id)/close", json: "{}")
                let stranger = try await other.send(.POST, "/api/service/orders/\(id)/response", json: #"{"text":"不是我们的"}"#)
                let answered = try await window.send(.POST, "/api/service/orders/\(id)/response", json: #"{"text":"已办结"}"#)
                let closed = try await staff.send(.POST, "/api/service/orders/\(id)/close", json: #"{"conclusion":"同意"}"#)
                let escalated = try await sup.send(.POST, "/api/service/orders/\(id)/escalate")

                #expect(office.status == .forbidden)
                #expect(issued.status == .created && issued.json["response_due"] == nil)
                #expect((issued.json["order"] as? [String: Any])?["response_due"] as? String == "2024-07-08")
                #expect(early.status == .unprocessableEntity && early.json["code"] as? String == "close_needs_response")
                #expect(stranger.status == .forbidden)
                #expect(answered.json["status"] as? String == "responded")
                #expect(closed.json["status"] as? String == "closed")
                #expect(escalated.status == .unprocessableEntity)
            }
        }

        @Test(arguments: Engine.enabled)
        func aBadRatingOpensAFixThatClosesOnlyWithACallback(engine: Engine) async throws {
            try await withCentre(engine) { app, w in
                _ = try await importCSV(app, w)
                let staff = try await Caller.login(app, "centre.staff"), window = try await Caller.login(app, "window.one")
                let c01 = try await caseID(staff, w, "C01")

                let rated = try await window.send(.POST, "/api/service/cases/\(c01)/ratings", json: #"{"level":"dissatisfied","channel":"sms","comment":"等候太久","rated_at":"2024-06-05T02:00:00Z"}"#)
                let twice = try await window.send(.POST, "/api/service/cases/\(c01)/ratings", json: #"{"level":"satisfied","channel":"web"}"#)
                let fix = (rated.json["fix"] as? [String: Any])?["fix"] as? [String: Any] ?? [:]
                let fixID = fix["id"] as? Int ?? 0
                let noCallback = try await window.send(.POST, "/api/service/fixes/\(fixID)/measures", json: #"{"text":"优化取号"}"#)
                let refused = try await staff.send(.POST, "/api/service/fixes/\(fixID)/close")
                _ = try await window.send(.POST, "/api/service/fixes/\(fixID)/callbacks", json: #"{"result":"已回访，表示满意","satisfied":true}"#)
                let closed = try await staff.send(.POST, "/api/service/fixes/\(fixID)/close")
                let satisfaction = try await staff.get("/api/service/centres/\(w.centre)/satisfaction?month=2024M06").json

                #expect(rated.status == .created)
                #expect(fix["deadline"] as? String == "2024-06-27")
                #expect(twice.status == .conflict)
                #expect(noCallback.status == .ok)
                #expect(refused.json["code"] as? String == "close_needs_callback")
                #expect(closed.json["status"] as? String == "closed_late")
                #expect((satisfaction["total"] as? [String: Any])?["bad"] as? Int == 1)
            }
        }

        @Test(arguments: Engine.enabled)
        func theLedgerSyncWritesTheMonthlyEntryAndTheDraftFollowsThePack(engine: Engine) async throws {
            try await withCentre(engine) { app, w in
                _ = try await importCSV(app, w)
                let staff = try await Caller.login(app, "centre.staff")
                _ = try await PackInstaller.install(try RulePacks.shipped()[1], on: app.db)
                await app.catalogCache.invalidate()

                let sync = try await staff.send(.POST, "/api/service/centres/\(w.centre)/ledger-sync")
                let resync = try await staff.send(.POST, "/api/service/centres/\(w.centre)/ledger-sync")
                let draft = try await staff.send(.POST, "/api/summaries", json: #"{"unit_id":\#(w.centre),"period":"2024H1"}"#)

                #expect(sync.json["months"] as? [String] == ["2024M06", "2024M07"])
                #expect(resync.json["entries"] as? [Int] == sync.json["entries"] as? [Int])
                #expect(draft.status == .created, "\(draft.body.string.prefix(400))")
                let id = (draft.json["summary"] as? [String: Any])?["id"] as? Int ?? 0
                #expect((draft.json["findings"] as? [Any])?.isEmpty == true, "the checker finds nothing: \(draft.json["findings"] ?? "")")
                let text = try await staff.get("/api/summaries/\(id)/export?format=txt").body.string
                #expect(text.contains("按时办结率为80%") && text.contains("电子监察有力有效"), "\(text.prefix(1500))")
                #expect(text.contains("发现异常办件4件"), "\(text.prefix(1500))")
            }
        }

        /// Completed cases with no rating after 3 days are invited once; the rules are data an
        /// admin replaces (a broken copy is refused with its problems).
        @Test(arguments: Engine.enabled)
        func invitationsAndRules(engine: Engine) async throws {
            try await withCentre(engine) { app, w in
                _ = try await importCSV(app, w)
                let staff = try await Caller.login(app, "centre.staff"), admin = try await Caller.login(app, "admin")

                let first = try await staff.send(.POST, "/api/service/centres/\(w.centre)/invitations/run")
                let second = try await staff.send(.POST, "/api/service/centres/\(w.centre)/invitations/run")
                var rules = try await staff.get("/api/service/rules").json
                var stars = ((rules["appraisal"] as? [String: Any])?["stars"] as? [String: Any]) ?? [:]
                stars["quota"] = 0
                var appraisal = rules["appraisal"] as? [String: Any] ?? [:]
                appraisal["stars"] = stars
                rules["appraisal"] = appraisal
                let body = String(decoding: try JSONSerialization.data(withJSONObject: rules), as: UTF8.self)
                let refused = try await admin.send(.PUT, "/api/service/rules", json: body)
                let notAdmin = try await staff.send(.PUT, "/api/service/rules", json: body)

                #expect(first.json["invited"] as? Int == 5)
                #expect(second.json["invited"] as? Int == 0)
                #expect(refused.status == .unprocessableEntity && refused.json["code"] as? String == "star_quota")
                #expect(notAdmin.status == .forbidden)
            }
        }

        func caseID(_ c: Caller, _ w: ServiceWorld, _ number: String) async throws -> Int {
            let list = try await c.get("/api/service/centres/\(w.centre)/cases?q=\(number)").json
            return ((list["cases"] as? [[String: Any]])?.first?["id"] as? Int) ?? 0
        }
    }
}
