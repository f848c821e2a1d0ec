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
