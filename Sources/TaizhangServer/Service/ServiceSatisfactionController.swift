import Fluent
import Foundation
import TaizhangDomain
import TaizhangService
import Vapor

/// SPEC §7: satisfaction per window and department for a month, the monthly ranking with
/// the windows summoned for a talk (约谈), and invitations to rate (by hand, and the
/// automatic one after 3 days without a rating).
enum ServiceSatisfactionController {
    struct Row: Content {
        var id: Int; var name: String; var counted: Int; var satisfied: Int; var bad: Int; var overturned: Int
        var rate: Double?; var meanScore: Double?; var rank: Int?; var last: Bool; var summoned: Bool
    }
    struct SatisfactionView: Content { var month: String; var label: String; var total: Row; var windows: [Row]; var departments: [Row]; var summoned: [String] }
    struct InviteInput: Content { var channel: String }
    struct RunResult: Content { var invited: Int }

    static func satisfaction(req: Request) async throws -> SatisfactionView {
        try await satisfaction(req, centre: try req.pathID(), month: try req.queryPeriod("month"))
    }

    static func satisfaction(_ req: Request, centre: Int, month: Period) async throws -> SatisfactionView {
        let access = try await req.centreAccess(centre)
        guard month.kind == .month else { throw AppError.badRequest("invalid_period", zh: "请指定月份（如2026M06）。", en: "month must be a month.", field: "month") }
        let rules = try await req.serviceStore.rules()
        let names = try await CentreNames.load(req, centre: access.centre, tree: access.scope.tree)
        let previous = Array((0..<rules.ratings.summons.consecutiveLastMonths).map { month.offset(by: -$0) }.reversed())
        let (from, _) = previous[0].instants, (_, until) = month.instants
        let ratings = try await req.serviceStore.ratings(access.centre, from: from, through: until)
        let windowIDs = names.windows.keys.sorted()
        var rankings: [Period: [RankRow]] = [:]
        for m in previous { rankings[m] = WindowRanking.rank(SatisfactionTable.compute(ratings, period: m, rules: rules.ratings).byWindow, windows: windowIDs, rules: rules.ratings) }
        let summoned = Set(WindowRanking.summoned(month: month, rankings: rankings, rules: rules.ratings))
        let table = SatisfactionTable.compute(ratings, period: month, rules: rules.ratings)
        func row(_ id: Int, _ name: String, _ c: SatisfactionCounts, rank: Int? = nil, last: Bool = false) -> Row {
            Row(id: id, name: name, counted: c.counted, satisfied: c.satisfied, bad: c.bad, overturned: c.overturned,
                rate: c.rate.map { ($0 * 100).rounded() / 100 }, meanScore: c.meanScore.map { ($0 * 100).rounded() / 100 },
                rank: rank, last: last, summoned: summoned.contains(id))
        }
        let windows = (rankings[month] ?? []).filter { names.windows[$0.windowID].map { access.mayRead(department: $0.departmentID) } ?? false }
            .map { row($0.windowID, names.windows[$0.windowID]?.label ?? "", $0.counts, rank: $0.rank, last: $0.last) }
        return SatisfactionView(month: month.code, label: month.label(req.language), total: row(access.centre, "", access.seesAll ? table.total : SatisfactionCounts()),
                        windows: windows,
                        departments: names.departments.keys.sorted().filter(access.mayRead).map { row($0, names.departments[$0] ?? "", table.byDepartment[$0] ?? SatisfactionCounts()) },
                        summoned: summoned.sorted().compactMap { names.windows[$0]?.label })
    }

    static func invite(req: Request) async throws -> Vapor.Response {
        let caseID = try req.pathID()
        let input = try req.decodeJSON(InviteInput.self)
        guard let centre = try await ServiceStore.centreOf(case: caseID, on: req.db) else { throw AppError.notFound("Case", zh: "该办件") }
        let access = try await req.centreAccess(centre)
        guard access.supervises else { throw AppError.forbidden }
        guard try await req.serviceStore.rules().ratings.channel(input.channel) != nil else {
            throw AppError.invalid([DomainError("unknown_channel", zh: "未知的评价渠道：\(input.channel)。", en: "Unknown channel.", field: "channel")])
        }
        let now = req.now
        let inv = try await req.serviceWrite { db -> Invitation in
            let m = ServiceInvitationModel(Invitation(id: 0, caseID: caseID, channel: input.channel, sentAt: now, automatic: false), centre: centre)
            try await m.create(on: db)
            try await req.audit(on: db, "invite", "service_case", id: caseID, unit: centre, after: m.domain)
            return m.domain
        }
        return try Vapor.Response.created(inv)
    }

