import TaizhangDomain

/// Small pieces several pages share.
enum UI {
    /// A titled block of a page.
    static func card(_ title: String, id: String? = nil, cls: String? = nil, extra: Node = .none,
                     @NodeBuilder _ content: () -> [Node]) -> Node {
        section(.class(cls.map { "tz-card " + $0 } ?? "tz-card"), id.map(Attribute.id)) {
            div(.class("tz-card-head")) { h2 { title }; extra }
            content()
        }
    }

    static func empty(_ message: String) -> Node { p(.class("tz-empty")) { message } }

    /// A coloured label with a text, never colour alone (print, colour blindness).
    static func badge(_ textValue: String, _ kind: String) -> Node {
        span(.class("tz-badge tz-badge-" + kind)) { textValue }
    }

    static func status(_ s: SubmissionStatus, _ t: Loc) -> Node { badge(t.status(s), s.rawValue) }

    static func timeliness(_ s: Timeliness, _ t: Loc) -> Node { badge(t.timeliness(s), s.rawValue) }

    /// "还剩3天" with the due date for app.js to keep current when the page stays open.
    static func countdown(due: CivilDate, today: CivilDate, _ lang: Language) -> Node {
        let days = today.days(until: due)
        let kind = days < 0 ? "overdue" : days <= 3 ? "soon" : "later"
        return span(.class("tz-countdown tz-countdown-" + kind), .data("due", due.iso)) { Fmt.countdown(days: days, lang) }
    }

    static func date(_ d: CivilDate, _ lang: Language) -> Node {
        time(Attribute("datetime", d.iso)) { Fmt.date(d, lang) }
    }

    /// A table with a header row; `scroll` wraps it so a wide table scrolls on a phone
    /// instead of widening the page.
    static func table(_ headers: [String], cls: String = "", @NodeBuilder rows: () -> [Node]) -> Node {
        div(.class("tz-table-wrap")) {
            TaizhangWeb.table(.class(cls.isEmpty ? "tz-table" : "tz-table " + cls)) {
                thead { tr { for h in headers { th(Attribute("scope", "col")) { h } } } }
                tbody { rows() }
            }
        }
    }

    /// Key–value facts ("单位 / 报送计划 / 期次 …").
    static func facts(_ pairs: [(String, Node)]) -> Node {
        dl(.class("tz-facts")) {
            for (k, v) in pairs { div { dt { k }; dd { v } } }
        }
    }

    /// « 1 2 3 » links keeping the filters in `query`.
    static func pagination(base: String, query: [(String, String?)], page: Int, pageCount: Int, _ t: Loc) -> Node {
        guard pageCount > 1 else { return .none }
        func link(_ n: Int) -> String { URLs.path(base, query + [("page", n == 1 ? nil : String(n))]) }
        return el("nav", [.class("tz-pages"), .aria("label", t(.pagination))]) {
            if page > 1 { a(.href(link(page - 1)), Attribute("rel", "prev")) { t(.previousPage) } }
            span(.class("tz-page-of")) { t.pageOf(page, pageCount) }
            if page < pageCount { a(.href(link(page + 1)), Attribute("rel", "next")) { t(.nextPage) } }
        }
    }

    /// Ranks of values already sorted best first; equal values share a rank (1, 2, 2, 4),
    /// as published rankings do.
    static func sharedRanks(_ values: [Double]) -> [Int] {
        values.indices.map { i in (values.firstIndex { $0 == values[i] } ?? i) + 1 }
    }

    /// Tabs as links (the process-management pages, the summary's views).
    static func tabs(_ items: [(String, String)], current: String, _ labelText: String) -> Node {
        el("nav", [.class("tz-tabs"), .aria("label", labelText)]) {
            for (title, path) in items {
                a(.href(path), .when(path == current, .aria("current", "page"))) { title }
            }
        }
    }
}
