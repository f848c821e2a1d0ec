import Foundation
import TaizhangDomain
import TaizhangProcess

/// A demonstration zone's or project's process records (SPEC §4) as the summary needs
/// them: the dossier the acceptance reads, plus the liaison meetings, the media adoptions
/// and the reporting plans the publicity score is computed from. Record ids are the
/// stored rows' ids (`SourceRef.record(type, id)` traces every number to them); the
/// dossier's reports are submissions, by submission id.
public struct CreationWorkSource: Sendable {
    public var dossier: ProcessDossier
    public var rules: ProcessRuleSet
    public var liaisonMeetings: [LiaisonMeeting]
    public var adoptions: [MediaAdoption]
    public var plans: [ReportingPlan]

    public init(dossier: ProcessDossier, rules: ProcessRuleSet, liaisonMeetings: [LiaisonMeeting] = [],
                adoptions: [MediaAdoption] = [], plans: [ReportingPlan] = []) {
        self.dossier = dossier; self.rules = rules; self.liaisonMeetings = liaisonMeetings
        self.adoptions = adoptions; self.plans = plans
    }

    public var creation: Creation { dossier.creation }
    public var unitID: Int { dossier.unitID }
}

/// Record types of `SourceRef.record` for SPEC §4 (the server's trace resolver reads each).
public enum ProcessRecordType {
    public static let leadingGroup = "leading_group"
    public static let groupMeeting = "group_meeting"
    public static let liaison = "liaison"
    public static let liaisonMeeting = "liaison_meeting"
    public static let fundPlan = "fund_plan"
    public static let expenditure = "expenditure"
    public static let submission = "submission"
    public static let adoption = "adoption"
    public static let inspection = "inspection"
    public static let halfYearReport = "half_year_report"
    public static let rectification = "rectification"
}
