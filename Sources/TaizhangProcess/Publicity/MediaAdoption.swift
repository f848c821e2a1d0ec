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

    public init(id: Int, unitID: Int, informationID: Int, outlet: String, tier: String, date: CivilDate, link: String = "") {
        self.id = id; self.unitID = unitID; self.informationID = informationID
        self.outlet = outlet; self.tier = tier; self.date = date; self.link = link
    }

    /// SPEC §4.6 "adoption of the unit's information": refuses a record whose tier is not
    /// in the rule set, whose information is not this unit's submitted report, that is
    /// dated before the information was submitted, or that lacks an outlet or a web link.
    public func refusals(information: ReportRecord?, rules: PublicityRules) -> [DomainError] {
        var out: [DomainError] = []
        if rules.tier(tier) == nil {
            out.append(DomainError("unknown_tier", zh: "未知的媒体级别：\(tier)", en: "Unknown outlet tier: \(tier)", field: "tier"))
        }
        if outlet.trimmingCharacters(in: .whitespaces).isEmpty {
            out.append(DomainError("outlet_required", zh: "请填写采用媒体", en: "The outlet is required", field: "outlet"))
        }
        if !link.isEmpty && !(link.hasPrefix("http://") || link.hasPrefix("https://")) {
            out.append(DomainError("bad_link", zh: "链接须以http://或https://开头", en: "The link must start with http:// or https://", field: "link"))
        }
        guard let info = information, info.unitID == unitID, let at = info.firstSubmittedAt else {
            return out + [DomainError("not_submitted_information", zh: "只能登记本单位已报送信息的采用情况",
                                      en: "An adoption must refer to information this unit submitted", field: "informationID")]
        }
        if date < CivilDate(at) {
            out.append(DomainError("adopted_before_submitted", zh: "采用日期早于信息报送日期", en: "Adopted before it was submitted", field: "date"))
        }
        return out
    }
}
