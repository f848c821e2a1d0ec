import TaizhangWeb
import Vapor

/// For the browser pages (everything outside /api, /static and /health): a missing session
/// goes to the login page, `?lang=` is remembered in a cookie, and errors render as pages
/// in the user's language instead of JSON.
struct WebMiddleware: AsyncMiddleware {
    static func isPage(_ req: Request) -> Bool {
        let path = req.url.path
        return !(path.hasPrefix("/api/") || path == "/api" || path.hasPrefix("/static/") || path == "/health" || path == "/metrics")
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard Self.isPage(request) else { return try await next.respond(to: request) }
        var response: Response
        do {
            response = try await next.respond(to: request)
        } catch {
            response = await Self.errorPage(error, request)
        }
        if let lang = request.query[String.self, at: "lang"], ["zh", "en"].contains(lang) {
            response.cookies["tz_lang"] = HTTPCookies.Value(string: lang, maxAge: 365 * 86400, path: "/", isHTTPOnly: false, sameSite: .lax)
        }
        return response
    }

    static func errorPage(_ error: any Error, _ req: Request) async -> Response {
        let app = AppErrorMiddleware.appError(error)
        if app.status == .unauthorized {
            let next = req.method == .GET ? req.url.string : "/"
            return req.seeOther("/login?next=" + (next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"))
        }
        if app.status == .internalServerError { req.logger.report(error: error) }
        let model = ErrorPage.Model(status: Int(app.status.code), message: req.language == .en ? app.en : app.zh)
        if req.auth.has(AuthContext.self), let ctx = try? await req.pageContext() {
            return req.html(ErrorPage.render(model, ctx), status: app.status)
        }
        return req.html(ErrorPage.render(model, lang: req.language), status: app.status)
    }
}
