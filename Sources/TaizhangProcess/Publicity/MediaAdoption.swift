import Foundation
import TaizhangDomain

/// SPEC §4.6: an outlet's adoption (采用) of a piece of information a unit submitted.
public struct MediaAdoption: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var unitID: Int
    /// The submission (`ReportRecord.id`) the outlet used.
    public var informationID: Int
    public var outlet: String
    /// A tier code of the rule set (`central_internal`, `central_media`, …).
    public var tier: String
    public var date: CivilDate
    public var link: String
    /// Why a supervisor put an outlet the rule set does not list in this tier.
    public var tierReason: String?

    public init(id: Int, unitID: Int, informationID: Int, outlet: String, tier: String, date: CivilDate, link: String = "",
                tierReason: String? = nil) {
        self.id = id; self.unitID = unitID; self.informationID = informationID
        self.outlet = outlet; self.tier = tier; self.date = date; self.link = link; self.tierReason = tierReason
    }

    /// SPEC §4.6 "adoption of the unit's information": refuses a record whose tier is not
    /// in the rule set or not the tier that lists its outlet, an unlisted outlet without a
    /// supervisor's choice and reason, information that is not this unit's submitted report,
    /// a date before the information was submitted, a missing outlet or a bad link.
    public func refusals(information: ReportRecord?, rules: PublicityRules, bySupervisor: Bool = false) -> [DomainError] {
        var out: [DomainError] = []
        if rules.tier(tier) == nil {
            out.append(DomainError("unknown_tier", zh: "未知的媒体级别：\(tier)", en: "Unknown outlet tier: \(tier)", field: "tier"))
        } else if let problem = tierProblem(rules: rules, bySupervisor: bySupervisor) {
            out.append(problem)
        }
        if outlet.trimmingCharacters(in: .whitespaces).isEmpty {
            out.append(DomainError("outlet_required", zh: "请填写采用媒体", en: "The outlet is required", field: "outlet"))
        }
        if !link.isEmpty && !(link.hasPrefix("http://") || link.hasPrefix("https://")) {
            out.append(DomainError("bad_link", zh: "链接须以http://或https://开头", en: "The link must start with http:// or https://", field: "link"))
        }
        guard let info = information, info.unitID == unitID, let at = info.firstSubmittedAt else {
            return out + [DomainError("not_submitted_information", zh: "只能登记本单位已报送信息的采用情况",
                                      en: "An adoption must refer to information this unit submitted", field: "information_id")]
        }
        if date < CivilDate(at) {
            out.append(DomainError("adopted_before_submitted", zh: "采用日期早于信息报送日期", en: "Adopted before it was submitted", field: "date"))
        }
        return out
    }

    /// The tier check alone: a listed outlet takes its listed tier; an unlisted one only a
    /// supervisor's tier with a reason.
    func tierProblem(rules: PublicityRules, bySupervisor: Bool) -> DomainError? {
        let listed = rules.tiers(listing: outlet)
        if let right = listed.first, !listed.contains(where: { $0.code == tier }) {
            return DomainError("tier_mismatch", zh: "“\(outlet)”属于\(right.points)分档（\(right.zh)），不能按\(rules.tier(tier)?.points ?? 0)分档登记",
                               en: "“\(outlet)” is listed in the \(right.points)-point tier (\(right.code)), not \(tier)", field: "tier")
        }
        guard listed.isEmpty, !outlet.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        if !bySupervisor || (tierReason ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return DomainError("unlisted_outlet", zh: "“\(outlet)”不在评分规则的媒体名录中，须由上级管理员选定级别并说明理由",
                               en: "“\(outlet)” is not listed in any tier: a supervisor must choose the tier and give a reason",
                               field: "tier_reason")
        }
        return nil
    }
}
