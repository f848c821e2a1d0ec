import TaizhangDocument
import TaizhangDomain
import Vapor

// Domain values returned by the API as-is (the domain stays free of Vapor).
extension Indicator: Content {}
extension ReportingPlan: Content {}
extension ValidationRule: Content {}
extension OutgoingReminder: Content {}
extension DocumentDiff: Content {}

/// Names that clash with Foundation (`Unit`) and Vapor (`ValidationResult`).
typealias DomainUnit = TaizhangDomain.Unit
typealias RuleResult = TaizhangDomain.ValidationResult
