import TaizhangDomain

/// The process records of the demo (SPEC §4): the demo zone, the demo project and a
/// second project the veto catches, with everything §4 keeps on file.
public struct ProcessDemoData: Codable, Hashable, Sendable {
    public var today: CivilDate
    /// Zone 城关街道, project 沙门镇 (their unit flags), and 白石镇, treated as a second
    /// project here only (its unit has no flag).
    public var creations: [Creation]
    /// The unit that fails the veto: no liaison, a missing self-inspection report and an
    /// expenditure outside the approved plan lines.
    public var vetoedUnitID: Int
    /// `DemoData.submissions` as records; `id` is the 1-based position in that array (a
    /// loader maps it to the stored submission's id, as it maps unit and plan ids).
    public var reports: [ReportRecord]
    public var groups: [LeadingGroup]
    public var liaisons: LiaisonRoster
    public var liaisonMeetings: [LiaisonMeeting]
    public var fundPlans: [FundPlan]
    public var expenditures: [Expenditure]
    public var halfYearReports: [HalfYearReport]
    public var inspections: [Inspection]
    public var rectifications: [RectificationItem]
    public var adoptions: [MediaAdoption]
    public var siteVisits: [SiteVisit]
    /// The assessors' scores of the acceptance indicators with source `input`.
    public var indicatorInputs: [IndicatorInput]

    public func creation(_ unitID: Int) -> Creation? { creations.first { $0.unitID == unitID } }

    public func inputs(_ unitID: Int) -> [String: Double] {
        Dictionary(indicatorInputs.filter { $0.unitID == unitID }.map { ($0.code, $0.value) }, uniquingKeysWith: { $1 })
    }

    /// Everything on file for one creation unit.
    public func dossier(_ unitID: Int) -> ProcessDossier? {
        guard let c = creation(unitID) else { return nil }
        return ProcessDossier(creation: c, group: groups.first { $0.unitID == unitID }, liaisons: liaisons,
                              fundPlan: fundPlans.first { $0.unitID == unitID },
                              expenditures: expenditures.filter { $0.unitID == unitID },
                              halfYearReports: halfYearReports.filter { $0.unitID == unitID },
                              inspections: inspections.filter { $0.unitID == unitID },
                              rectifications: rectifications.filter { $0.unitID == unitID },
                              reports: reports.filter { $0.unitID == unitID })
    }
}

public struct IndicatorInput: Codable, Hashable, Sendable {
    public var unitID: Int
    public var code: String
    public var value: Double
}
