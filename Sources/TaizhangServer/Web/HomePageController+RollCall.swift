import Fluent
import Foundation
import TaizhangDomain
import TaizhangWeb
import Vapor

extension HomePageController {
    /// A supervisor's "谁还没报？": per plan in force below her unit, the period due now
    /// (`ReportingPlan.periodDueNow`) with the units expected, filed and not yet filed
    /// (`RollCall`). Empty for anyone who reviews no unit below the current one.
    static func rollCalls(unit: DomainUnit, scope: AccessScope, today: CivilDate, on db: any Database) async throws -> [HomePage.RollCallItem] {
        let below = reviewableBelow(unit: unit, scope: scope)
        guard !below.isEmpty else { return [] }
        var out: [HomePage.RollCallItem] = []
        for plan in try await PlanModel.active(on: db) {
            guard let period = plan.periodDueNow(today), below.contains(where: { plan.expects($0, for: period) }) else { continue }
            let filed = Set(try await SubmissionModel.query(on: db).filter(\.$planID == plan.id).filter(\.$periodCode == period.code)
                .filter(\.$firstSubmittedAt != nil).field(\.$unitID).all().map(\.unitID))
            let call = RollCall.take(plan: plan, period: period, units: below, submitted: filed)
            out.append(.init(planID: plan.id, planName: plan.name, period: period, dueDate: call.dueDate, expected: call.expected.count,
                             submitted: call.submitted.count, missing: call.missing.map { .init(id: $0.id, name: $0.name) }))
        }
        // Plans with units missing first; among them the earliest deadline first.
        return out.sorted { ($0.missing.isEmpty ? 1 : 0, $0.dueDate, $0.planID) < ($1.missing.isEmpty ? 1 : 0, $1.dueDate, $1.planID) }
    }

    /// The units strictly below `unit` whose reports the caller reviews, in tree order.
    static func reviewableBelow(unit: DomainUnit, scope: AccessScope) -> [DomainUnit] {
        scope.tree.subtree(of: unit.id).dropFirst().filter { scope.can(.review, on: $0.id) }
    }

    /// Where a reminder leads (the report itself when the unit has one for that plan and period,
    /// else the draft form with the plan and period chosen), and its text in the reader's
    /// language (reminders are stored in Chinese, the language they are sent in).
    static func reminderLinks(_ notes: [NotificationModel], lang: Language, on db: any Database) async throws -> [Int: (link: String, text: String?)] {
        let ids = notes.compactMap(\.reminderID)
        guard !ids.isEmpty else { return [:] }
        let reminders = try await ReminderModel.query(on: db).filter(\.$id ~~ ids).all()
        let plans = try await PlanModel.byID(on: db)
        var out: [Int: (link: String, text: String?)] = [:]
        for r in reminders {
            let link: String
            if let s = try await SubmissionModel.query(on: db).filter(\.$unitID == r.unitID).filter(\.$planID == r.planID)
                .filter(\.$periodCode == r.periodCode).first() {
                link = "/submissions/\(s.id!)"
            } else {
                link = "/submissions?draft_plan=\(r.planID)&draft_period=\(r.periodCode)#new-draft"
            }
            var text: String?
            if lang == .en, let plan = plans[r.planID], let period = Period(code: r.periodCode) {
                let due = Localized.date(plan.dueDate(for: period), .en)
                let name = Localized.planName(plan.name, .en)
                let lead = r.kind == "chased" ? "Reminder from the supervising office: " : ""
                text = CivilDate(r.createdAt) > plan.dueDate(for: period)
                    ? "[\(name)] \(lead)the report for \(period.englishLabel) was due on \(due) and has not been submitted; please submit it now."
                    : "[\(name)] \(lead)the report for \(period.englishLabel) is due on \(due); please submit it on time."
            }
            out[r.id!] = (link, text)
        }
        return out
    }
}
