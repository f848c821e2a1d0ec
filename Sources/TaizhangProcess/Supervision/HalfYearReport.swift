import TaizhangDomain

/// SPEC §4.3/§4.4: the half-yearly reports every zone/project files with the national
/// office — fund usage, and self-inspection (自查报告, whose findings become rectification items).
public enum HalfYearReportKind: String, Codable, Hashable, Sendable, CaseIterable {
    case fundUsage = "fund_usage", selfInspection = "self_inspection"
}

public struct HalfYearReport: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var unitID: Int
    public var kind: HalfYearReportKind
    public var period: Period
    public var filedOn: CivilDate
    public var copiesTo: [String]
    public var summary: String
    public var findings: [String]

    public init(id: Int, unitID: Int, kind: HalfYearReportKind, period: Period, filedOn: CivilDate, copiesTo: [String],
                summary: String, findings: [String] = []) {
        self.id = id; self.unitID = unitID; self.kind = kind; self.period = period; self.filedOn = filedOn
        self.copiesTo = copiesTo; self.summary = summary; self.findings = findings
    }
}

public enum HalfYearReports {
    public struct Gap: Codable, Hashable, Sendable {
        public var kind: HalfYearReportKind
        public var period: Period
        public var dueDate: CivilDate
    }

    /// SPEC §4.3/§4.4 "every half-year": the half-years among `halves` whose report of
    /// `kind` was due before `asOf` and was never filed. A late report fills the gap
    /// (the requirement is that it exists; lateness is visible from `filedOn`).
    public static func gaps(unitID: Int, kind: HalfYearReportKind, halves: [Period], reports: [HalfYearReport],
                            rules: ProcessRuleSet, asOf: CivilDate) -> [Gap] {
        guard let rule = rules.halfYearReport(kind) else { return [] }
        let filed = Set(reports.filter { $0.unitID == unitID && $0.kind == kind }.map(\.period))
        return halves.compactMap { h in
            let due = rule.dueRule.dueDate(for: h)
            return due < asOf && !filed.contains(h) ? Gap(kind: kind, period: h, dueDate: due) : nil
        }
    }
}
