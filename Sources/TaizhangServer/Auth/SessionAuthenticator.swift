import Crypto
import Fluent
import TaizhangDomain
import Vapor

/// Authenticates by `Authorization: Bearer <token>` (scripts) or the `tz_session`
/// cookie (browsers). Cookie-authenticated mutations must carry the CSRF token in the
/// `X-CSRF-Token` header or a `_csrf` form field.
struct SessionAuthenticator: AsyncMiddleware {
    static let cookieName = "tz_session"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let bearer = request.headers.bearerAuthorization?.token
        if let raw = bearer ?? request.cookies[Self.cookieName]?.string,
           let context = try await Self.context(for: raw, viaCookie: bearer == nil, on: request) {
            // The login form carries its own pre-session token (double submit); a stale session
            // cookie must not block signing in again.
            if context.viaCookie && ![.GET, .HEAD, .OPTIONS].contains(request.method) && request.url.path != "/login" {
                let sent = try await Self.sentToken(request)
                guard let sent, Self.constantTimeEqual(sent, context.csrf) else {
                    throw AppError(.forbidden, "csrf", zh: "表单已过期，请刷新页面后重试。", en: "Missing or invalid CSRF token; reload and try again.")
                }
            }
            request.auth.login(context)
        }
        return try await next.respond(to: request)
    }

    /// The CSRF token of a mutation: the `X-CSRF-Token` header, else `_csrf` in the URL (upload
    /// forms carry it in their action), else the `_csrf` field of a small urlencoded form. A
    /// multipart body is never read for it: an upload without a valid token is refused before
    /// a byte of it is parsed (issue #12: a 50 MB bogus upload used to be parsed first).
    static func sentToken(_ request: Request) async throws -> String? {
        if let header = request.headers.first(name: "X-CSRF-Token") { return header }
        if let query = request.query[String.self, at: "_csrf"] { return query }
        guard request.headers.contentType?.type != "multipart" else { return nil }
        if request.body.data == nil {
            let max = request.route?.declaredMaxBody ?? request.application.routes.defaultMaxBodySize.value
            _ = try await request.body.collect(max: max).get()
        }
        return (try? WebForm.read(request))?.values["_csrf"]
    }

    static func hash(_ token: String) -> String {
        // Hex by table: `String(format:)` per byte cost more than the hash on every request.
        let digits = Array("0123456789abcdef".utf8)
        var hex = [UInt8](); hex.reserveCapacity(64)
        for b in SHA256.hash(data: Data(token.utf8)) { hex.append(digits[Int(b >> 4)]); hex.append(digits[Int(b & 0x0F)]) }
        return String(decoding: hex, as: UTF8.self)
    }

    static func randomToken() -> String {
        [UInt8].random(count: 32).base64.replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "=", with: "")
    }

    private static func context(for raw: String, viaCookie: Bool, on req: Request) async throws -> AuthContext? {
        guard raw.count <= 200 else { return nil }
        return try await req.application.authCache.context(hash: hash(raw), viaCookie: viaCookie, now: req.now, on: req.db)
    }

    private static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
