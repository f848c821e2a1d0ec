import Fluent
import Foundation
import SQLKit
import TaizhangDomain
import TaizhangService

/// The demo centre's records with its demo ids mapped to the database's.
struct ServiceDemoRecords {
    var demo: ServiceDemoData
    var centre: Int
    var departments: [Int: Int]
    var rules: ServiceRuleSet
    var table: WorkingDayTable
    var staffUser: Int
    var supervisor: Int
    var ctx: ServiceDemoLoader.Context

    func store(on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        var windows: [Int: Int] = [:], staff: [Int: Int] = [:], items: [Int: Int] = [:]
        for w in demo.windows {
            var copy = w; copy.departmentID = departments[w.departmentID]!
            let m = ServiceWindowModel(copy, centre: centre); try await m.create(on: db); windows[w.id] = try m.requireID()
        }
        for s in demo.staff {
            var copy = s; copy.windowID = windows[s.windowID]!
            let m = ServiceStaffModel(copy, centre: centre); try await m.create(on: db); staff[s.id] = try m.requireID()
        }
        for i in demo.items {
            var copy = i; copy.departmentID = departments[i.departmentID]!; copy.windowID = i.windowID.flatMap { windows[$0] }
            let m = ServiceItemModel(); m.apply(copy, centre: centre, at: ctx.now); try await m.create(on: db); items[i.id] = try m.requireID()
        }
        let cases = demo.cases.map { c -> ServiceCase in
            var copy = c
            copy.departmentID = departments[c.departmentID]!; copy.windowID = c.windowID.flatMap { windows[$0] }
            copy.staffID = c.staffID.flatMap { staff[$0] }; copy.itemID = items[c.itemID]!
            return copy
        }
        let caseIDs = try await insertReturning(sql, "service_cases", ServiceCaseWriter.columns,
                                                cases.map { ServiceCaseWriter.values($0, centre: centre, at: ctx.now) })
        let caseMap = Dictionary(uniqueKeysWithValues: zip(demo.cases.map(\.id), caseIDs))
        var mapped = zip(cases, caseIDs).map { var c = $0; c.id = $1; return c }

        let orders = demo.orders.map { o -> SupervisionOrder in
            var copy = o; copy.caseID = caseMap[o.caseID]!; copy.departmentID = departments[o.departmentID]!; return copy
        }
        let orderIDs = try await insertReturning(sql, "service_orders", ["centre_unit_id", "case_id", "department_unit_id", "level", "issued_on", "response_due", "closed_on", "definition"],
                                                 orders.map { o in [centre, o.caseID, o.departmentID, o.level, o.issuedOn.iso, o.responseDue.iso, o.closedOn?.iso, ""] as [any Encodable & Sendable] })
        let orderMap = Dictionary(uniqueKeysWithValues: zip(demo.orders.map(\.id), orderIDs))
        for (o, id) in zip(orders, orderIDs) {
            var copy = o; copy.id = id; copy.escalatedFrom = o.escalatedFrom.flatMap { orderMap[$0] }
            try await sql.update("service_orders").set("definition", to: JSON.string(copy)).where("id", .equal, id).run()
        }

        let ratings = demo.ratings.map { r -> Rating in
            var copy = r; copy.caseID = caseMap[r.caseID]!; copy.departmentID = departments[r.departmentID]!
            copy.windowID = r.windowID.flatMap { windows[$0] }; copy.staffID = r.staffID.flatMap { staff[$0] }; return copy
        }
        let ratingIDs = try await insertReturning(sql, "service_ratings", ["centre_unit_id", "case_id", "department_unit_id", "window_id", "staff_id", "level", "channel", "rated_at", "counts", "definition"],
                                                  ratings.map { r in [centre, r.caseID, r.departmentID, r.windowID, r.staffID, r.level, r.channel, r.ratedAt, r.counts, JSON.string(r)] as [any Encodable & Sendable] })
        let ratingMap = Dictionary(uniqueKeysWithValues: zip(demo.ratings.map(\.id), ratingIDs))
        let fixes = demo.fixes.map { f -> RatingFix in
            var copy = f; copy.ratingID = ratingMap[f.ratingID]!; copy.caseID = caseMap[f.caseID]!; copy.departmentID = departments[f.departmentID]!
            copy.windowID = f.windowID.flatMap { windows[$0] }; return copy
        }
        _ = try await insertReturning(sql, "service_fixes", ["centre_unit_id", "rating_id", "department_unit_id", "deadline", "closed_on", "definition"],
                                      fixes.map { f in [centre, f.ratingID, f.departmentID, f.deadline.iso, f.closedOn?.iso ?? (f.voided ? f.openedOn.iso : nil), JSON.string(f)] as [any Encodable & Sendable] })
        _ = try await insertReturning(sql, "service_invitations", ["centre_unit_id", "case_id", "channel", "sent_at", "automatic"],
                                      demo.invitations.map { i in [centre, caseMap[i.caseID]!, i.channel, i.sentAt, i.automatic] as [any Encodable & Sendable] })
        let typed = demo.appraisalRecords.map { r -> AppraisalRecord in var c = r; c.staffID = staff[r.staffID]!; return c }
        for r in typed { try await ServiceAppraisalRecordModel(r, centre: centre, by: staffUser, at: ctx.now).create(on: db) }
        try await online(sql, caseMap: caseMap)
        try await ledger(db, cases: &mapped, orders: orders, ratings: ratings, fixes: fixes, windows: Array(windows.values), staff: staff, typed: typed)
    }

