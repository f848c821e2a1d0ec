/// The sub-navigation of the demonstration-zone process pages (SPEC §4).
enum ProcessTabs {
    static func nav(_ current: String, _ t: Loc) -> Node {
        UI.tabs([
            (t(.procGroup), "/process/group"), (t(.procLiaison), "/process/liaison"), (t(.procFunds), "/process/funds"),
            (t(.procInspections), "/process/inspections"), (t(.procScores), "/process/scores"),
            (t(.procCirculars), "/process/circulars"), (t(.procAcceptance), "/process/acceptance"),
        ], current: current, t(.procNavigation))
    }

    /// Process pages share the layout plus the tabs.
    static func page(_ title: String, _ path: String, _ ctx: PageContext, @NodeBuilder _ content: () -> [Node]) -> String {
        Layout.page(title, ctx) {
            nav(path, ctx.t)
            content()
        }
    }
}
