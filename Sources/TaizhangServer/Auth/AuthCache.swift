import Fluent
import Foundation
import NIOConcurrencyHelpers
import SQLKit
import TaizhangDomain
import Vapor

/// Who a token belongs to, looked up in one query (token, user and role grants joined)
/// and kept for a few seconds: a busy script sends thousands of requests a minute with
/// the same token. Logging out drops the token here at once; other changes to a user's
/// tokens, password or grants (in this process: `invalidate(user:)`; on other instances:
/// nothing) take effect within `maxAge`. Bounded: when full it starts over.
final class AuthCache: Sendable {
    struct Entry: Sendable {
        var context: AuthContext
        var validUntil: Date
    }

    let maxAge: TimeInterval
    let capacity: Int
    private let entries = NIOLockedValueBox<[String: Entry]>([:])

    init(maxAge: TimeInterval = 5, capacity: Int = 10_000) {
        self.maxAge = maxAge; self.capacity = capacity
    }

    /// The caller of token `hash` (viaCookie decides the CSRF rule), or nil when the token
    /// is unknown or expired.
    func context(hash: String, viaCookie: Bool, now: Date, on db: @autoclosure () -> any Database) async throws -> AuthContext? {
        if let e = entries.withLockedValue({ $0[hash] }), e.validUntil > now {
            var c = e.context
            c.viaCookie = viaCookie
            return c
        }
        guard let loaded = try await Self.load(hash: hash, viaCookie: viaCookie, on: db()), loaded.1 > now else {
            entries.withLockedValue { _ = $0.removeValue(forKey: hash) }
            return nil
        }
        let (context, expiresAt) = loaded
        entries.withLockedValue {
            if $0.count >= capacity { $0.removeAll(keepingCapacity: true) }
            $0[hash] = Entry(context: context, validUntil: min(expiresAt, now.addingTimeInterval(maxAge)))
        }
        return context
    }

    func invalidate(hash: String) { entries.withLockedValue { _ = $0.removeValue(forKey: hash) } }

    func invalidate(tokenID: Int) { entries.withLockedValue { $0 = $0.filter { $0.value.context.tokenID != tokenID } } }

    func invalidate(user: Int) { entries.withLockedValue { $0 = $0.filter { $0.value.context.userID != user } } }

    func invalidateAll() { entries.withLockedValue { $0.removeAll() } }

    /// One round trip: the token's row with its user and every grant of the user (one row
    /// per grant; a user without grants gives one row with NULLs). A disabled account's tokens
    /// answer nothing (its tokens are also deleted when it is disabled).
    static func load(hash: String, viaCookie: Bool, on db: any Database) async throws -> (AuthContext, Date)? {
        let rows = try await (db as! any SQLDatabase).raw("""
            SELECT t.id AS token_id, t.user_id, t.csrf, t.expires_at, u.username, u.display_name, u.must_change_password, g.unit_id, g.role
            FROM tokens t JOIN users u ON u.id = t.user_id LEFT JOIN role_grants g ON g.user_id = t.user_id
            WHERE t.token_hash = \(bind: hash) AND u.disabled_at IS NULL
            """).all()
        guard let first = rows.first else { return nil }
        let grants = try rows.compactMap { r -> RoleGrant? in
            guard let unit = try r.decodeNil(column: "unit_id") ? nil : r.decode(column: "unit_id", as: Int.self),
                  let role = Role(rawValue: try r.decode(column: "role", as: String.self)) else { return nil }
            return RoleGrant(unitID: unit, role: role)
        }
        let context = AuthContext(userID: try first.decode(column: "user_id", as: Int.self),
                                  username: try first.decode(column: "username", as: String.self),
                                  displayName: try first.decode(column: "display_name", as: String.self),
                                  grants: grants, tokenID: try first.decode(column: "token_id", as: Int.self),
                                  viaCookie: viaCookie, csrf: try first.decode(column: "csrf", as: String.self),
                                  mustChangePassword: try first.decode(column: "must_change_password", as: Bool.self))
        return (context, try first.decode(column: "expires_at", as: Date.self))
    }
}

extension Application {
    private struct AuthCacheKey: StorageKey { typealias Value = AuthCache }

    var authCache: AuthCache {
        get {
            if let c = storage[AuthCacheKey.self] { return c }
            let c = AuthCache()
            storage[AuthCacheKey.self] = c
            return c
        }
        set { storage[AuthCacheKey.self] = newValue }
    }
}
