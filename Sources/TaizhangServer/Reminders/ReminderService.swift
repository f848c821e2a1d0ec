import Fluent
import TaizhangDomain
import Vapor

/// Produces reminders: a deadline approaching (to the unit's liaisons) and overdue
/// notices (to the liaisons and leaders of units that have not submitted). Idempotent:
/// the unique reminder key means one reminder per unit, plan, period and kind.
enum ReminderService {
    @discardableResult
    static func run(app: Application, now: Date) async throws -> [OutgoingReminder] {
        let db = app.db
        let plans = try await PlanModel.active(on: db)
        let tree = try await app.unitDirectory.tree(on: db)
        let units = Array(tree.byID.values)
        let submitted = try await SubmissionModel.query(on: db).filter(\.$firstSubmittedAt != nil)
            .field(\.$unitID).field(\.$planID).field(\.$periodCode).all()
        let submittedKeys = Set(submitted.compactMap { s in
            Period(code: s.periodCode).map { ReminderPlanner.submissionKey(unitID: s.unitID, planID: s.planID, period: $0) }
        })
        let due = ReminderPlanner.due(now: now, plans: plans, units: units, submitted: submittedKeys)
        guard !due.isEmpty else { return [] }
        let existing = Set(try await ReminderModel.query(on: db).filter(\.$key ~~ due.map(\.key)).all().map(\.key))
        let fresh = due.filter { !existing.contains($0.key) }
        guard !fresh.isEmpty else { return [] }
        // Recipients for all reminders in two queries, not two per reminder.
        let grants = try await RoleGrantModel.query(on: db).filter(\.$unitID ~~ Set(fresh.map(\.unitID)))
            .filter(\.$role ~~ [Role.liaison.rawValue, Role.leader.rawValue]).all()
        let usersByID = Dictionary(uniqueKeysWithValues: try await UserModel.query(on: db)
            .filter(\.$id ~~ Set(grants.map(\.userID))).all().map { ($0.id!, $0) })
        let grantsByUnit = Dictionary(grouping: grants, by: \.unitID)
        var sent: [OutgoingReminder] = []
        for r in fresh {
            let roles: Set<String> = r.kind == .approaching ? [Role.liaison.rawValue] : [Role.liaison.rawValue, Role.leader.rawValue]
            let ids = Set((grantsByUnit[r.unitID] ?? []).filter { roles.contains($0.role) }.map(\.userID))
            let users = ids.sorted().compactMap { usersByID[$0] }
            let planName = plans.first { $0.id == r.planID }?.name ?? ""
            let message = "【\(planName)】" + r.chineseMessage
            let stored = try await db.transaction { db -> Bool in
                let m = ReminderModel()
                m.key = r.key; m.unitID = r.unitID; m.planID = r.planID; m.periodCode = r.period.code
                m.kind = r.kind.rawValue; m.message = message; m.createdAt = now
                do { try await m.create(on: db) } catch { return false } // another run stored it first
                for u in users {
                    let n = NotificationModel()
                    n.userID = u.id!; n.reminderID = m.id; n.message = message; n.createdAt = now
                    try await n.create(on: db)
                }
                return true
            }
            guard stored else { continue }
            let out = OutgoingReminder(key: r.key, kind: r.kind.rawValue, unitId: r.unitID, unitName: tree[r.unitID]?.name ?? "",
                                       period: r.period.code, dueDate: r.dueDate.iso, message: message,
                                       recipients: users.map(\.username))
            do { try await app.dependencies.notifier.send(out) } catch {
                app.logger.warning("reminder \(r.key) not delivered: \(error)")
            }
            sent.append(out)
        }
        return sent
    }
}
