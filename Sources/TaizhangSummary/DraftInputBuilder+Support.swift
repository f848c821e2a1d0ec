import TaizhangDocument
import TaizhangDomain

extension DraftInputBuilder {
    /// Ledger qualifiers are free text from imports; anything not one of the five
    /// words is still approximate, and "约" is the honest reading.
    static func qualifier(_ text: String?) -> Qualifier? {
        guard let text, !text.isEmpty else { return nil }
        return Qualifier(rawValue: text) ?? .yue
    }

    static func aggregation(_ a: Aggregation) -> DraftFigure.Aggregation {
        switch a {
        case .sum: .sum
        case .max: .max
        case .latest: .latest
        case .mean: .mean
        }
    }

    static func docDate(_ d: CivilDate) -> DocDate { DocDate(year: d.year, month: d.month, day: d.day) }

    static func draftPeriod(_ p: Period) -> DraftPeriod {
        switch p.kind {
        case .halfYear: .halfYear(p.year, first: p.index == 1)
        case .quarter: .quarter(p.year, p.index)
        case .month: .month(p.year, p.index)
        case .year: .year(p.year)
        }
    }

    /// What the children of a roll-up are called: "街道（镇）" for streets and towns,
    /// "社区" or "村" when all are, else "单位".
    static func commonWord(_ names: [String]) -> String {
        let townships = ["街道", "镇", "乡"]
        if !names.isEmpty, names.allSatisfy({ n in townships.contains { n.hasSuffix($0) } }) {
            let streets = names.allSatisfy { $0.hasSuffix("街道") }, towns = names.allSatisfy { !$0.hasSuffix("街道") }
            return streets ? "街道" : towns ? "乡镇" : "街道（镇）"
        }
        for word in ["社区", "村", "文化站", "科室"] where !names.isEmpty && names.allSatisfy({ $0.hasSuffix(word) }) {
            return word
        }
        return "单位"
    }
}
