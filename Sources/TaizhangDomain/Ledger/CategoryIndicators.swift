/// Which indicator groups a kind of work counts towards, so the entry form shows a training's
/// fields for a training and not all 44 of the catalog (issue #16). The other groups stay one
/// click away: a meeting may still report an audience. Groups are the catalog's work areas
/// (`Indicator.group`); a catalog of another rule pack whose groups are not named here simply
/// shows all of them.
public enum CategoryIndicators {
    public static let groups: [EntryCategory: [String]] = [
        .activity: ["群众文化活动", "农村电影放映", "全民阅读", "文艺创作", "文物与非遗保护"],
        .meeting: ["组织保障"],
        .training: ["队伍建设与培训"],
        .inspection: ["文化市场管理", "文物与非遗保护", "设施建设"],
        .publicity: ["宣传工作"],
        .enforcement: ["文化市场管理"],
        .fund: ["经费保障", "设施建设"],
    ]

    static let named = Set(groups.values.flatMap { $0 })

    /// Whether `group` belongs to `category`'s fields; every group belongs to `.other`, and a
    /// group the table does not name belongs to every category.
    public static func shows(_ group: String, for category: EntryCategory) -> Bool {
        guard let wanted = groups[category] else { return true }
        return wanted.contains(group) || !named.contains(group)
    }

    /// The categories whose fields include `group` (for the form's script, which re-sorts the
    /// groups when the category changes).
    public static func categories(of group: String) -> [EntryCategory] {
        EntryCategory.allCases.filter { shows(group, for: $0) }
    }
}
