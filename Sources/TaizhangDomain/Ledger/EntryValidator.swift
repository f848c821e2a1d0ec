import Foundation

/// Checks a ledger entry against the catalog before it is stored: known indicators,
/// whole non-negative counts, a sensible date range, a date inside a required period.
public struct EntryValidator: Sendable {
    public var catalog: Catalog
    /// Today (Beijing time) when known: a completed entry cannot lie after it.
    public var today: CivilDate?
    public init(catalog: Catalog, today: CivilDate? = nil) { self.catalog = catalog; self.today = today }

    /// Ledgers of this system start with the 2000s; a year like 0001 or 2099 is a typing slip.
    public static let earliestYear = 2000
    /// Planned work may lie ahead, but not beyond the next few years' plans.
    public static let plannedYearsAhead = 5

    /// All problems with the entry (empty when valid). `period`: if given, the entry's
    /// dates must fall inside it (e.g. entries attached to a submission).
    public func problems(_ e: LedgerEntry, within period: Period? = nil) -> [DomainError] {
        var out: [DomainError] = []
        if e.title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            out.append(.init("title_required", zh: "请填写标题。", en: "A title is required.", field: "title"))
        }
        if e.title.count > 200 {
            out.append(.init("title_too_long", zh: "标题不能超过200字。", en: "The title must be at most 200 characters.", field: "title"))
        }
        let blank = e.title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        out += [blank ? nil : TextRules.problem(e.title, field: "title", max: TextRules.titleMax),
                TextRules.problem(e.place, field: "place", max: TextRules.placeMax),
                TextRules.problem(e.narrative, field: "narrative", max: TextRules.narrativeMax, multiline: true)]
            .compactMap { $0 }.filter { $0.code != "text_too_long" || $0.field != "title" }
        out += dateProblems(e)
        if let end = e.endDate, end < e.date {
            out.append(.init("date_range", zh: "结束日期不能早于开始日期。", en: "The end date is before the start date.", field: "end_date"))
        }
        if let p = period, !(p.contains(e.date) && p.contains(e.countsOn)) {
            out.append(.init("date_outside_period",
                             zh: "日期\(e.date.chinese)不在\(p.chineseLabel)内。",
                             en: "The date \(e.date.iso) is outside \(p.englishLabel).", field: "date"))
        }
        var seen = Set<String>()
        for (i, v) in e.values.enumerated() {
            let field = "values[\(i)]"
            guard let ind = catalog[v.indicator] else {
                out.append(.init("unknown_indicator", zh: "未知指标“\(v.indicator)”。",
                                 en: "Unknown indicator “\(v.indicator)”.", field: field + ".indicator"))
                continue
            }
            if !seen.insert(v.indicator).inserted {
                out.append(.init("duplicate_indicator", zh: "指标“\(ind.name)”重复填写。",
                                 en: "Indicator “\(ind.nameEn)” is given twice.", field: field + ".indicator"))
            }
            if !v.value.isFinite || v.value < 0 {
                out.append(.init("negative_value", zh: "“\(ind.name)”不能为负数。",
                                 en: "“\(ind.nameEn)” cannot be negative.", field: field + ".value"))
            } else if ind.valueType == .integer && v.value != v.value.rounded() {
                out.append(.init("not_integer", zh: "“\(ind.name)”须为整数（单位：\(ind.measureWord)）。",
                                 en: "“\(ind.nameEn)” must be a whole number.", field: field + ".value"))
            } else if let r = ind.range, !r.contains(v.value) {
                out.append(.init("out_of_range", zh: "“\(ind.name)”须在\(r.min.compact)至\(r.max.compact)\(ind.measureWord)之间。",
                                 en: "“\(ind.nameEn)” must lie between \(r.min.compact) and \(r.max.compact).", field: field + ".value"))
            } else if v.value > 1e12 {
                out.append(.init("value_too_large", zh: "“\(ind.name)”数值过大。",
                                 en: "“\(ind.nameEn)” is implausibly large.", field: field + ".value"))
            }
            if ind.retired {
                out.append(.init("retired_indicator", zh: "指标“\(ind.name)”已停用，不能再填报。",
                                 en: "Indicator “\(ind.nameEn)” is retired and takes no new values.", field: field + ".indicator"))
            }
        }
        return out
    }

    /// Dates in a sane range; a completed entry (not `planned`) not after today.
    func dateProblems(_ e: LedgerEntry) -> [DomainError] {
        var out: [DomainError] = []
        let latestYear = (today?.year ?? 2100) + Self.plannedYearsAhead
        for (date, field) in [(e.date, "date"), (e.endDate, "end_date")] {
            guard let date else { continue }
            if date.year < Self.earliestYear || date.year > latestYear {
                out.append(.init("date_out_of_range", zh: "日期\(date.iso)不在\(Self.earliestYear)年至\(latestYear)年之间。",
                                 en: "The date \(date.iso) is outside \(Self.earliestYear)–\(latestYear).", field: field))
            } else if let today, !e.planned, date > today {
                out.append(.init("future_date", zh: "已完成的工作不能晚于今天（\(today.chinese)）；尚未开展的请勾选“计划”。",
                                 en: "A completed entry cannot be dated after today (\(today.iso)); mark it as planned.", field: field))
            }
        }
        return out
    }
}
