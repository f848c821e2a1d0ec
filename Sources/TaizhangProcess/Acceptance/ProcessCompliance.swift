import Foundation
import TaizhangDomain

/// SPEC §4.7 "compliance with the process rules": each requirement of the rule set checked
/// against a dossier. A requirement code names one of `checks`; the rule set decides
/// which count and which veto.
public enum ProcessCompliance {
    public struct Context: Sendable {
        public var dossier: ProcessDossier
        public var plans: [ReportingPlan]
        public var rules: ProcessRuleSet
        /// The day of the assessment: reports due before it must be in.
        public var asOf: CivilDate
    }

    public typealias Check = @Sendable (Context) -> [Term]

    /// The checks of the requirements, by code (`ProcessCompliance+Checks`).
    public static let checks: [String: Check] = [
        "leading_group": leadingGroup, "group_meetings": groupMeetings, "liaison": liaison,
        "fund_plan": fundPlan, "expenditures_in_plan": expendituresInPlan,
        "half_year_fund_reports": { halfYearGaps($0, .fundUsage) },
        "self_inspection_reports": { halfYearGaps($0, .selfInspection) },
        "rectification": rectification, "information_reports": informationReports,
    ]

    /// Every requirement that counts in compliance or vetoes, in the rule set's order.
    public static func evaluate(_ dossier: ProcessDossier, plans: [ReportingPlan], rules: ProcessRuleSet,
                                asOf: CivilDate) -> [RequirementCheck] {
        let context = Context(dossier: dossier, plans: plans, rules: rules, asOf: asOf)
        return rules.requirements.filter { $0.inCompliance || $0.veto }.map { r in
            let reasons = checks[r.code]?(context)
                ?? [Term("unknown_requirement", zh: "未知的基本要求代码：\(r.code)", en: "Unknown requirement code: \(r.code)")]
            return RequirementCheck(requirement: r, reasons: reasons)
        }
    }

    /// Share (0–100) of the requirements counted in compliance that passed; 100 if none count.
    public static func score(_ checks: [RequirementCheck]) -> Double {
        let counted = checks.filter(\.requirement.inCompliance)
        guard !counted.isEmpty else { return 100 }
        return Double(counted.filter(\.passed).count) / Double(counted.count) * 100
    }
}