    /// The automatic invitations due today (idempotent: a case is invited once).
    static func runInvitations(req: Request) async throws -> RunResult {
        let access = try await req.supervisingCentre()
        return RunResult(invited: try await autoInvite(req, centre: access.centre))
    }

    static func autoInvite(_ req: Request, centre: Int) async throws -> Int {
        try await ServiceInvitations.run(req.application, centre: centre, now: req.now, userID: try req.caller().userID)
    }
}

/// SPEC §7: a completed case with no rating and no invitation by the rule's days after
/// completion gets an automatic invitation on the rule's channel. Idempotent (each case
/// once); run by the reminder job for every centre, and on demand.
enum ServiceInvitations {
    static func run(_ app: Application, centre: Int, now: Date, userID: Int?) async throws -> Int {
        let db = app.db, store = ServiceStore(db: db)
        let rules = try await store.rules()
        let since = now.addingTimeInterval(-120 * 86_400)
        let recent = try await app.serviceCases.cases(centre, on: db).filter { ($0.completedAt ?? .distantPast) > since }
        guard !recent.isEmpty else { return 0 }
        let rated = Set(try await store.ratings(centre, from: since).map(\.caseID))
        let invited = Set(try await ServiceInvitationModel.query(on: db).filter(\.$centreID == centre)
            .filter(\.$sentAt >= since).all().map(\.caseID))
        let due = AutoInvitations.due(recent, rated: rated, invited: invited, asOf: CivilDate(now), rule: rules.ratings.autoInvitation)
        guard !due.isEmpty else { return 0 }
        let channel = rules.ratings.autoInvitation.channel
        let tree = try await app.unitDirectory.tree(on: db)
        try await app.writes.run(Actor.system("rating-invitations", tree: tree)) { tx in
            for c in due { try await ServiceInvitationModel(Invitation(id: 0, caseID: c.id, channel: channel, sentAt: now, automatic: true), centre: centre).create(on: tx.db) }
            try await tx.audit("auto_invite", entity: "service_centre", id: centre, unit: centre,
                               changes: [FieldChange(field: "cases", old: nil, new: String(due.count))])
        }
        return due.count
    }

    /// Every centre's invitations due (the reminder job's turn).
    static func runAll(_ app: Application, now: Date) async throws -> Int {
        let centres = try await UnitModel.query(on: app.db).filter(\.$kind == UnitKind.serviceCenter.rawValue).all().compactMap(\.id)
        var total = 0
        for c in centres { total += try await run(app, centre: c, now: now, userID: nil) }
        return total
    }
}

/// SPEC §7 rule packs: the shipped packs and the one a unit's kind selects.
enum PackController {
    struct PackView: Content {
        var code: String; var name: String; var unitKinds: [UnitKind]; var indicators: Int; var plans: [String]
        var derived: [String]; var rhythm: [String]; var checks: [String]
        init(_ p: RulePack, _ lang: Language) {
            code = p.code; name = p.name.text(lang); unitKinds = p.unitKinds; indicators = p.catalog.indicators.count
            plans = p.plans.map(\.name); derived = p.derived.map { "\($0.name)：\($0.definition.text(lang))" }
            rhythm = p.rhythm.map { $0.text.text(lang) }; checks = p.checks.map { $0.text.text(lang) }
        }
    }

    static func list(req: Request) async throws -> [PackView] {
        _ = try req.caller()
        return try RulePacks.shipped().map { PackView($0, req.language) }
    }

    static func ofUnit(req: Request) async throws -> PackView {
        let unit = try await req.unitParameter(.read)
        let packs = try RulePacks.shipped()
        guard let p = RulePacks.pack(for: unit, in: try await req.scope().tree, packs: packs) else { throw AppError.notFound("Pack", zh: "规则包") }
        return PackView(p, req.language)
    }
}