    /// The supervision section's logins and case views, as the audit records them: events
    /// of kind `access`, chained after the log's last row (the hash covers no id, so the
    /// rows go in with multi-row INSERTs).
    func online(_ sql: any SQLDatabase, caseMap: [Int: Int]) async throws {
        var previous = try await AuditEventModel.query(on: sql as! any Database).sort(\.$id, .descending).first()?.hash
        var rows: [[any Encodable & Sendable]] = []
        func add(_ user: Int, _ name: String, _ action: String, _ entity: String, _ entityID: Int, _ at: Date) {
            let r = AuditChain.seal(AuditRecord(id: 0, kind: OnlineSupervision.kind, at: AuditChain.timestamp(at), userID: user, username: name,
                                                ip: nil, action: action, entity: entity, entityID: String(entityID), unitID: centre,
                                                period: nil, changes: "[]", prevHash: "", hash: ""), after: previous)
            previous = r.hash
            rows.append([r.kind, r.at, r.userID, r.username, r.ip, r.action, r.entity, r.entityID, r.unitID, r.period, r.changes, r.prevHash, r.hash])
        }
        for (day, count) in demo.logins {
            for k in 0..<count {
                add(k % 2 == 0 ? staffUser : supervisor, k % 2 == 0 ? "fuwu.staff" : "fuwu.supervisor", OnlineSupervision.login,
                    "service_centre", centre, day.startInstant().addingTimeInterval(Double(8 * 3600 + k * 60)))
            }
        }
        for (k, v) in demo.views.enumerated() {
            add(staffUser, "fuwu.staff", OnlineSupervision.view, "service_case", caseMap[v.caseID]!,
                v.day.startInstant().addingTimeInterval(Double(9 * 3600 + k % 28_000)))
        }
        _ = try await insertReturning(sql, AuditEventModel.schema, ["kind", "at", "user_id", "username", "ip", "action", "entity", "entity_id",
                                                                    "unit_id", "period", "changes", "prev_hash", "hash"], rows, returning: false)
    }

