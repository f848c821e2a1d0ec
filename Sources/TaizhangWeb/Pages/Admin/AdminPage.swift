import TaizhangDomain

/// GET /admin — the administration pages: users and units (an admin everywhere, a supervisor
/// within her subtree), and the settings every unit shares (plans, targets, the indicator
/// catalog, validation rules, the holiday calendar, process rule sets: the admin's).
public enum AdminPage {
    public struct Section: Sendable, Hashable {
        public var path: String
        public var key: Key
        public var lead: Key
        /// Only for the system administrator (settings every unit shares).
        public var global: Bool
    }

    public static let sections: [Section] = [
        .init(path: "/admin/users", key: .adminUsers, lead: .adminUsersLead, global: false),
        .init(path: "/admin/units", key: .adminUnits, lead: .adminUnitsLead, global: false),
        .init(path: "/admin/plans", key: .adminPlans, lead: .adminPlansLead, global: true),
        .init(path: "/admin/targets", key: .adminTargets, lead: .adminTargetsLead, global: false),
        .init(path: "/admin/catalog", key: .adminCatalog, lead: .adminCatalogLead, global: true),
        .init(path: "/admin/rules", key: .adminRules, lead: .adminRulesLead, global: true),
        .init(path: "/admin/holidays", key: .adminHolidays, lead: .adminHolidaysLead, global: true),
        .init(path: "/admin/rulesets", key: .adminRuleSets, lead: .adminRuleSetsLead, global: true),
    ]

    public static func visible(isAdmin: Bool) -> [Section] { sections.filter { isAdmin || !$0.global } }

    /// The hub: one card per section with what it is for.
    public static func render(isAdmin: Bool, _ ctx: PageContext) -> String {
        let t = ctx.t
        return Layout.page(t(.adminTitle), ctx) {
            div(.class("tz-grid tz-admin-hub")) {
                for s in visible(isAdmin: isAdmin) {
                    section(.class("tz-card")) {
                        div(.class("tz-card-head")) { h2 { a(.href(s.path)) { t(s.key) } } }
                        p(.class("tz-muted")) { t(s.lead) }
                    }
                }
            }
        }
    }

    /// The tabs above every admin page.
    static func tabs(_ current: String, isAdmin: Bool, _ t: Loc) -> Node {
        UI.tabs(visible(isAdmin: isAdmin).map { (t($0.key), $0.path) }, current: current, t(.adminTitle))
    }

    /// A page of the admin area: its tabs, then the content.
    static func page(_ title: String, current: String, isAdmin: Bool, _ ctx: PageContext, @NodeBuilder _ content: () -> [Node]) -> String {
        Layout.page(title, ctx) {
            tabs(current, isAdmin: isAdmin, ctx.t)
            content()
        }
    }
}
