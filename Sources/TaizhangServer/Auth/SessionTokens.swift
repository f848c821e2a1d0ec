import Fluent
import Foundation
import TaizhangDomain
import Vapor

/// Session and script tokens: issued (audited as security events) and carried in the
/// HttpOnly cookie; shared by the API's login, the login page and the account page.
enum SessionTokens {
    static let sessionLifetime: TimeInterval = 12 * 3600

    /// A new token for `userID` (the raw value is returned once; only its hash is stored).
    static func issue(for userID: Int, kind: String, name: String?, lifetime: TimeInterval,
                      on req: Request) async throws -> (String, TokenModel) {
        let raw = SessionAuthenticator.randomToken()
        let token = TokenModel(userID: userID, tokenHash: SessionAuthenticator.hash(raw), kind: kind,
                               csrf: SessionAuthenticator.randomToken(), name: name,
                               expiresAt: req.now.addingTimeInterval(lifetime))
        let username = try await UserModel.find(userID, on: req.db)?.username ?? "user \(userID)"
        var actor = Actor.system(username, tree: try await req.application.unitDirectory.tree(on: req.db))
        actor.userID = userID; actor.ip = req.clientIP
        try await req.writes.run(actor) { tx in
            try await token.create(on: tx.db)
            try await tx.audit(kind == "api" ? "create_token" : "create_session", entity: "token", id: token.id, unit: nil,
                               changes: [FieldChange(field: "name", old: nil, new: name),
                                         FieldChange(field: "expires_at", old: nil, new: AuditChain.timestamp(token.expiresAt))], kind: "security")
        }
        return (raw, token)
    }

    /// The HttpOnly session cookie for the whole site (API and pages).
    static func cookie(_ raw: String, _ token: TokenModel) -> HTTPCookies.Value {
        // Secure is added by `SecurityHeadersMiddleware` when served over HTTPS.
        HTTPCookies.Value(string: raw, expires: token.expiresAt, path: "/", isSecure: false, isHTTPOnly: true, sameSite: .lax)
    }

    /// A cookie value that makes the browser drop the cookie.
    static let expiredCookie = HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/")
}
