import Foundation
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

/// A hospital's 院感科 works under the hospital pack: its entry form offers the pack's
/// indicators, and its half-year draft states its reporting rates, checker-clean.
extension DatabaseTests {
    @Suite("Hospital pack")
    struct HospitalPackTests {
        @Test(arguments: Engine.enabled)
        func theInfectionOfficeRecordsAndDraftsUnderItsPack(engine: Engine) async throws {
            try await withApp(engine) { app, _ in
                let hospital = UnitModel(DomainUnit(id: 0, parentID: nil, kind: .hospital, name: "测试区人民医院"))
                try await hospital.create(on: app.db)
                let office = UnitModel(DomainUnit(id: 0, parentID: hospital.id, kind: .department, name: "院感科"))
                try await office.create(on: app.db)
                await app.unitDirectory.invalidate()
                let pack = try #require(try RulePacks.shipped().first { $0.code == RulePacks.hospitalInfection })
                _ = try await PackInstaller.install(pack, on: app.db)
                await app.catalogCache.invalidate()
                try await Bootstrap.addUser(app, username: "yuangan", displayName: "汪敏", password: TestWorld.password,
                                            grants: [RoleGrant(unitID: office.id!, role: .staff)])
                let api = try await Caller.login(app, "yuangan")
                let entries = [("6月传染病及院感上报情况通报", #"[{"indicator":"notifiable_reported","value":52},{"indicator":"notifiable_late","value":2},{"indicator":"infection_cases","value":3},{"indicator":"discharged_patients","value":1800}]"#),
                               ("手卫生依从性调查", #"[{"indicator":"hand_hygiene_opportunities","value":200},{"indicator":"hand_hygiene_performed","value":170}]"#)]
                for (title, values) in entries {
                    let r = try await api.send(.POST, "/api/entries", json: #"{"unit_id":\#(office.id!),"category":"inspection","title":"\#(title)","date":"2024-06-20","values":\#(values)}"#)
                    #expect(r.status == .created, "\(r.body.string.prefix(300))")
                }

                let form = try await Browser.login(app, "yuangan").get("/ledger/new")
                let draft = try await api.send(.POST, "/api/summaries", json: #"{"unit_id":\#(office.id!),"period":"2024H1"}"#)
                let id = (draft.json["summary"] as? [String: Any])?["id"] as? Int ?? 0
                let text = try await api.get("/api/summaries/\(id)/export?format=txt").body.string

                #expect(form.body.string.contains("传染病报告") && !form.body.string.contains("文艺演出场次"))
                #expect(text.contains("报告及时率为96.2%") && text.contains("手卫生依从率为85%") && text.contains("医院感染发病率为0.2%"), "\(text)")
                #expect((draft.json["findings"] as? [Any])?.isEmpty == true, "\(draft.json["findings"] ?? "")")
            }
        }
    }
}
