import Fluent
import Foundation
import TaizhangDomain
import TaizhangWeb
import Vapor

/// The admin's settings pages: what is in force, and the forms that change it through the
/// `Settings` use cases. One shape (`SettingsPage`) for all six.
enum SettingsPageController {
    typealias Page = SettingsPage

    /// Renders `make`'s page; a failed form comes back open with what was typed.
    typealias Builder = (Request, PageContext, AccessScope) async throws -> Page.Model

    static func show(_ req: Request, failed: String? = nil, state: FormState = .empty, status: HTTPResponseStatus = .ok,
                     _ make: Builder) async throws -> Response {
        let (ctx, _, scope) = try await req.pageSession()
        var model = try await make(req, ctx, scope)
        model.failed = failed; model.state = state
        return req.html(SettingsPage.render(model, ctx), status: status).clearingFlash(req)
    }

    static func l(_ ctx: PageContext, _ zh: String, _ en: String) -> String { ctx.lang == .en ? en : zh }

    /// Runs a change; on a refusal the page comes back with the form open and the reason.
    static func change(_ req: Request, form id: String, page: @escaping Builder,
                       back: String, done: (zh: String, en: String), _ body: ([String: String]) async throws -> Void) async throws -> Response {
        let values = try WebForm.read(req).values
        do {
            try await body(values)
        } catch let e as AppError where e.status != .internalServerError && e.status != .forbidden {
            let state = AdminPageController.state(e, values: values, lang: req.language, fallbackField: values.keys.sorted().first ?? "name")
            return try await show(req, failed: id, state: state, status: e.status, page)
        }
        return req.seeOther(back, flash: .init(.success, req.language == .en ? done.en : done.zh))
    }

    static func roles(_ ctx: PageContext) -> [(String, String)] {
        [Role.staff, .liaison, .leader].map { ($0.rawValue, Localized.role($0, ctx.lang)) }
    }

    // MARK: Plans

    static func plans(req: Request) async throws -> Response { try await show(req, plansPage) }

    static func plansPage(_ req: Request, _ ctx: PageContext, _ scope: AccessScope) async throws -> Page.Model {
        guard scope.can(.manageGlobalSettings) else { throw AppError.forbidden }
        let all = try await PlanModel.query(on: req.db).sort(\.$id).all()
        func names(_ r: Set<Role>) -> String { r.sorted { $0.rank < $1.rank }.map { Localized.role($0, ctx.lang) }.joined(separator: ctx.lang == .en ? ", " : "、") }
        let rows = all.compactMap { m -> Page.Row? in
            guard let p = m.domain else { return nil }
            return Page.Row(id: String(p.id), cells: [Localized.planName(p.name, ctx.lang), Localized.periodKind(p.periodKind, ctx.lang),
                                                       Localized.dueRule(p.dueRule, ctx.lang),
                                                       names(p.reminds.beforeDue), names(p.reminds.afterDue)],
                            muted: !m.active,
                            forms: [Page.Form(id: "plan-\(p.id)", title: l(ctx, "修改提醒对象", "Change whom it reminds"),
                                              action: "/admin/plans/\(p.id)/reminders",
                                              fields: [.init("before", l(ctx, "截止前提醒", "Before the deadline"), .checkboxes(roles(ctx)),
                                                             checked: Set(p.reminds.beforeDue.map(\.rawValue))),
                                                       .init("after", l(ctx, "逾期后提醒", "After the deadline"), .checkboxes(roles(ctx)),
                                                             checked: Set(p.reminds.afterDue.map(\.rawValue)))],
                                              button: ctx.text(.save))])
        }
        return Page.Model(title: ctx.text(.adminPlans), path: "/admin/plans", isAdmin: true, lead: ctx.text(.adminPlansLead),
                          headers: [ctx.text(.plan), l(ctx, "周期", "Period"), l(ctx, "截止规则", "Due"),
                                    l(ctx, "截止前提醒", "Reminded before"), l(ctx, "逾期后提醒", "Reminded when late")], rows: rows)
    }

    static func setReminders(req: Request) async throws -> Response {
        let id = try req.pathID()
        return try await change(req, form: "plan-\(id)", page: plansPage, back: "/admin/plans#row-\(id)",
                                done: ("提醒对象已修改。", "Reminder recipients changed.")) { _ in
            let lists = try WebForm.read(req).lists
            let audience = ReminderAudience(beforeDue: Set((lists["before"] ?? []).compactMap(Role.init(rawValue:))),
                                            afterDue: Set((lists["after"] ?? []).compactMap(Role.init(rawValue:))))
            try await Settings.setReminders(plan: id, audience, actor: try await req.actor(), writes: req.writes)
        }
    }
}
