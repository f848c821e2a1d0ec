import TaizhangService
import Vapor

// Service values returned by the API as they are (the pure target stays free of Vapor).
extension AppraisalRecord: Content {}
extension Invitation: Content {}
extension MonthlyScore: Content {}
extension Rating: Content {}
extension RatingFix: Content {}
extension ServiceItem: Content {}
extension ServiceStaff: Content {}
extension ServiceWindow: Content {}
extension StarElection: Content {}
extension SupervisionOrder: Content {}

// The service use cases' answers (UseCases/Service stays free of Vapor).
extension CaseView: Content {}
extension FixView: Content {}
extension OrderView: Content {}
extension ServiceAppraisal.ScoreView: Content {}
extension ServiceAppraisal.StarsView: Content {}
extension ServiceCases.Detail: Content {}
extension ServiceCases.ListResponse: Content {}
extension ServiceImports.Result: Content {}
extension ServiceRates.Board: Content {}
extension ServiceRates.RatesResponse: Content {}
extension ServiceRatings.RatingView: Content {}
extension ServiceSatisfaction.SatisfactionView: Content {}
