import TaizhangDomain

/// SPEC §4.7: the acceptance of one zone/project — the weighted parts, the total, and the
/// veto with every failed requirement named. `passed` is false when vetoed, whatever the total.
public struct AcceptanceResult: Codable, Hashable, Sendable {
    public var unitID: Int
    public var parts: [AcceptancePart]
    /// Out of 100.
    public var total: Double
    public var threshold: Double
    /// Failed requirements that veto (一票否决); non-empty means vetoed.
    public var failedRequirements: [RequirementCheck]
    /// Every requirement checked, passed or not.
    public var checks: [RequirementCheck]

    public var vetoed: Bool { !failedRequirements.isEmpty }
    public var passed: Bool { !vetoed && total >= threshold }

    /// 通过 / 不通过（总分低于…）/ 一票否决：….
    public var verdict: Term {
        if vetoed {
            let names = failedRequirements.map(\.requirement)
            return Term("vetoed", zh: "一票否决：" + names.map(\.zh).joined(separator: "；"),
                        en: "Vetoed: " + names.map(\.en).joined(separator: "; "))
        }
        return passed ? Term("passed", zh: "验收通过（\(total)分）", en: "Passed (\(total))")
            : Term("below_threshold", zh: "验收未通过：总分\(total)低于\(threshold)分", en: "Failed: total \(total) below \(threshold)")
    }
}

/// One weighted indicator: its raw score on `fullMarks` and its share of the total.
public struct AcceptancePart: Codable, Hashable, Sendable {
    public var code: String
    public var zh: String
    public var en: String
    public var weight: Double
    public var raw: Double
    public var fullMarks: Double
    /// weight × raw / fullMarks × 100, rounded to 0.01.
    public var weighted: Double
    /// Why the raw score is what it is (e.g. publicity capped, an input missing).
    public var note: String
}