    /// The section's typed entries, the monthly 电子监察月报 and the published stars.
    func ledger(_ db: any Database, cases: inout [ServiceCase], orders: [SupervisionOrder], ratings: [Rating], fixes: [RatingFix],
                windows: [Int], staff: [Int: Int], typed: [AppraisalRecord]) async throws {
        let evaluator = CaseEvaluator(rules: rules.cases, table: table)
        let staffList = demo.staff.map { s -> ServiceStaff in var c = s; c.id = staff[s.id]!; return c }
        let records = ServiceRecords(cases: cases, evaluations: cases.map { evaluator.evaluate($0, asOf: ctx.today) }, orders: orders,
                                     ratings: ratings, fixes: fixes, windows: windows, staff: staffList, typed: typed)
        var logins: [Period: Int] = [:], views: [Period: Int] = [:]
        for l in demo.logins { logins[.containing(l.day, kind: .month), default: 0] += l.count }
        for v in demo.views { views[.containing(v.day, kind: .month), default: 0] += 1 }
        var entries = demo.entries.map { e -> StoredEntry in var c = e; c.unitID = centre; return StoredEntry(entry: c) }
        let months = records.months(through: ctx.today, asOf: ctx.today, rules: rules, online: { (logins[$0] ?? 0, views[$0] ?? 0) })
        for m in months {
            entries.append(StoredEntry(entry: LedgerEntry(unitID: centre, category: .inspection, title: ServiceLedger.title(m.month),
                                                          narrative: ServiceLedger.narrative(m, asOf: ctx.today), date: min(m.month.end, ctx.today),
                                                          values: ServiceLedger.values(m, levels: rules.supervision.levels), source: .api)))
        }
        try await reports(months, on: db)
        let names = Dictionary(uniqueKeysWithValues: staffList.map { ($0.id, $0.name) })
        for q in demo.quarters {
            let e = records.election(q, asOf: ctx.today, rules: rules)
            let m = ServiceStarElectionModel()
            m.centreID = centre; m.periodCode = q.code; m.definition = JSON.string(e); m.publishedAt = q.end.adding(days: 10).startInstant(); m.publishedBy = supervisor
            try await m.create(on: db)
            let s = ServiceLedger.stars(e, names: names)
            entries.append(StoredEntry(entry: LedgerEntry(unitID: centre, category: .other, title: s.title, narrative: s.narrative,
                                                          date: q.end, values: s.values, source: .api)))
        }
        _ = try await EntryStore.insert(entries, createdBy: staffUser, at: ctx.now, on: db, engine: ctx.engine)
    }

    /// The monthly 电子监察月报 submitted on the 3rd working day of the next month.
    func reports(_ months: [ServiceMonth], on db: any Database) async throws {
        guard let plan = try await PlanModel.query(on: db).all().first(where: { $0.domain?.reportType == "service_supervision_monthly" }),
              let planID = plan.id else { return }
        for m in months where m.month.end < ctx.today {
            let at = table.adding(workingDays: 3, to: m.month.end).startInstant().addingTimeInterval(15 * 3600)
            guard at < ctx.now else { continue }
            let s = SubmissionModel()
            s.unitID = centre; s.planID = planID; s.periodCode = m.month.code; s.status = SubmissionStatus.submitted.rawValue
            s.narrative = ServiceLedger.narrative(m, asOf: CivilDate(at)); s.valuesJSON = JSON.string(ServiceLedger.values(m, levels: rules.supervision.levels))
            s.firstSubmittedAt = at; s.createdBy = staffUser; s.createdAt = at.addingTimeInterval(-3600); s.updatedAt = at; s.version = 1
            try await s.create(on: db)
            let ev = SubmissionEventModel()
            ev.submissionID = try s.requireID(); ev.action = SubmissionAction.submit.rawValue; ev.fromStatus = SubmissionStatus.draft.rawValue
            ev.toStatus = SubmissionStatus.submitted.rawValue; ev.userID = staffUser; ev.at = at
            try await ev.create(on: db)
        }
    }

    /// Multi-row INSERTs under the engine's bind limit; the new ids in order.
    func insertReturning(_ sql: any SQLDatabase, _ table: String, _ columns: [String], _ rows: [[any Encodable & Sendable]],
                         returning: Bool = true) async throws -> [Int] {
        var ids: [Int] = []
        let per = max(1, ctx.engine.maxBindParameters / columns.count)
        for start in stride(from: 0, to: rows.count, by: per) {
            var insert = sql.insert(into: table).columns(columns)
            for r in rows[start..<min(rows.count, start + per)] { insert = insert.values(r) }
            if returning { ids += try await insert.returning("id").all().map { try $0.decode(column: "id", as: Int.self) } }
            else { try await insert.run() }
        }
        return ids
    }
}
