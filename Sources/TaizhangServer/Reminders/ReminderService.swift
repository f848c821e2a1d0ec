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
        return try await deliver(due.map { Item(reminder: $0, key: $0.key, kind: $0.kind.rawValue, lead: "") },
                                 plans: plans, tree: tree, app: app, now: now)
    }

    /// A supervisor chasing the units below that have not submitted `plan`'s `period`
    /// (the matrix page's button): at most one such reminder per unit and day, however
    /// often the button is pressed.
    static func chase(plan: ReportingPlan, period: Period, units: [DomainUnit], app: Application, now: Date) async throws -> [OutgoingReminder] {
        let submitted = Set(try await SubmissionModel.query(on: app.db).filter(\.$planID == plan.id)
            .filter(\.$periodCode == period.code).filter(\.$firstSubmittedAt != nil).field(\.$unitID).all().map(\.unitID))
        let due = plan.dueDate(for: period)
        let kind: Reminder.Kind = CivilDate(now) > due ? .overdue : .approaching
        let items = units.filter { plan.expects($0, for: period) && !submitted.contains($0.id) }.map {
            let r = Reminder(unitID: $0.id, planID: plan.id, period: period, kind: kind, dueDate: due)
            return Item(reminder: r, key: r.key + "/chased/" + CivilDate(now).iso, kind: "chased", lead: "上级管理部门提醒：")
        }
        return try await deliver(items, plans: [plan], tree: try await app.unitDirectory.tree(on: app.db), app: app, now: now)
    }

    /// A reminder to store and send, under `key` (the idempotency key) with its stored `kind`.
    struct Item {
        var reminder: Reminder
        var key: String
        var kind: String
        /// Put before the planner's message ("上级管理部门提醒：").
        var lead: String
    }

    /// Stores each reminder not stored before, notifies the unit's liaisons (and, once
    /// overdue, leaders) in the app, and hands it to the notifier.
    static func deliver(_ items: [Item], plans: [ReportingPlan], tree: UnitTree, app: Application, now: Date) async throws -> [OutgoingReminder] {
        let actor = Actor.system("reminders", tree: tree)
        guard !items.isEmpty else { return [] }
        let db = app.db
        let existing = Set(try await ReminderModel.query(on: db).filter(\.$key ~~ items.map(\.key)).all().map(\.key))
        let fresh = items.filter { !existing.contains($0.key) }
        guard !fresh.isEmpty else { return [] }
        // Recipients for all reminders in two queries, not two per reminder.
        let grants = try await RoleGrantModel.query(on: db).filter(\.$unitID ~~ Set(fresh.map(\.reminder.unitID)))
            .filter(\.$role ~~ [Role.liaison.rawValue, Role.leader.rawValue]).all()
        let usersByID = Dictionary(uniqueKeysWithValues: try await UserModel.query(on: db)
            .filter(\.$id ~~ Set(grants.map(\.userID))).all().map { ($0.id!, $0) })
        let grantsByUnit = Dictionary(grouping: grants, by: \.unitID)
        var sent: [OutgoingReminder] = []
        for item in fresh {
            let r = item.reminder
            let roles: Set<String> = r.kind == .approaching ? [Role.liaison.rawValue] : [Role.liaison.rawValue, Role.leader.rawValue]
            let ids = Set((grantsByUnit[r.unitID] ?? []).filter { roles.contains($0.role) }.map(\.userID))
            let users = ids.sorted().compactMap { usersByID[$0] }
            let planName = plans.first { $0.id == r.planID }?.name ?? ""
            let message = "【\(planName)】" + item.lead + r.chineseMessage
            let stored: Bool
            do {
                stored = try await app.writes.run(actor) { tx -> Bool in
                    // Another run (or instance) stored it first: nothing to send.
                    if try await ReminderModel.query(on: tx.db).filter(\.$key == item.key).first() != nil { return false }
                    let m = ReminderModel()
                    m.key = item.key; m.unitID = r.unitID; m.planID = r.planID; m.periodCode = r.period.code
                    m.kind = item.kind; m.message = message; m.createdAt = now
                    try await m.create(on: tx.db)
                    for u in users {
                        let n = NotificationModel()
                        n.userID = u.id!; n.reminderID = m.id; n.message = message; n.createdAt = now
                        try await n.create(on: tx.db)
                    }
                    try await tx.audit("notify", entity: "reminder", id: m.id, unit: r.unitID, period: r.period.code,
                                       changes: [FieldChange(field: "recipients", old: nil, new: users.map(\.username).joined(separator: ","))])
                    return true
                }
            } catch let e as AppError where e.code == "duplicate" {
                stored = false
            }
            guard stored else { continue }
            let out = OutgoingReminder(key: item.key, kind: item.kind, unitId: r.unitID, unitName: tree[r.unitID]?.name ?? "",
                                       period: r.period.code, dueDate: r.dueDate.iso, message: message,
                                       recipients: users.map(\.username))
            do { try await app.dependencies.notifier.send(out) } catch {
                app.logger.warning("reminder \(item.key) not delivered: \(error)")
            }
            sent.append(out)
        }
        return sent
    }
}
