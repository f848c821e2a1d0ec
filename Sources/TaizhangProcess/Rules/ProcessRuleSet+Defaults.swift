import Foundation
import TaizhangDomain

extension ProcessRuleSet {
    /// The default rule set (`Resources/process-rules-default.json`), checked by `problems()`.
    public static func defaults() throws -> ProcessRuleSet {
        guard let url = Bundle.module.url(forResource: "process-rules-default", withExtension: "json", subdirectory: "Resources") else {
            throw CatalogError.missingResource
        }
        return try decode(Data(contentsOf: url))
    }

    /// Decodes an admin's rule set and refuses it when `problems()` finds any.
    public static func decode(_ data: Data) throws -> ProcessRuleSet {
        let rules = try JSONDecoder().decode(ProcessRuleSet.self, from: data)
        if let first = rules.problems().first { throw first.error }
        return rules
    }

    /// What makes a rule set unusable: weights not summing to 1, an unknown requirement
    /// code (no check implements it), a category-less fund rule, a bad range.
    public func problems() -> [Term] {
        var out: [Term] = []
        let weights = acceptance.indicators.map(\.weight).reduce(0, +)
        if abs(weights - 1) > 1e-9 {
            out.append(Term("weights_sum", zh: "验收指标权重之和应为1（现为\(weights)）", en: "Acceptance weights must sum to 1 (now \(weights))"))
        }
        for r in requirements where ProcessCompliance.checks[r.code] == nil {
            out.append(Term("unknown_requirement", zh: "未知的基本要求代码：\(r.code)", en: "Unknown requirement code: \(r.code)"))
        }
        if funds.categories.isEmpty {
            out.append(Term("no_categories", zh: "未设置经费使用范围", en: "No allowed fund categories"))
        }
        let range = supervision.inspectionsPerYear
        if range.min < 0 || range.max < range.min {
            out.append(Term("inspection_range", zh: "督导次数范围无效", en: "Invalid inspections-per-year range"))
        }
        if cycleYears < 1 || publicity.tiers.contains(where: { $0.points < 0 }) || publicity.base.points < 0 {
            out.append(Term("negative_points", zh: "创建周期或分值无效", en: "Invalid cycle length or points"))
        }
        return out
    }
}
