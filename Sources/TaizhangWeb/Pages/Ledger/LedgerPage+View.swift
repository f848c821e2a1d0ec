import TaizhangDomain

extension LedgerPage {
    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        return Layout.page(t(.ledgerTitle), ctx) {
            div(.class("tz-toolbar")) {
                if m.canEdit { a(.class("tz-btn tz-btn-primary"), .href("/ledger/new")) { t(.addEntry) } }
                if m.pendingImports > 0 {
                    a(.class("tz-btn tz-btn-plain"), .href("/ledger/imported")) { t(.confirmImported) + t.paren(String(m.pendingImports)) }
                }
                a(.class("tz-btn tz-btn-plain"), .href(URLs.path("/ledger", m.filters.query + [("format", "csv")])),
                  Attribute("download", nil)) { t(.exportCSV) }
            }
            filterForm(m, t)
            p(.class("tz-count")) { t(.totalEntries) + " \(m.total)" }
            if m.rows.isEmpty { UI.empty(t(.noEntries)) } else {
                UI.table([t(.date), t(.entryTitle), t(.category), t(.values), t(.source)], cls: "tz-ledger") {
                    for row in m.rows { tr { row.cells(t) } }
                }
            }
            UI.pagination(base: "/ledger", query: m.filters.query, page: m.page, pageCount: m.pageCount, t)
        }
    }

    static func filterForm(_ m: Model, _ t: Loc) -> Node {
        let f = Fields(state: FormState(values: [
            "period": m.filters.period ?? "", "category": m.filters.category ?? "",
            "indicator": m.filters.indicator ?? "", "source": m.filters.source ?? "",
        ]), t: t)
        return getForm("/ledger", .class("tz-filters"), .aria("label", t(.filters))) {
            f.select("period", t(.period), options: m.periodOptions.map { ($0.code, $0.label(t.lang)) }, blank: t(.all))
            f.select("category", t(.category), options: EntryCategory.allCases.map { ($0.rawValue, t.category($0)) }, blank: t(.all))
            f.select("indicator", t(.indicator), options: m.indicators.map { ($0.code, t.pick(zh: $0.name, en: $0.nameEn)) },
                     blank: t(.all))
            f.select("source", t(.source), options: EntrySource.allCases.map { ($0.rawValue, t.source($0)) }, blank: t(.all))
            div(.class("tz-filter-actions")) {
                submitButton(t(.applyFilters), kind: "plain")
                a(.href("/ledger")) { t(.clearFilters) }
            }
        }
    }
}
