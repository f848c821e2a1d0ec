import Fluent
import Foundation
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

extension DatabaseTests {
    /// SPEC §4 process management over the API (both engines). Tests live in the
    /// `ProcessTests+…` files; the fixtures here.
    @Suite struct ProcessTests {
        struct Setup {
            var staff: Caller, supervisor: Caller
        }

        /// Street A registered by the supervisor as a zone (from its flag) whose cycle began in 2024.
        static func zone(_ app: Application, _ w: TestWorld, startYear: Int = 2024) async throws -> Setup {
            let supervisor = try await Caller.login(app, "supervisor")
            let res = try await supervisor.send(.PUT, "/api/process/creations", json: #"{"unit_id":\#(w.streetA),"start_year":\#(startYear)}"#)
            #expect(res.status == .ok, "\(res.body.string)")
            #expect(res.json["kind"] as? String == "zone")
            return Setup(staff: try await Caller.login(app, "staff.a"), supervisor: supervisor)
        }

        /// A monthly 示范区工作动态 plan for demo zones (information reporting, SPEC §4.5).
        static func informationPlan(_ app: Application) async throws -> Int {
            let plan = PlanModel(ReportingPlan(id: 0, name: "示范区工作动态", reportType: "work_update", periodKind: .month,
                                               appliesTo: UnitSelector(flags: [.demoZone]), dueRule: .dayOfNextMonth(5), remindDaysBefore: 3))
            try await plan.create(on: app.db)
            return plan.id!
        }

        /// An instant in Beijing time.
        static func beijing(_ y: Int, _ m: Int, _ d: Int, _ hour: Int = 10, _ minute: Int = 0) -> Date {
            CivilDate(y, m, d).startInstant().addingTimeInterval(TimeInterval(hour * 3600 + minute * 60))
        }

        /// Monthly reports of `unit` for December 2023 … May 2024 (due 5 January … 5 June),
        /// each first submitted on its due day at 10:00, except `may` (nil: not submitted).
        /// Returns the submission ids by month code.
        @discardableResult
        static func reports(_ app: Application, unit: Int, plan: Int, may: Date?) async throws -> [String: Int] {
            let creator = try await UserModel.query(on: app.db).filter(\.$username == "admin").first()!.requireID()
            var ids: [String: Int] = [:]
            for p in Period.range(.month(2023, 12), through: .month(2024, 5)) {
                let at = p == .month(2024, 5) ? may : beijing(p.next.year, p.next.index, 5)
                guard let at else { continue }
                ids[p.code] = try await submission(app, unit: unit, plan: plan, period: p, at: at, creator: creator)
            }
            return ids
        }

        static func submission(_ app: Application, unit: Int, plan: Int, period: Period, at: Date?, creator: Int) async throws -> Int {
            let s = SubmissionModel(); s.version = 1
            s.unitID = unit; s.planID = plan; s.periodCode = period.code; s.status = at == nil ? "draft" : "submitted"
            s.narrative = "\(period.chineseLabel)工作动态"; s.valuesJSON = "[]"; s.firstSubmittedAt = at
            s.createdBy = creator; s.createdAt = at ?? frozenNow; s.updatedAt = at ?? frozenNow
            try await s.create(on: app.db)
            return s.id!
        }

        static func json(_ object: Any) throws -> String { try SummaryTests.json(object as! [String: Any]) }
    }
}
