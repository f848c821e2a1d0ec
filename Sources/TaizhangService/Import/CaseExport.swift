import TaizhangDomain

/// Cases as the import reads them back (CSV with the Chinese headers): for exports, the
/// import benchmark and round-trip tests.
public enum CaseExport {
    public static let header = ["办件编号", "事项编码", "申请人", "经办人", "受理时间", "办结时间", "办理结果", "不予许可理由",
                                "法定时限", "承诺时限", "环节"]

    /// `staff`: a staff id's work number (or name), as the import's staff list knows it.
    public static func csv(_ cases: [ServiceCase], itemCodes: [Int: String], staff: [Int: String]) -> String {
        var out = header.joined(separator: ",") + "\r\n"
        out.reserveCapacity(cases.count * 200)
        for c in cases {
            let fields = [c.number, itemCodes[c.itemID] ?? "", c.applicant, c.staffID.flatMap { staff[$0] } ?? "",
                          StepText.stamp(c.acceptedAt), c.completedAt.map { StepText.stamp($0) } ?? "", c.outcome.map(word) ?? "", c.reason,
                          String(c.statutoryDays), String(c.promisedDays), StepText.format(c.steps)]
            out += fields.map(quote).joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func word(_ o: CaseOutcome) -> String {
        switch o { case .approved: "准予"; case .refused: "不予许可"; case .withdrawn: "撤回" }
    }

    /// Quoted as RFC 4180 wants, not neutralised: the import reads these cells back as they are.
    static func quote(_ s: String) -> String { SpreadsheetCell.quoted(s) }
}
