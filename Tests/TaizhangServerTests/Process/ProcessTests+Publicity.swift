import Fluent
import Foundation
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

/// SPEC §4.6: publicity scores with breakdown, adoptions, recomputation, the circular.
extension DatabaseTests.ProcessTests {
    static func compute(_ c: Caller, unit: Int, subtree: Bool = false) async throws -> [[String: Any]] {
        let res = try await c.send(.POST, "/api/process/publicity/compute", json: #"{"unit_id":\#(unit),"window":"2024H1","subtree":\#(subtree)}"#)
        #expect(res.status == .ok, "\(res.body.string)")
        return res.jsonArray
    }

    static func score(_ view: [String: Any]) -> [String: Any] { view["score"] as? [String: Any] ?? [:] }

    /// Street A with every report of 2024H1 on time, scored 50 by the supervisor.
    static func scoredZone(_ app: Application, _ w: TestWorld) async throws -> (Setup, plan: Int, submissions: [String: Int]) {
        let s = try await zone(app, w)
        let plan = try await informationPlan(app)
        let ids = try await reports(app, unit: w.streetA, plan: plan, may: beijing(2024, 6, 3))
        #expect(score(try await compute(s.supervisor, unit: w.streetA)[0])["total"] as? Int == 50)
        return (s, plan, ids)
    }

    static func adopt(_ c: Caller, _ submission: Int, _ outlet: String, _ tier: String) async throws -> TestingHTTPResponse {
        try await c.send(.POST, "/api/process/adoptions", json: #"{"submission_id":\#(submission),"outlet":"\#(outlet)","tier":"\#(tier)","date":"2024-06-20","link":"https://www.example.gov.cn/a.html"}"#)
    }

    /// The May report of street A on its due day at 23:59, street B's a minute after midnight.
    @Test(arguments: Engine.enabled)
    func aReportOnTheDueDayKeepsTheBaseAMinuteLaterLosesIt(engine: Engine) async throws {
        try await withApp(engine) { app, w in
            // setup
            let s = try await Self.zone(app, w)
            _ = try await s.supervisor.send(.PUT, "/api/process/creations", json: #"{"unit_id":\#(w.streetB),"kind":"zone","start_year":2024}"#)
            let plan = try await Self.informationPlan(app)
            try await Self.reports(app, unit: w.streetA, plan: plan, may: Self.beijing(2024, 6, 5, 23, 59))
            try await Self.reports(app, unit: w.streetB, plan: plan, may: Self.beijing(2024, 6, 6, 0, 1))
            // act
            let scores = try await Self.compute(s.supervisor, unit: w.bureau, subtree: true)
            let circular = try await s.supervisor.get("/api/process/circular?unit=\(w.bureau)&window=2024H1").json
            let docx = try await s.supervisor.get("/api/process/circular?unit=\(w.bureau)&window=2024H1&format=docx")
            let md = try await s.supervisor.get("/api/process/circular?unit=\(w.bureau)&window=2024H1&format=md").body.string
            // assert
            let byUnit = Dictionary(uniqueKeysWithValues: scores.map { (Self.score($0)["unit_id"] as! Int, $0) })
            #expect(Self.score(byUnit[w.streetA]!)["base"] as? Int == 50)
            #expect(Self.score(byUnit[w.streetB]!)["base"] as? Int == 0)
            #expect((byUnit[w.streetB]?["base_reasons"] as? [[String: Any]])?.map { $0["zh"] as? String } == ["2024年5月示范区工作动态迟报（应于2024年6月5日前报送）"])
            #expect((circular["rows"] as? [[String: Any]])?.map { $0["unit_name"] as? String } == ["城关街道", "东湖街道"])
            #expect(circular["title"] as? String == "关于2024年上半年示范区信息宣传工作情况的通报")
            #expect(docx.status == .ok && docx.headers.contentType?.subType.contains("wordprocessingml") == true)
            #expect(md.contains("| 1 | 城关街道 | 50 |") && md.hasSuffix("测试区文化和旅游局  \n2024年7月3日\n"), "\(md)")
        }
    }

    @Test(arguments: Engine.enabled)
    func adoptionsAfterScoringRescoreTheStoredScore(engine: Engine) async throws {
        try await withApp(engine) { app, w in
            // setup
            let (s, plan, ids) = try await Self.scoredZone(app, w)
            let creator = try await UserModel.query(on: app.db).first()!.requireID()
            let draft = try await Self.submission(app, unit: w.streetA, plan: plan, period: .month(2024, 6), at: nil, creator: creator)
            // act
            let first = try await Self.adopt(s.supervisor, ids["2024M03"]!, "人民日报", "central_media")
            let second = try await Self.adopt(s.supervisor, ids["2024M03"]!, "浙江日报", "ministry_bulletin_provincial")
            let ofDraft = try await Self.adopt(s.supervisor, draft, "浙江日报", "ministry_bulletin_provincial")
            let byStaff = try await Self.adopt(s.staff, ids["2024M04"]!, "浙江日报", "ministry_bulletin_provincial")
            let stored = try await s.staff.get("/api/process/units/\(w.streetA)/publicity?window=2024H1").jsonArray
            // assert
            #expect(first.status == .created, "\(first.body.string)")
            #expect(Self.score((first.json["rescored"] as? [[String: Any]])?.first ?? [:])["total"] as? Int == 90)
            #expect(second.status == .created)
            #expect(ofDraft.status == .unprocessableEntity && ofDraft.json["code"] as? String == "not_submitted_information")
            #expect(byStaff.status == .forbidden)
            let score = Self.score(stored.first ?? [:])
            #expect(score["total"] as? Int == 120)
            #expect((score["lines"] as? [[String: Any]])?.map { $0["points"] as? Int } == [40, 30])
        }
    }

    @Test(arguments: Engine.enabled)
    func theAdminsRuleSetChangesARecomputedScore(engine: Engine) async throws {
        try await withApp(engine) { app, w in
            // setup
            let (s, _, ids) = try await Self.scoredZone(app, w)
            #expect(try await Self.adopt(s.supervisor, ids["2024M01"]!, "人民日报", "central_media").status == .created)
            let admin = try await Caller.login(app, "admin")
            var rules = try await admin.get("/api/process/rules").json
            var publicity = rules["publicity"] as! [String: Any]
            var tiers = publicity["tiers"] as! [[String: Any]]
            tiers[1]["points"] = 45
            publicity["tiers"] = tiers; rules["publicity"] = publicity
            // act
            let put = try await admin.send(.PUT, "/api/process/rules", json: try Self.json(rules))
            let recomputed = try await Self.compute(s.supervisor, unit: w.streetA)
            // assert
            #expect(put.status == .ok, "\(put.body.string)")
            #expect(Self.score(recomputed[0])["total"] as? Int == 95)
        }
    }

    /// A report first submitted after scoring rescores the stored window (missing → late).
    @Test(arguments: Engine.enabled)
    func aLateFirstSubmissionRescoresTheStoredWindow(engine: Engine) async throws {
        try await withApp(engine) { app, w in
            // setup
            let s = try await Self.zone(app, w)
            let plan = try await Self.informationPlan(app)
            try await Self.reports(app, unit: w.streetA, plan: plan, may: nil)
            let before = try await Self.compute(s.supervisor, unit: w.streetA)
            let draft = try await s.staff.send(.POST, "/api/submissions", json: #"{"unit_id":\#(w.streetA),"plan_id":\#(plan),"period":"2024M05","values":[]}"#)
            // act
            let submitted = try await s.staff.send(.POST, "/api/submissions/\(draft.json["id"] as? Int ?? 0)/transitions", json: #"{"action":"submit"}"#)
            let after = try await s.staff.get("/api/process/units/\(w.streetA)/publicity?window=2024H1").jsonArray
            // assert
            #expect(submitted.status == .ok, "\(draft.body.string) \(submitted.body.string)")
            #expect((before[0]["base_reasons"] as? [[String: Any]])?.map { $0["code"] as? String } == ["report_missing"])
            #expect((after.first?["base_reasons"] as? [[String: Any]])?.map { $0["code"] as? String } == ["report_late"])
        }
    }
}
