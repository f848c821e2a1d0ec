import Fluent
import Foundation
import TaizhangDomain
import TaizhangService

/// SPEC §7: satisfaction per window and department for a month, the monthly ranking with
/// the windows summoned for a talk (约谈), and invitations to rate (by hand, and the
/// automatic one after 3 days without a rating). Shared by the API
/// (`ServiceSatisfactionController`) and the ratings page.
enum ServiceSatisfaction {
    struct Row: Codable, Sendable {
        var id: Int; var name: String; var counted: Int; var satisfied: Int; var bad: Int; var overturned: Int
        var rate: Double?; var meanScore: Double?; var rank: Int?; var last: Bool; var summoned: Bool
    }
    struct SatisfactionView: Codable, Sendable { var month: String; var label: String; var total: Row; var windows: [Row]; var departments: [Row]; var summoned: [String] }

    static func satisfaction(centre: Int, month: Period, in ctx: ServiceContext) async throws -> SatisfactionView {
        let access = try ctx.access(centre)
        guard month.kind == .month else { throw AppError.badRequest("invalid_period", zh: "请指定月份（如2026M06）。", en: "month must be a month.", field: "month") }
        let rules = try await ctx.store.rules()
        let names = try await ctx.names(access.centre)
        let previous = Array((0..<rules.ratings.summons.consecutiveLastMonths).map { month.offset(by: -$0) }.reversed())
        let (from, _) = previous[0].instants, (_, until) = month.instants
        let ratings = try await ctx.store.ratings(access.centre, from: from, through: until)
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
        return SatisfactionView(month: month.code, label: month.label(ctx.language), total: row(access.centre, "", access.seesAll ? table.total : SatisfactionCounts()),
                        windows: windows,
                        departments: names.departments.keys.sorted().filter(access.mayRead).map { row($0, names.departments[$0] ?? "", table.byDepartment[$0] ?? SatisfactionCounts()) },
                        summoned: summoned.sorted().compactMap { names.windows[$0]?.label })
    }

    /// Invites the applicant of a case to rate it on `channel` (the supervision side).
    static func invite(caseID: Int, channel: String, in ctx: ServiceContext) async throws -> Invitation {
        let centre = try await ctx.centreOf(case: caseID)
        guard try ctx.access(centre).supervises else { throw AppError.forbidden }
        guard try await ctx.store.rules().ratings.channel(channel) != nil else {
            throw AppError.invalid([DomainError("unknown_channel", zh: "未知的评价渠道：\(channel)。", en: "Unknown channel.", field: "channel")])
        }
        let now = ctx.now
        return try await ctx.write { db -> Invitation in
            let m = ServiceInvitationModel(Invitation(id: 0, caseID: caseID, channel: channel, sentAt: now, automatic: false), centre: centre)
            try await m.create(on: db)
            try await ctx.audit(on: db, "invite", "service_case", id: caseID, unit: centre, after: m.domain)
            return m.domain
        }
    }
}
