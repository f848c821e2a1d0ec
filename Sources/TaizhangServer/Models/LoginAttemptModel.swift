import Fluent
import TaizhangDomain
import Vapor

/// Recent failed logins of one key: `scope` "user" (the username typed, known or not, so
/// unknown names are throttled like known ones) or "address" (the client address).
final class LoginAttemptModel: Model, @unchecked Sendable {
    static let schema = "login_attempts"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "scope") var scope: String
    @Field(key: "key") var key: String
    @Field(key: "failures") var failures: Int
    @Field(key: "last_failure_at") var lastFailureAt: Date

    init() {}
    init(scope: String, key: String) { self.scope = scope; self.key = key; failures = 0; lastFailureAt = Date(timeIntervalSince1970: 0) }

    var state: LoginThrottle.State { LoginThrottle.State(failures: failures, lastFailure: failures == 0 ? nil : lastFailureAt) }
}
