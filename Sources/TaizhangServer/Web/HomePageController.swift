import Fluent
import Foundation
import TaizhangDomain
import TaizhangWeb
import Vapor

/// GET / — what the unit owes and by when, what came back, what waits for the user,
/// progress against this year's targets, the monthly trend, recent entries, reminders.
enum HomePageController {
    static func page(req: Request) async throws -> Response {
        let (ctx, unit, scope) = try await req.pageSession()
        let catalog = try await req.catalog()
        let plans = try await PlanModel.byID(on: req.db)
        let today = CivilDate(req.now)
        let submissions = try await SubmissionModel.query(on: req.db).filter(\.$unitID == unit.id).all()
        let model = HomePage.Model(
            due: due(unit: unit, plans: plans, submissions: submissions, today: today),
            returned: try await returned(submissions, plans: plans, on: req.db),
            awaiting: try await awaiting(unit: unit, scope: scope, plans: plans, req: req),
            targetPeriod: .year(today.year),
            progress: try await progress(unit: unit, scope: scope, year: today.year, catalog: catalog, today: today, lang: ctx.lang,
                                              schedule: req.application.appConfig.schedule, on: req.db),
            trend: try await trend(unit: unit, today: today, catalog: catalog, lang: ctx.lang, on: req.db),
            // Newest first by when it was recorded, then by its date (the demo loads all at once);
            // planned work is not "recent".
            recent: try await WebRows.entries(EntryModel.query(on: req.db).filter(\.$unitID == unit.id).filter(\.$planned == false)
                .sort(\.$createdAt, .descending).sort(\.$countsOn, .descending).sort(\.$id, .descending)
                .range(0..<8).all(), catalog: catalog, on: req.db),
            notifications: try await NotificationModel.query(on: req.db).filter(\.$userID == req.caller().userID)
                .sort(\.$id, .descending).range(0..<8).all()
                .map { NotificationItem(id: $0.id!, message: $0.message, at: Stamp($0.createdAt), read: $0.readAt != nil,
                                         // A reporting reminder leads to the submissions page, where the draft is started.
                                         link: $0.reminderID == nil ? nil : "/submissions") },
            canDraft: scope.can(.draftSubmission, on: unit.id))
        return req.html(HomePage.render(model, ctx)).clearingFlash(req)
    }

    /// Per plan the unit reports under: the recent periods not yet submitted (a draft links
    /// to itself), oldest first — including the running period, whose due date is ahead
    /// (the countdown is what staff plan by).
    static func due(unit: DomainUnit, plans: [Int: ReportingPlan], submissions: [SubmissionModel], today: CivilDate) -> [HomePage.DueItem] {
        var out: [HomePage.DueItem] = []
        for plan in plans.values.sorted(by: { $0.id < $1.id }) where plan.applies(to: unit) {
            let current = Period.containing(today, kind: plan.periodKind)
            for period in Period.range(current.offset(by: -2), through: current) where plan.expects(unit, for: period) {
                let s = submissions.first { $0.planID == plan.id && $0.periodCode == period.code }
                guard s?.firstSubmittedAt == nil else { continue }
                out.append(.init(planName: plan.name, period: period, dueDate: plan.dueDate(for: period), planID: plan.id, submissionID: s?.id))
            }
        }
        return out.sorted { $0.dueDate < $1.dueDate }
    }

    static func returned(_ submissions: [SubmissionModel], plans: [Int: ReportingPlan], on db: any Database) async throws -> [HomePage.ReturnedItem] {
        let back = submissions.filter { $0.status == SubmissionStatus.returned.rawValue }
        guard !back.isEmpty else { return [] }
        let events = try await SubmissionEventModel.query(on: db).filter(\.$submissionID ~~ back.compactMap(\.id))
            .filter(\.$action == "return").sort(\.$at, .descending).all()
        let names = try await UserModel.displayNames(events.map(\.userID), on: db)
        return back.compactMap { s in
            guard let plan = plans[s.planID], let period = Period(code: s.periodCode),
                  let e = events.first(where: { $0.submissionID == s.id }) else { return nil }
            return .init(submissionID: s.id!, planName: plan.name, period: period, comment: e.comment ?? "",
                         returnedBy: names[e.userID] ?? "", returnedAt: Stamp(e.at))
        }
    }

