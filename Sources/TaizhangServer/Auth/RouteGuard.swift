import Foundation
import TaizhangDomain
import Vapor

/// Applies `RoutePolicy` to every request before its handler runs: a route without a rule is
/// refused; every route that is not open needs a signed-in caller (so an anonymous call gets
/// 401 before any parameter is looked at); global rules and units named by the path, the
/// query, a JSON body field or the record the path names (`RecordUnits`) are decided here by
/// `AccessScope`; the handler's own finer check (which transition, which field) follows.
struct RouteGuard: AsyncMiddleware {
    /// What a user who must change their password may still do.
    static let whileMustChange: Set<String> = [
        "POST /api/auth/password", "GET /api/me", "POST /api/auth/logout",
        "GET /account/password", "POST /account/password", "POST /logout",
    ]

    static func key(_ route: Route) -> String {
        "\(route.method.rawValue) /" + route.path.map(\.description).joined(separator: "/")
    }

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let route = req.route else { return try await next.respond(to: req) }
        let key = Self.key(route)
        guard let rule = RoutePolicy.table[key] else {
            req.logger.error("No access rule for \(key): refused. Add it to RoutePolicy.")
            throw AppError(.forbidden, "no_access_rule", zh: "该接口尚未配置访问规则。", en: "This route has no access rule.")
        }
        if rule == .open { return try await next.respond(to: req) }
        guard let caller = req.auth.get(AuthContext.self) else { throw AppError.unauthenticated }
        if caller.mustChangePassword, !Self.whileMustChange.contains(key) {
            if WebMiddleware.isPage(req) { return req.seeOther("/account/password") }
            throw AppError(.forbidden, "password_change_required", zh: "请先修改密码（POST /api/auth/password）。",
                           en: "Change your password first (POST /api/auth/password).")
        }
        switch rule {
        case .global(let action):
            guard try await req.scope().can(action) else { throw AppError.forbidden }
        case .unit(let actions, .path):
            try await req.authorize(anyOf: actions, unit: try req.pathID())
        case .unit(let actions, .query(let name)):
            if let unit = req.query[Int.self, at: name] { try await req.authorize(anyOf: actions, unit: unit) }
        case .unit(let actions, .body(let field)):
            if let unit = Self.jsonInt(req, field) { try await req.authorize(anyOf: actions, unit: unit) }
        case .unit(let actions, .record(let kind)):
            if let id = req.parameters.get("id", as: Int.self), let unit = try await RecordUnits.unit(of: kind, id: id, on: req.db) {
                try await req.authorize(anyOf: actions, unit: unit)
            }
        case .unit(let actions, .current):
            if let unit = Self.currentUnit(req, caller) { try await req.authorize(anyOf: actions, unit: unit) }
        default:
            break
        }
        return try await next.respond(to: req)
    }

    /// The unit a page works on, as `Request.pageSession` picks it: the `tz_unit` cookie when it
    /// names one of the caller's units, else their first (nil without any grant: the page refuses).
    static func currentUnit(_ req: Request, _ caller: AuthContext) -> Int? {
        let own = caller.grants.map(\.unitID)
        let chosen = req.cookies[Request.unitCookie].flatMap { Int($0.string) }
        return own.first { $0 == chosen } ?? own.first
    }

    /// A top-level integer field of a UTF-8 JSON body already in memory (nil otherwise; the
    /// handler then decodes and checks).
    static func jsonInt(_ req: Request, _ field: String) -> Int? {
        // Only UTF-8: in GB18030 a character's second byte can be a backslash.
        let type = req.headers.jsonBody
        guard type.isJSON, ["utf-8", "utf8", nil].contains(type.charset), let body = req.body.data else { return nil }
        return body.withUnsafeReadableBytes { JSONPeek.int($0, key: field) }
    }
}

extension Request {
    /// Throws 403 unless the caller may take one of `actions` on `unitID` (404 if there is no such unit).
    @discardableResult
    func authorize(anyOf actions: Set<AccessScope.Action>, unit unitID: Int) async throws -> AccessScope {
        let s = try await scope()
        guard s.tree[unitID] != nil else { throw AppError.notFound("Unit", zh: "该单位") }
        guard actions.contains(where: { s.can($0, on: unitID) }) else { throw AppError.forbidden }
        return s
    }

    /// Throws 403 with the reason when `AccessScope` refuses (nil: allowed).
    func refuse(_ refusal: DomainError?) throws {
        if let r = refusal { throw AppError(.forbidden, r.code, zh: r.zh, en: r.en, field: r.field) }
    }
}
