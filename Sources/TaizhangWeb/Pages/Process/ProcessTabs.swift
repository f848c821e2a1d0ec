/// The sub-navigation of the demonstration-zone process pages (SPEC §4).
enum ProcessTabs {
    static func nav(_ current: String, _ ctx: PageContext) -> Node {
        let t = ctx.t
        return UI.tabs([
            (t(.procGroup), "/process/group"), (t(.procLiaison), "/process/liaison"), (t(.procFunds), "/process/funds"),
            (t(.procInspections), "/process/inspections"), (t(.procScores), "/process/scores"),
            (t(.procCirculars), "/process/circulars"), (t(.procAcceptance), "/process/acceptance"),
        ].map { ($0.0, link($0.1, ctx)) }, current: link(current, ctx), t(.procNavigation))
    }

    /// The unit a supervisor chose with `?unit=` (nil: the unit they work in).
    static func chosenUnit(_ ctx: PageContext) -> Int? {
        let parts = ctx.path.split(separator: "?", maxSplits: 1)
        guard parts.count == 2 else { return nil }
        for pair in parts[1].split(separator: "&") where pair.hasPrefix("unit=") { return Int(pair.dropFirst(5)) }
        return nil
    }

    /// `path` for the chosen unit: tabs and form actions keep a supervisor on the unit they picked.
    static func link(_ path: String, _ ctx: PageContext) -> String {
        guard let unit = chosenUnit(ctx) else { return path }
        return path + (path.contains("?") ? "&" : "?") + "unit=\(unit)"
    }

    /// Which zone or project to look at, when there are several to choose from.
    static func picker(_ current: String, _ ctx: PageContext) -> Node {
        guard ctx.processUnits.count > 1 else { return .none }
        let t = ctx.t
        let chosen = chosenUnit(ctx) ?? ctx.currentUnitID
        return getForm(current, .class("tz-filters tz-row")) {
            Fields(state: .empty, t: t).select("unit", t(.unit), options: ctx.processUnits.map { (String($0.id), $0.name) },
                                               value: String(chosen))
            div(.class("tz-filter-actions")) { submitButton(t(.show), kind: "plain") }
        }
    }

    /// Process pages share the layout plus the tabs.
    static func page(_ title: String, _ path: String, _ ctx: PageContext, @NodeBuilder _ content: () -> [Node]) -> String {
        Layout.page(title, ctx) {
            picker(path, ctx)
            nav(path, ctx)
            content()
        }
    }
}