    /// A leader's submissions to approve; a supervisor's (of the units below) to review.
    static func awaiting(unit: DomainUnit, scope: AccessScope, plans: [Int: ReportingPlan], req: Request) async throws -> [SubmissionRow] {
        var models: [SubmissionModel] = []
        if scope.can(.approve, on: unit.id) {
            models += try await SubmissionModel.query(on: req.db).filter(\.$unitID == unit.id)
                .filter(\.$status == SubmissionStatus.submitted.rawValue).all()
        }
        let below = scope.tree.subtree(of: unit.id).dropFirst().map(\.id).filter { scope.can(.review, on: $0) }
        if !below.isEmpty {
            models += try await SubmissionModel.query(on: req.db).filter(\.$unitID ~~ below)
                .filter(\.$status == SubmissionStatus.leaderApproved.rawValue).sort(\.$updatedAt).range(0..<20).all()
        }
        return WebRows.submissions(models, tree: scope.tree, plans: plans, now: req.now)
    }

    /// Targets of the year against 序时进度 (`ScheduleProgress`, the one rule; slack from the config).
    static func progress(unit: DomainUnit, scope: AccessScope, year: Int, catalog: Catalog, today: CivilDate, lang: Language,
                         schedule: ScheduleProgress,
                         on db: any Database) async throws -> [Charts.ProgressBar] {
        let targets = try await TargetModel.query(on: db).filter(\.$unitID == unit.id).filter(\.$periodCode == String(year)).all()
        guard !targets.isEmpty else { return [] }
        let units = scope.readableIDs(root: unit.id, subtree: true)
        let totals = try await AggregateStore.totals(units: units, period: .year(year), catalog: catalog, on: db)
        return targets.compactMap { t in
            guard let ind = catalog[t.indicatorCode] else { return nil }
            let p = Progress(target: t.value, actual: totals.first { $0.indicator == t.indicatorCode }?.value ?? 0)
            return Charts.ProgressBar(label: lang == .en ? ind.nameEn : ind.name, percent: p.percent,
                                      valueText: "\(p.actual.compact)/\(t.value.compact)\(ind.measureWord)",
                                      behind: schedule.judge(actual: p.actual, target: t.value, period: .year(year), asOf: today).behind)
        }
    }

    /// Entries per month this year, and the headline indicator's monthly figure.
    static func trend(unit: DomainUnit, today: CivilDate, catalog: Catalog, lang: Language, on db: any Database) async throws -> Trend? {
        let year = today.year
        let values = try await EntryValueModel.query(on: db).filter(\.$unitID == unit.id).filter(\.$planned == false)
            .filter(\.$countsOn >= "\(year)-01-01").filter(\.$countsOn <= "\(year)-12-31").all()
        guard let first = catalog.indicators.first(where: { ind in values.contains { $0.indicatorCode == ind.code } }) else { return nil }
        // Months still ahead have no figure yet (the line stops at this month).
        var monthly: [Double?] = (1...12).map { $0 <= today.month ? 0 : nil }
        for v in values where v.indicatorCode == first.code {
            if let m = Int(v.countsOn.dropFirst(5).prefix(2)), (1...today.month).contains(m) { monthly[m - 1] = (monthly[m - 1] ?? 0) + v.value }
        }
        let labels = (1...12).map { lang == .en ? String($0) : "\($0)月" }
        return Trend(title: lang == .en ? "\(first.nameEn) by month, \(year)" : "\(year)年各月\(first.name)",
                     xLabels: labels, series: [.init(name: lang == .en ? first.nameEn : first.name, values: monthly)])
    }
}
