import TaizhangDomain

/// A ledger entry as lists show it (home page, ledger, imported entries).
public struct EntryRow: Sendable, Hashable {
    public var id: Int
    public var date: CivilDate
    public var endDate: CivilDate?
    public var title: String
    public var category: EntryCategory
    public var place: String?
    public var values: [ValueText]
    public var source: EntrySource
    /// Imported or third-party entries wait for a person to confirm them.
    public var needsConfirmation: Bool
    public var evidenceCount: Int
    /// Planned work (not done yet), counted in the summary's plans, not its figures.
    public var planned: Bool

    public init(id: Int, date: CivilDate, endDate: CivilDate? = nil, title: String, category: EntryCategory,
                place: String? = nil, values: [ValueText] = [], source: EntrySource = .typed,
                needsConfirmation: Bool = false, evidenceCount: Int = 0, planned: Bool = false) {
        self.id = id; self.date = date; self.endDate = endDate; self.title = title; self.category = category
        self.place = place; self.values = values; self.source = source
        self.needsConfirmation = needsConfirmation; self.evidenceCount = evidenceCount
        self.planned = planned
    }
}

/// An indicator value with the names needed to show it: "文艺演出 3场".
public struct ValueText: Sendable, Hashable {
    public var name: String
    public var nameEn: String
    public var value: Double
    public var measureWord: String
    public var qualifier: String?

    public init(name: String, nameEn: String, value: Double, measureWord: String, qualifier: String? = nil) {
        self.name = name; self.nameEn = nameEn; self.value = value; self.measureWord = measureWord
        self.qualifier = qualifier
    }

    /// From a stored value and its catalog indicator.
    public init(_ value: IndicatorValue, indicator: Indicator) {
        self.init(name: indicator.name, nameEn: indicator.nameEn, value: value.value,
                  measureWord: indicator.measureWord, qualifier: value.qualifier)
    }
}

extension ValueText {
    /// "文艺演出 3余场" / "Performances 3 场" — the measure word stays Chinese, it is part of the figure.
    func shown(_ t: Loc) -> String {
        t.pick(zh: name, en: nameEn) + " " + Fmt.quantity(value, qualifier: qualifier, measure: measureWord, t.lang)
    }
}

extension EntryRow {
    /// Date or date range as one text.
    func dateText(_ lang: Language) -> String {
        guard let end = endDate, end != date else { return Fmt.date(date, lang) }
        return Fmt.date(date, lang) + " – " + Fmt.date(end, lang)
    }

    /// The compact list (home page): date, title linking to the entry, values.
    static func list(_ rows: [EntryRow], _ t: Loc) -> Node {
        ul(.class("tz-entry-list")) {
            for row in rows {
                li {
                    span(.class("tz-entry-date")) { row.dateText(t.lang) }
                    a(.href("/ledger/\(row.id)")) { row.title }
                    row.markers(t)
                    if !row.values.isEmpty {
                        span(.class("tz-entry-values")) { row.values.map { $0.shown(t) }.joined(separator: t.comma) }
                    }
                }
            }
        }
    }

    /// 📎 when evidence is attached (with the count), and the 待确认 / 计划 badges.
    func markers(_ t: Loc) -> Node {
        .fragment([
            evidenceCount > 0 ? span(.class("tz-clip"), .title(t(.evidence) + t.paren(String(evidenceCount))),
                                     .aria("label", t(.evidence) + t.paren(String(evidenceCount)))) { " 📎" } : .none,
            needsConfirmation ? .fragment([text(" "), UI.badge(t(.awaitingConfirmation), "pending")]) : .none,
            planned ? .fragment([text(" "), UI.badge(t(.plannedBadge), "planned")]) : .none,
        ])
    }

    /// The cells of a ledger table row, shared by the ledger and the imported-entries page.
    /// Each cell names its column (`data-label`) for the phone layout, where rows become cards.
    func cells(_ t: Loc) -> Node {
        .fragment([
            td(.class("tz-nowrap"), .data("label", t(.date))) { dateText(t.lang) },
            td(.data("label", t(.entryTitle))) {
                a(.href("/ledger/\(id)")) { title }
                markers(t)
                if let place { small(.class("tz-muted")) { " · " + place } }
            },
            td(.class("tz-nowrap"), .data("label", t(.category))) { t.category(category) },
            td(.data("label", t(.values))) { values.map { $0.shown(t) }.joined(separator: t.semicolon) },
            td(.class("tz-nowrap"), .data("label", t(.source))) { t.source(source) },
        ])
    }
}
