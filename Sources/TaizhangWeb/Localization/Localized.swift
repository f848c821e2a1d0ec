import TaizhangDomain

/// Names of domain values for the server's own texts (flash messages, the settings pages it
/// fills in), from the same tables the pages use.
public enum Localized {
    public static func role(_ r: Role, _ lang: Language) -> String { Loc(lang).role(r) }
    public static func planName(_ zh: String, _ lang: Language) -> String { Loc(lang).planName(zh) }
    public static func unitKind(_ k: UnitKind, _ lang: Language) -> String { Loc(lang).unitKind(k) }
    public static func indicatorGroup(_ zh: String, _ lang: Language) -> String { Loc(lang).indicatorGroup(zh) }
    public static func date(_ d: CivilDate, _ lang: Language) -> String { Fmt.date(d, lang) }
    public static func number(_ v: Double) -> String { Fmt.number(v) }
    /// "3000余人次" / "~3000": one number format on every page.
    public static func quantity(_ v: Double, qualifier: String? = nil, measure: String, _ lang: Language) -> String {
        Fmt.quantity(v, qualifier: qualifier, measure: measure, lang)
    }

    /// 月 / 季度 / 半年 / 年 — Monthly, Quarterly …
    public static func periodKind(_ k: Period.Kind, _ lang: Language) -> String {
        switch (k, lang) {
        case (.month, .zh): "按月"; case (.quarter, .zh): "按季度"; case (.halfYear, .zh): "按半年"; case (.year, .zh): "按年"
        case (.month, .en): "Monthly"; case (.quarter, .en): "Quarterly"; case (.halfYear, .en): "Half-yearly"; case (.year, .en): "Yearly"
        }
    }

    /// The due rule in words: 次月5日前 / By day 5 of the next month.
    public static func dueRule(_ r: DueRule, _ lang: Language) -> String {
        guard lang == .en else { return r.chinese }
        switch r {
        case .daysAfterPeriodEnd(let n): return "Within \(n) days after the period"
        case .dayOfNextMonth(let d): return "By day \(d) of the next month"
        case .workingDaysAfterPeriodEnd(let n): return "Within \(n) working days after the period"
        }
    }
}
