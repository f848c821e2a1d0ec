import TaizhangDomain
import Vapor

extension Request {
    /// Segregation of duties as configured (on unless TAIZHANG_SEGREGATION_OF_DUTIES=0).
    var duties: SegregationOfDuties { SegregationOfDuties(enabled: application.appConfig.security.segregationOfDuties) }
}
