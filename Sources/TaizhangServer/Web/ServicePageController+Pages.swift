import Foundation
import TaizhangDomain
import TaizhangService
import TaizhangWeb
import Vapor

/// /service/ratings and /service/appraisal.
extension ServicePageController {
    static func ratings(req: Request) async throws -> Response {
        let s = try await req.serviceSession()
        let lang = s.lang
        let month = try req.queryText("month").map(Period.parse) ?? Period.containing(req.today, kind: .month)
        let sat = try await ServiceSatisfaction.satisfaction(centre: s.centre, month: month, in: s.service)
        let rules = try await s.service.store.rules()
        let bad = try await ServiceRatings.list(centre: s.centre, period: month, bad: true, in: s.service)
        let names = try await s.service.names(s.centre)
        let numbers = Dictionary(try await s.service.store.cases(s.centre, ids: bad.map(\.rating.caseID)).map { ($0.id, $0.number) },
                                 uniquingKeysWith: { a, _ in a })
        let table = ServiceContext.workingDays(around: req.today)
        let fixes: [ServiceRatingsPage.Fix] = bad.compactMap { r in
            guard let f = r.fix else { return nil }
            let appealLast = table.adding(workingDays: rules.ratings.appeal.withinWorkingDays, to: r.rating.ratedDay)
            return .init(id: f.fix.id, ratingID: r.rating.id, caseID: r.rating.caseID, caseNumber: numbers[r.rating.caseID] ?? "",
                         window: r.rating.windowID.flatMap { names.windows[$0]?.label } ?? "",
                         level: rules.ratings.level(r.rating.level)?.term.text(lang) ?? r.rating.level, comment: r.rating.comment,
                         deadline: f.fix.deadline, status: f.status, statusText: lang == .en ? f.status : f.statusText,
                         measures: f.fix.measures, callbacks: f.fix.callbacks.map { "\($0.on.chinese) \($0.by)：\($0.result)" },
                         appeal: r.rating.appeal.map { a in a.reason + (a.decision.map { "（" + ($0.upheld ? lang.text(.svcUpheld) : lang.text(.svcRejected)) + "：" + $0.note + "）" } ?? "") },
                         appealPending: r.rating.appeal != nil && r.rating.appeal?.decision == nil,
                         appealable: r.rating.appeal == nil && req.today <= appealLast)
        }
        let model = ServiceRatingsPage.Model(
            monthCode: month.code, monthLabel: sat.label, months: ServiceRows.periods(.month, count: 12, today: req.today, lang),
            total: ServiceTabsRate.text(sat.total.rate),
            windows: sat.windows.map { .init(rank: $0.rank, name: $0.name, counted: $0.counted, satisfied: $0.satisfied, bad: $0.bad,
                                             rate: $0.rate, last: $0.last, summoned: $0.summoned) },
            summoned: sat.summoned, fixes: fixes, canSupervise: s.access.supervises,
            canAnswer: s.access.supervises || s.access.departments.contains { s.access.scope.can(.writeLedger, on: $0) })
        return req.html(ServiceRatingsPage.render(model, s.ctx)).clearingFlash(req)
    }

    static func appraisal(req: Request) async throws -> Response {
        let s = try await req.serviceSession()
        let lang = s.lang
        let month = try req.queryText("month").map(Period.parse) ?? Period.containing(req.today, kind: .month).previous
        let quarter = try req.queryText("quarter").map(Period.parse) ?? Period.containing(req.today, kind: .quarter).previous
        let rules = try await s.service.store.rules()
        let scores = try await ServiceAppraisal.month(centre: s.centre, month: month, in: s.service)
        let stars = try await ServiceAppraisal.stars(centre: s.centre, period: quarter, in: s.service)
        let names = try await s.service.names(s.centre)
        func window(_ staff: Int) -> String { names.staff[staff].flatMap { names.windows[$0.windowID]?.label } ?? "" }
        let model = ServiceAppraisalPage.Model(
            monthCode: month.code, monthLabel: month.label(lang), months: ServiceRows.periods(.month, count: 12, today: req.today, lang),
            scores: scores.map { v in
                .init(name: v.staff, window: v.window ?? "", total: v.score.total,
                      lines: v.score.lines.map { "\($0.item.text(lang)) \($0.count.compact)：\($0.points >= 0 ? "+" : "")\($0.points.compact)" + ($0.capped ? (lang == .en ? " (capped)" : "（封顶）") : "") })
            },
            staff: names.staff.values.sorted { $0.workNumber < $1.workNumber }.map { ($0.id, $0.name) },
            sources: AppraisalSource.allCases.filter(\.isTyped).map { src in
                (src.rawValue, rules.appraisal.items.first { $0.source == src }?.term.text(lang) ?? src.chinese)
            },
            quarterCode: quarter.code, quarterLabel: quarter.label(lang), quarters: ServiceRows.periods(.quarter, count: 4, today: req.today, lang),
            quota: stars.election.quota,
            stars: stars.election.rows.map { r in
                .init(rank: r.rank, name: names.staff[r.staffID]?.name ?? "\(r.staffID)", window: window(r.staffID), monthly: r.monthly,
                      average: r.score, elected: r.elected, reasons: r.reasons.map { $0.text(lang) })
            },
            published: stars.published, canPublish: s.access.manages && quarter.end < req.today, canRecord: s.access.supervises)
        return req.html(ServiceAppraisalPage.render(model, s.ctx)).clearingFlash(req)
    }
}

enum ServiceTabsRate {
    static func text(_ p: Double?) -> String { p.map { String(format: "%.2f%%", $0) } ?? "—" }
}
