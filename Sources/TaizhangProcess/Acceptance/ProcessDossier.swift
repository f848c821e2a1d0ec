import TaizhangDomain

/// Everything on file about one zone's/project's creation process: what the compliance
/// checks and the acceptance read.
public struct ProcessDossier: Codable, Hashable, Sendable {
    public var creation: Creation
    public var group: LeadingGroup?
    public var liaisons: LiaisonRoster
    public var fundPlan: FundPlan?
    public var expenditures: [Expenditure]
    public var halfYearReports: [HalfYearReport]
    public var inspections: [Inspection]
    public var rectifications: [RectificationItem]
    /// Its submissions under the reporting plans.
    public var reports: [ReportRecord]

    public init(creation: Creation, group: LeadingGroup? = nil, liaisons: LiaisonRoster = LiaisonRoster(), fundPlan: FundPlan? = nil,
                expenditures: [Expenditure] = [], halfYearReports: [HalfYearReport] = [], inspections: [Inspection] = [],
                rectifications: [RectificationItem] = [], reports: [ReportRecord] = []) {
        self.creation = creation; self.group = group; self.liaisons = liaisons; self.fundPlan = fundPlan
        self.expenditures = expenditures; self.halfYearReports = halfYearReports; self.inspections = inspections
        self.rectifications = rectifications; self.reports = reports
    }

    public var unitID: Int { creation.unitID }
}

/// One basic requirement checked against a dossier: passed, or the reasons it failed.
public struct RequirementCheck: Codable, Hashable, Sendable {
    public var requirement: RequirementRule
    public var reasons: [Term]
    public var passed: Bool { reasons.isEmpty }
}
