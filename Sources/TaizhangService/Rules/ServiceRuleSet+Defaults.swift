import Foundation
import TaizhangDomain

extension ServiceRuleSet {
    /// The default rule set (`Resources/service-rules-default.json`), checked by `problems()`.
    public static func defaults() throws -> ServiceRuleSet {
        guard let url = Bundle.module.url(forResource: "service-rules-default", withExtension: "json", subdirectory: "Resources") else {
            throw CatalogError.missingResource
        }
        return try decode(Data(contentsOf: url))
    }

    /// Decodes an admin's rule set and refuses it when `problems()` finds any.
    public static func decode(_ data: Data) throws -> ServiceRuleSet {
        let rules = try JSONDecoder().decode(ServiceRuleSet.self, from: data)
        if let first = rules.problems().first { throw first.error }
        return rules
    }

    /// What makes a rule set unusable.
    public func problems() -> [Term] {
        var out: [Term] = []
        func bad(_ code: String, _ zh: String, _ en: String) { out.append(Term(code, zh: zh, en: en)) }
        if cases.yellowWorkingDays < 0 { bad("yellow_days", "黄牌预警天数不能为负数", "Yellow-card days must not be negative") }
        for a in cases.abnormalities where Abnormality(rawValue: a.code) == nil {
            bad("unknown_abnormality", "未知的异常类型：\(a.code)", "Unknown abnormality: \(a.code)")
        }
        for s in CaseStatus.allCases where !cases.statuses.contains(where: { $0.code == s.rawValue }) {
            bad("status_text", "缺少办件状态说明：\(s.rawValue)", "Missing case status text: \(s.rawValue)")
        }
        if supervision.levels.isEmpty || supervision.levels.contains(where: { $0.responseWorkingDays < 1 }) {
            bad("order_levels", "督办层级未设置或回复期限无效", "Supervision levels missing or with an invalid response limit")
        }
        for c in RateDefinition.Code.allCases where rate(c) == nil {
            bad("rate_definition", "缺少比率口径：\(c.rawValue)", "Missing rate definition: \(c.rawValue)")
        }
        let levels = ratings.levels
        if levels.isEmpty || !levels.contains(where: \.satisfied) || !levels.contains(where: \.bad)
            || levels.contains(where: { $0.satisfied && $0.bad }) {
            bad("rating_levels", "评价等级须包含满意与差评等级，且二者不能重叠", "Rating levels need satisfied and bad levels that do not overlap")
        }
        if ratings.channel(ratings.autoInvitation.channel) == nil {
            bad("invitation_channel", "自动邀评渠道不在评价渠道中", "The automatic invitation channel is not a rating channel")
        }
        if ratings.rectification.workingDays < 1 || ratings.appeal.withinWorkingDays < 0 || ratings.summons.consecutiveLastMonths < 1 {
            bad("rating_limits", "差评整改、申诉或约谈期限无效", "Invalid rectification, appeal or summons limits")
        }
        if appraisal.stars.quota < 1 { bad("star_quota", "服务明星名额至少为1", "The star quota must be at least 1") }
        if appraisal.items.contains(where: { ($0.cap ?? 0) < 0 }) { bad("appraisal_cap", "考核项目封顶分不能为负数", "Appraisal caps must not be negative") }
        return out
    }
}
