import Fluent
import TaizhangDomain
import TaizhangWeb
import Vapor

/// What every page needs from the request: the signed-in user, their units and the one
/// they work in now (the `tz_unit` cookie, else their first unit), roles there, language,
/// CSRF token, today in Beijing time, and a flash message left by the last redirect.
extension Request {
    static let unitCookie = "tz_unit"
    static let flashCookie = "tz_flash"

    func pageContext() async throws -> PageContext { try await pageSession().ctx }

    /// The page context with the unit it works in and the caller's scope, read once.
    func pageSession() async throws -> (ctx: PageContext, unit: DomainUnit, scope: AccessScope) {
        let caller = try caller()
        let scope = try await scope()
        var seen = Set<Int>()
        let units = caller.grants.map(\.unitID).filter { seen.insert($0).inserted }
            .compactMap { scope.tree[$0] }.map { PageContext.UnitChoice(id: $0.id, name: $0.name) }
        guard let first = units.first else { throw AppError.forbidden }
        let chosen: Int? = cookies[Self.unitCookie].flatMap { Int($0.string) }
        let current = units.first { $0.id == chosen }?.id ?? first.id
        let ctx = PageContext(lang: language, csrf: caller.csrf, displayName: caller.displayName, units: units,
                              currentUnitID: current, roles: scope.roles(on: current), path: url.string,
                              today: CivilDate(now), flash: flash, processUnits: try await processUnits(from: current, scope: scope),
                              serviceCentres: Self.serviceCentres(from: current, scope: scope))
        return (ctx, scope.tree[current]!, scope)
    }

    /// The demonstration zones and projects (SPEC §4) readable in the unit's subtree, in tree order.
    private func processUnits(from unit: Int, scope: AccessScope) async throws -> [PageContext.UnitChoice] {
        let reach = scope.tree.subtree(of: unit).map(\.id).filter { scope.can(.read, on: $0) }
        let creations = Set(try await CreationModel.query(on: db).filter(\.$unitID ~~ reach).field(\.$unitID).all().map(\.unitID))
        return reach.filter(creations.contains).compactMap { scope.tree[$0] }.map { .init(id: $0.id, name: $0.name) }
    }

    /// The service centres (SPEC §7) a page may show from the unit: the centre it is or
    /// belongs to (its departments' people see it too), then those below it, in tree order.
    static func serviceCentres(from unit: Int, scope: AccessScope) -> [PageContext.UnitChoice] {
        let own = ([scope.tree[unit]].compactMap { $0 } + scope.tree.ancestors(of: unit)).filter { $0.kind == .serviceCenter }
        let below = scope.tree.subtree(of: unit).filter { $0.kind == .serviceCenter && scope.can(.read, on: $0.id) }
        var seen = Set<Int>()
        return (own + below).filter { seen.insert($0.id).inserted }.map { .init(id: $0.id, name: $0.name) }
    }

    private var flash: PageContext.Flash? {
        guard let raw = cookies[Self.flashCookie]?.string, let text = raw.removingPercentEncoding,
              let bar = text.firstIndex(of: "|"), let kind = PageContext.Flash.Kind(rawValue: String(text[..<bar])) else { return nil }
        return PageContext.Flash(kind, String(text[text.index(after: bar)...]))
    }

    /// A 303 to a local path, leaving a one-off message for the next page.
    func seeOther(_ path: String, flash: PageContext.Flash? = nil) -> Response {
        let response = redirect(to: Self.localPath(path) ?? "/", redirectType: .normal)
        if let flash {
            let value = "\(flash.kind.rawValue)|\(flash.message)".addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            response.cookies[Self.flashCookie] = HTTPCookies.Value(string: value, maxAge: 30, path: "/", isHTTPOnly: true, sameSite: .lax)
        }
        return response
    }

    /// Only paths on this site ("/ledger?x"), never "//evil.example" or "https://…": a
    /// `next` or `return_to` field must not send a signed-in user elsewhere.
    static func localPath(_ raw: String?) -> String? { LocalPath.validated(raw) }

    func html(_ body: String, status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: status, headers: headers, body: .init(string: body))
    }
}

extension Response {
    /// Clears the flash once a page has shown it.
    func clearingFlash(_ req: Request) -> Response {
        if req.cookies[Request.flashCookie] != nil {
            cookies[Request.flashCookie] = SessionTokens.expiredCookie
        }
        return self
    }
}
