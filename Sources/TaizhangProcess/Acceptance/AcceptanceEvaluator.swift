import Foundation
import TaizhangDomain

/// SPEC §4.7 验收.
public enum AcceptanceEvaluator {
    /// SPEC §4.7: the total is the weighted sum of the indicators of
    /// `rules.acceptance.indicators` — the publicity score (the mean over the unit's windows
    /// of base + adoption points, the adoptions counted up to the marks the base leaves, so
    /// the base of 50 always shows in the result), the process compliance
    /// (`ProcessCompliance.score`) and the assessors' `inputs` by indicator code. Any failed
    /// requirement whose rule has `veto` fails the unit outright (一票否决), however high the total.
    public static func evaluate(unitID: Int, checks: [RequirementCheck], publicity: [PublicityScore],
                                inputs: [String: Double], rules: ProcessRuleSet) -> AcceptanceResult {
        let parts = rules.acceptance.indicators.map { ind in
            let (raw, note) = rawScore(ind, checks: checks, publicity: publicity, inputs: inputs, basePoints: rules.publicity.base.points)
            let clamped = min(max(raw, 0), ind.fullMarks)
            return AcceptancePart(code: ind.code, zh: ind.zh, en: ind.en, weight: ind.weight, raw: round2(clamped),
                                  fullMarks: ind.fullMarks, weighted: round2(ind.weight * clamped / ind.fullMarks * 100), note: note)
        }
        return AcceptanceResult(unitID: unitID, parts: parts, total: round2(parts.map(\.weighted).reduce(0, +)),
                                threshold: rules.acceptance.passThreshold,
                                failedRequirements: checks.filter { $0.requirement.veto && !$0.passed }, checks: checks)
    }

    private static func rawScore(_ ind: AcceptanceIndicator, checks: [RequirementCheck], publicity: [PublicityScore],
                                 inputs: [String: Double], basePoints: Int) -> (Double, String) {
        switch ind.source {
        case .publicity:
            guard !publicity.isEmpty else { return (0, "无宣传评分") }
            // The base keeps its weight: adoptions fill at most the marks the base leaves
            // (50 of 100 by default), so capping at full marks never erases the base.
            let room = max(ind.fullMarks - Double(basePoints), 0)
            let each = publicity.map { Double($0.base) + min(Double($0.total - $0.base), room) }
            let mean = each.reduce(0, +) / Double(each.count)
            let capped = publicity.contains { Double($0.total - $0.base) > room }
            return (mean, "宣传得分\(publicity.count)期平均" + (capped ? "，采用加分每期计至多\(Int(room))分（基础分另计），按满分\(Int(ind.fullMarks))计" : ""))
        case .processCompliance:
            let counted = checks.filter(\.requirement.inCompliance)
            return (ProcessCompliance.score(checks), "基本要求\(counted.filter(\.passed).count)/\(counted.count)项达标")
        case .input:
            guard let v = inputs[ind.code] else { return (0, "未录入") }
            return (v, "评审录入")
        }
    }

    static func round2(_ x: Double) -> Double { (x * 100).rounded() / 100 }
}
