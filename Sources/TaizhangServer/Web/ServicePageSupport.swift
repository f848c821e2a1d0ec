import Foundation
import TaizhangDomain
import TaizhangService
import TaizhangWeb
import Vapor

/// What every service page (SPEC §7) starts from: the page session and the centre shown —
/// `?unit=` (a centre the caller may open), else the centre the unit worked in is or
/// belongs to, else the first centre in reach.
struct ServicePageSession {
    var ctx: PageContext
    var access: CentreAccess
    /// What the service use cases are called with.
    var service: ServiceContext
    var lang: Language { ctx.lang }
    var centre: Int { access.centre }
}

extension Request {
    func serviceSession() async throws -> ServicePageSession {
        let (ctx, _, _) = try await pageSession()
        let chosen = query[String.self, at: "unit"].flatMap(Int.init)
        guard let id = chosen ?? ctx.serviceCentres.first?.id else {
            throw AppError.notFound("Service centre", zh: "政务服务中心（\(ctx.lang.text(.svcNoCentre))）")
        }
        let service = try await serviceContext()
        return ServicePageSession(ctx: ctx, access: try service.access(id), service: service)
    }

    /// The service page `path` for the centre shown (a supervisor's `?unit=` kept).
    func servicePath(_ path: String) -> String { processPath(path) }
}

/// Page rows from the API's views.
enum ServiceRows {
    static func row(_ c: CaseView) -> ServiceCaseRow {
        ServiceCaseRow(id: c.id, number: c.number, item: c.item.name, window: c.window ?? "", accepted: CivilDate(c.acceptedAt),
                       deadline: c.deadline, daysLeft: c.daysLeft, status: c.status, statusText: c.statusText, flags: c.abnormalities.map(\.text))
    }

    static func order(_ o: OrderView, caseNumber: String, _ lang: Language) -> ServiceOrderRow {
        ServiceOrderRow(id: o.order.id, caseID: o.order.caseID, caseNumber: caseNumber, level: o.levelText, reason: o.order.reason,
                        issuedOn: o.order.issuedOn, responseDue: o.order.responseDue, status: o.status,
                        statusText: lang == .en ? o.status.replacingOccurrences(of: "_", with: " ") : o.statusText,
                        response: o.order.response.map { "\($0.text)（\($0.by)，\($0.on.chinese)）" }, escalationDue: o.escalationDue)
    }

    /// The periods offered by the pickers: the last `count` of `kind` up to today's.
    static func periods(_ kind: Period.Kind, count: Int, today: CivilDate, _ lang: Language) -> [(code: String, label: String)] {
        let now = Period.containing(today, kind: kind)
        return (0..<count).map { now.offset(by: -$0) }.map { ($0.code, $0.label(lang)) }
    }

    /// Runs a page form's write; a refusal comes back as a flash on the same page.
    static func post(_ req: Request, back: String, success: String, _ write: () async throws -> Void) async throws -> Response {
        let lang = req.language
        do {
            try await write()
            return req.seeOther(back, flash: .init(.success, success))
        } catch let e as AppError where [.unprocessableEntity, .conflict, .badRequest].contains(e.status) {
            let details = e.details.isEmpty ? [DomainError(e.code, zh: e.zh, en: e.en)] : e.details
            let text = ([lang == .en ? e.en : e.zh] + details.prefix(5).map { $0.message(lang) }).uniqued().joined(separator: " ")
            return req.seeOther(back, flash: .init(.error, text))
        }
    }
}

extension Array where Element: Hashable {
    func uniqued() -> [Element] { var seen = Set<Element>(); return filter { seen.insert($0).inserted } }
}
