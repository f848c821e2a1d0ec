import TaizhangDomain
import TaizhangProcess
import Vapor

// Process values returned by the API as they are (the pure target stays free of Vapor).
extension AcceptancePart: Content {}
extension AnnualRubricAssessment: Content {}
extension CircularRow: Content {}
extension Expenditure: Content {}
extension FundPlan: Content {}
extension GroupMeeting: Content {}
extension HalfYearFundReport: Content {}
extension HalfYearReport: Content {}
extension Inspection: Content {}
extension LeadingGroup: Content {}
extension Liaison: Content {}
extension LiaisonMeeting: Content {}
extension MediaAdoption: Content {}
extension PublicityScore: Content {}
extension RectificationItem: Content {}
extension SiteVisit: Content {}
extension Term: Content {}
extension VisitResult: Content {}
