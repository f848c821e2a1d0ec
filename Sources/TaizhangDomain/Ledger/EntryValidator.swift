import Foundation

/// Checks a ledger entry against the catalog before it is stored: known indicators,
/// whole non-negative counts, a sensible date range, a date inside a required period.
public struct EntryValidator: Sendable {
    public var catalog: Catalog
    public init(catalog: Catalog) { self.catalog = catalog }

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
}
