import Fluent
import TaizhangDomain
import TaizhangProcess
import TaizhangService
import Vapor

/// Loads the demo district (TaizhangDomain's DemoDataset) into an empty database, in
/// one transaction. Demo ids are mapped to the ids the database assigns.
enum DemoLoader {
    static func load(_ app: Application) async throws -> [DemoUser] {
        let now = app.dependencies.clock.now()
        let data = try DemoDataset.make(today: CivilDate(now))
        let process = try ProcessDemo.make(data, rules: try ProcessRuleSet.defaults())
        let cost = app.dependencies.bcryptCost
        // Hash once per distinct password before the transaction (bcrypt is slow on purpose).
        var hashed: [String: String] = [:]
        for u in data.users where hashed[u.password] == nil { hashed[u.password] = try Bcrypt.hash(u.password, cost: cost) }
        let hashes = hashed
        let engine = app.appConfig.database.engine
        let testing = app.environment == .testing
        let extra = try await app.writes.run(Actor.system("demo", tree: UnitTree([]))) { tx -> [DemoUser] in
            let db = tx.db
            var unitIDs: [Int: Int] = [:]
            for u in data.units {
                var copy = u
                copy.parentID = u.parentID.flatMap { unitIDs[$0] }
                let m = UnitModel(copy)
                try await m.create(on: db)
                unitIDs[u.id] = m.id!
            }
            var userIDs: [String: Int] = [:]
            for u in data.users {
                let m = UserModel(username: u.username, displayName: u.displayName, passwordHash: hashes[u.password]!, language: u.language.rawValue)
                try await m.create(on: db)
                userIDs[u.username] = m.id!
                for g in u.grants { try await RoleGrantModel(userID: m.id!, unitID: unitIDs[g.unitID]!, role: g.role.rawValue).create(on: db) }
            }
            var planIDs: [Int: Int] = [:]
            for p in data.plans {
                let m = PlanModel(p)
                try await m.create(on: db)
                planIDs[p.id] = m.id!
            }
            for r in data.validationRules { try await ValidationRuleModel(r).create(on: db) }
            let creator = userIDs.values.min() ?? 1
            let entries = data.entries.map { e -> StoredEntry in
                var copy = e
                copy.unitID = unitIDs[e.unitID]!
                return StoredEntry(entry: copy)
            }
            _ = try await EntryStore.insert(entries, createdBy: creator, at: now, on: db, engine: engine)
            for t in data.targets {
                var copy = t
                copy.unitID = unitIDs[t.unitID]!
                try await TargetModel(copy).create(on: db)
            }
            var submissionIDs: [Int] = []
            for s in data.submissions {
                submissionIDs.append(try await insert(s, unitID: unitIDs[s.unitID]!, planID: planIDs[s.planID]!, users: userIDs, creator: creator, now: now, on: db))
            }
            try await ProcessDemoLoader.store(process, ids: .init(units: unitIDs, submissions: submissionIDs), now: now, on: db)
            // SPEC §7: the demo service centre and hospital (their own trees).
            // The test suite loads the demo in many tests: a smaller centre keeps them quick.
            let extra = try await ServiceDemoLoader.store(.init(now: now, today: CivilDate(now), hash: hashes[DemoDataset.password]!,
                                                                engine: engine, casesPerDay: testing ? 6 : ServiceDemo.perDay), on: db)
            try await Audit.record(on: db, userID: nil, action: "load_demo", entity: "database", entityID: nil, unitID: nil,
                                   before: Audit.None?.none, after: ["units": data.units.count, "entries": data.entries.count], at: now)
            return extra
        }
        await app.unitDirectory.invalidate()
        await app.writeLookups.planCache.invalidate()
        await app.catalogCache.invalidate()
        return data.users + extra
    }

    private static func insert(_ s: DemoSubmission, unitID: Int, planID: Int, users: [String: Int], creator: Int,
                               now: Date, on db: any Database) async throws -> Int {
        let m = SubmissionModel()
        // A draft of the running period has no events: it was drafted by now, not at the period's end.
        let created = s.events.first?.at ?? min(s.period.end.startInstant(), now)
        m.unitID = unitID; m.planID = planID; m.periodCode = s.period.code
        m.status = (s.status ?? .draft).rawValue; m.narrative = s.narrative; m.valuesJSON = JSON.string(s.values)
        m.firstSubmittedAt = s.firstSubmittedAt; m.createdBy = users[s.events.first?.username ?? ""] ?? creator
        m.createdAt = created; m.updatedAt = s.events.last?.at ?? created; m.version = 1
        try await m.create(on: db)
        var status = SubmissionStatus.draft
        for e in s.events {
            guard let next = e.action.target(from: status) else { continue }
            let ev = SubmissionEventModel()
            ev.submissionID = m.id!; ev.action = e.action.rawValue; ev.fromStatus = status.rawValue; ev.toStatus = next.rawValue
            ev.userID = users[e.username] ?? creator; ev.comment = e.comment; ev.at = e.at
            try await ev.create(on: db)
            status = next
        }
        return m.id!
    }

    /// The text printed on first start: where to log in and with which accounts.
    static func banner(_ users: [DemoUser]) -> String {
        var lines = ["", "已加载演示数据（一个区、6个街道/乡镇、约40个社区/村，两年台账）。Demo data loaded.", "演示账号 Demo logins:"]
        for u in users.prefix(12) {
            var seen = Set<String>()
            let roles = u.grants.map { $0.role.chinese }.filter { seen.insert($0).inserted }.joined(separator: "、")
            lines.append("  \(u.username.padding(toLength: 22, withPad: " ", startingAt: 0)) 密码 \(u.password)  \(u.displayName)（\(roles)）")
        }
        if users.count > 12 { lines.append("  …共\(users.count)个账号 (\(users.count) accounts)") }
        return lines.joined(separator: "\n")
    }
}
