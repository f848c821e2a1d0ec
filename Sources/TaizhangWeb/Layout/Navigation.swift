import TaizhangDomain

/// The main navigation: each item lists the roles that see it, so a staff member is
/// not shown the supervisor's matrix and a supervisor is not shown a ledger to fill.
enum Navigation {
    struct Item {
        let key: Key
        let path: String
        let roles: Set<Role>
        /// Shown only where there is a demonstration zone or project to manage.
        var needsProcess = false
        /// Shown only where there is a service centre (SPEC §7) to supervise.
        var needsService = false
    }

    static let everyone = Set(Role.allCases)

    static let items: [Item] = [
        Item(key: .navHome, path: "/", roles: everyone),
        Item(key: .navLedger, path: "/ledger", roles: [.staff, .liaison, .leader]),
        Item(key: .navSubmissions, path: "/submissions", roles: [.staff, .liaison, .leader, .supervisor]),
        Item(key: .navMatrix, path: "/matrix", roles: [.supervisor, .admin]),
        Item(key: .navRankings, path: "/rankings", roles: [.supervisor, .leader, .admin]),
        Item(key: .navChecker, path: "/check", roles: everyone),
        Item(key: .navSummaries, path: "/summaries", roles: [.staff, .liaison, .leader, .supervisor]),
        Item(key: .navProcess, path: "/process/group", roles: everyone, needsProcess: true),
        Item(key: .navAudit, path: "/audit", roles: [.leader, .supervisor, .admin]),
        Item(key: .navService, path: "/service", roles: everyone, needsService: true),
        Item(key: .navAdmin, path: "/admin", roles: [.supervisor, .admin]),
    ]

    static func visible(for roles: Set<Role>, process: Bool = false, service: Bool = false) -> [Item] {
        items.filter { !$0.roles.isDisjoint(with: roles) && (process || !$0.needsProcess) && (service || !$0.needsService) }
    }

    /// The item whose section the current path is in ("/ledger/12/edit" is under 台账).
    static func isCurrent(_ item: Item, path: String) -> Bool {
        let bare = String(path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0])
        if item.path == "/" { return bare == "/" }
        let section = item.path.hasPrefix("/process") ? "/process" : item.path
        return bare == section || bare.hasPrefix(section + "/")
    }

    static func bar(_ ctx: PageContext) -> Node {
        let t = ctx.t
        return el("nav", [.class("tz-nav"), .aria("label", t(.mainNavigation))]) {
            ul {
                for item in visible(for: ctx.roles, process: !ctx.processUnits.isEmpty, service: !ctx.serviceCentres.isEmpty) {
                    li {
                        a(.href(item.path), .when(isCurrent(item, path: ctx.path), .aria("current", "page"))) { t(item.key) }
                    }
                }
            }
        }
    }
}
