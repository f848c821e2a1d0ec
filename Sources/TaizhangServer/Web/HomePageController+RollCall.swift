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

    /// Where a reminder leads: the report itself when the unit has one for that plan and
    /// period, else the draft form with the plan and period chosen.
    static func reminderLinks(_ notes: [NotificationModel], on db: any Database) async throws -> [Int: String] {
        let ids = notes.compactMap(\.reminderID)
        guard !ids.isEmpty else { return [:] }
        let reminders = try await ReminderModel.query(on: db).filter(\.$id ~~ ids).all()
        var out: [Int: String] = [:]
        for r in reminders {
            if let s = try await SubmissionModel.query(on: db).filter(\.$unitID == r.unitID).filter(\.$planID == r.planID)
                .filter(\.$periodCode == r.periodCode).first() {
                out[r.id!] = "/submissions/\(s.id!)"
            } else {
                out[r.id!] = "/submissions?draft_plan=\(r.planID)&draft_period=\(r.periodCode)#new-draft"
            }
        }
        return out
    }
}
