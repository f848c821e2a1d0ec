import Fluent
import TaizhangDomain
import Vapor

/// Every password check goes through here (API login, login page): throttled per username
/// and per client address (`LoginThrottle`), the same bcrypt work whether or not the user
/// exists (an unknown name used to answer in 2.5 ms, a known one in 90 ms), and every
/// failure and lock audited.
enum LoginGate {
    enum Outcome {
        case ok(UserModel)
        case wrong
        case throttled(until: Date, locked: Bool)
    }

    /// Per username: the numbers (delay after 5 failures, lock after 10).
    static let throttle = LoginThrottle()
    /// Per client address: an office behind one address has many users who mistype now and
    /// then, so its bar is higher; a password spray from one address is still slowed and locked.
    static let addressThrottle = LoginThrottle(delayAfter: 20, lockAfter: 50)

    static func throttle(for scope: String) -> LoginThrottle { scope == "address" ? addressThrottle : throttle }

    /// `signIn`: a login (audited as such) rather than re-checking the password before a change.
    static func attempt(username: String, password: String, signIn: Bool = true, on req: Request) async throws -> Outcome {
        let now = req.now
        let keys = [("user", username.lowercased()), ("address", clientAddress(req))]
        var rows: [LoginAttemptModel] = []
        for (scope, key) in keys {
            rows.append(try await LoginAttemptModel.query(on: req.db).filter(\.$scope == scope).filter(\.$key == key).first()
                ?? LoginAttemptModel(scope: scope, key: key))
        }
        for row in rows {
            if case .wait(let until, let locked) = throttle(for: row.scope).verdict(row.state, now: now) {
                try await audit(req, "login_throttled", username: username, detail: ["scope": row.scope, "until": "\(until)"])
                return .throttled(until: until, locked: locked)
            }
        }
        let user = try await UserModel.query(on: req.db).filter(\.$username == username).first()
        let hash: String
        if let user { hash = user.passwordHash } else { hash = try await dummyHash(cost: req.application.dependencies.bcryptCost) }
        let matches = try await req.application.threadPool.runIfActive { (try? Bcrypt.verify(password, created: hash)) == true }
        if let user, matches {
            // Only the username's failures are forgiven: logging into one's own account must not
            // reset the count of an address that is guessing other people's passwords.
            for row in rows where row.id != nil && row.scope == "user" { try await row.delete(on: req.db) }
            if signIn { try await SecurityLog.record(req, "login", username: user.username, userID: user.id) }
            return .ok(user)
        }
        var locked = false
        for row in rows {
            let t = throttle(for: row.scope)
            let next = t.afterFailure(row.state, now: now)
            row.failures = next.failures; row.lastFailureAt = now
            try await row.save(on: req.db)
            if next.failures == t.lockAfter { locked = true }
        }
        try await audit(req, locked ? "login_locked" : "login_failed", username: username, detail: ["known": user == nil ? "no" : "yes"])
        return .wrong
    }

    static func clientAddress(_ req: Request) -> String { req.clientIP ?? "unknown" }

    /// A security event (kind `security` in the chained audit log) under the name that was tried.
    static func audit(_ req: Request, _ action: String, username: String, detail: [String: String]) async throws {
        try await SecurityLog.record(req, action, username: String(username.prefix(64)),
                                     changes: detail.sorted { $0.key < $1.key }.map { FieldChange(field: $0.key, old: nil, new: $0.value) })
    }

    /// A bcrypt hash at the configured cost, so an unknown username costs one verification too.
    static func dummyHash(cost: Int) async throws -> String {
        try await DummyHashes.shared.hash(cost: cost)
    }

    /// The 429 a throttled attempt answers, with Retry-After.
    static func throttledError(until: Date, locked: Bool, now: Date) -> AppError {
        let seconds = max(1, Int(until.timeIntervalSince(now).rounded(.up)))
        let wait = seconds >= 60 ? "\((seconds + 59) / 60)分钟" : "\(seconds)秒"
        return AppError(.tooManyRequests, locked ? "login_locked" : "login_throttled",
                        zh: locked ? "登录失败次数过多，已暂时锁定，请\(wait)后再试。" : "登录失败次数较多，请\(wait)后再试。",
                        en: locked ? "Too many failed logins: locked; try again in \(seconds) s." : "Too many failed logins; try again in \(seconds) s.",
                        details: [DomainError("retry_after", zh: "\(seconds)", en: "\(seconds)")])
    }
}

/// One dummy hash per cost, computed once.
actor DummyHashes {
    static let shared = DummyHashes()
    var byCost: [Int: String] = [:]
    func hash(cost: Int) throws -> String {
        if let h = byCost[cost] { return h }
        let h = try Bcrypt.hash(SessionAuthenticator.randomToken(), cost: cost)
        byCost[cost] = h
        return h
    }
}
