import Fluent
import Foundation
import TaizhangDomain
import TaizhangService

/// The demo 院感科's ledger (two years in the hospital pack's rhythm) and its monthly
/// 传染病及院感上报情况月报: submitted by the liaison, approved by the leader, accepted by
/// the hospital's supervisor (one month late).
enum HospitalDemoLoader {
    static func store(office: Int, users: [String: Int], ctx: ServiceDemoLoader.Context, table: WorkingDayTable,
                      on db: any Database) async throws {
        let entries = HospitalDemo.entries(today: ctx.today, table: table).map { e -> StoredEntry in
            var c = e; c.unitID = office; return StoredEntry(entry: c)
        }
        let staff = users["yuangan.staff"]!
        _ = try await EntryStore.insert(entries, createdBy: staff, at: ctx.now, on: db, engine: ctx.engine)
        guard let plan = try await PlanModel.query(on: db).all().first(where: { $0.domain?.reportType == "infection_reporting_monthly" }),
              let planID = plan.id else { return }
        for r in HospitalDemo.reports(today: ctx.today, table: table) {
            let values = Dictionary(grouping: entries.map(\.entry).filter { r.month.contains($0.countsOn) }.flatMap(\.values), by: \.indicator)
                .map { IndicatorValue(indicator: $0.key, value: $0.value.reduce(0) { $0 + $1.value }) }.sorted { $0.indicator < $1.indicator }
            let m = SubmissionModel()
            m.unitID = office; m.planID = planID; m.periodCode = r.month.code; m.status = SubmissionStatus.accepted.rawValue
            m.narrative = "\(r.month.chineseLabel)传染病及院感上报情况：按时完成自查、督察和主题检查，上报情况已通报各科室。"
            m.valuesJSON = JSON.string(values); m.firstSubmittedAt = r.submittedAt; m.createdBy = staff
            m.createdAt = r.submittedAt.addingTimeInterval(-3600); m.updatedAt = r.submittedAt.addingTimeInterval(2 * 86_400); m.version = 1
            try await m.create(on: db)
            let steps: [(SubmissionAction, SubmissionStatus, SubmissionStatus, String, TimeInterval)] = [
                (.submit, .draft, .submitted, "yuangan.liaison", 0), (.approve, .submitted, .leaderApproved, "yuangan.leader", 3600),
                (.accept, .leaderApproved, .accepted, "yiyuan.supervisor", 86_400)]
            for (action, from, to, user, offset) in steps {
                let ev = SubmissionEventModel()
                ev.submissionID = try m.requireID(); ev.action = action.rawValue; ev.fromStatus = from.rawValue; ev.toStatus = to.rawValue
                ev.userID = users[user]!; ev.at = r.submittedAt.addingTimeInterval(offset)
                try await ev.create(on: db)
            }
        }
    }
}
