import TaizhangDomain
import Vapor

/// Turns every error into a JSON body with a Chinese and an English message; the
/// `message` field follows the caller's language (Accept-Language or ?lang=), Chinese by default.
struct AppErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let response = Self.response(for: error, request: request)
            if response.status == .forbidden {
                // A refused request is a security event (never let recording it fail the answer).
                try? await SecurityLog.record(request, "forbidden", changes: [FieldChange(field: "path", old: nil, new: "\(request.method.rawValue) \(request.url.path)")])
            }
            return response
        }
    }

    static func response(for error: any Error, request: Request) -> Response {
        let app = Self.appError(error)
        if app.status == .internalServerError { request.logger.report(error: error) }
        let english = request.language == .en
        let body = ErrorBody(code: app.code, message: english ? app.en : app.zh, messageEn: app.en, field: app.field.map(snakeCased),
                             details: app.details.map { .init(code: $0.code, message: english ? $0.en : $0.zh, messageEn: $0.en, field: $0.field.map(snakeCased)) })
        let response = Response(status: app.status)
        try? response.content.encode(body, using: JSONEncoder.api)
        if app.status == .tooManyRequests, let seconds = app.details.first(where: { $0.code == "retry_after" })?.en {
            response.headers.replaceOrAdd(name: .retryAfter, value: seconds)
        }
        return response
    }

    /// The API's field names are snake_case (`displayName` → `display_name`, `lineID` →
    /// `line_id`, `entries[2].unitId` → `entries[2].unit_id`), whatever the code called them.
    static func snakeCased(_ field: String) -> String {
        var out = "", previous: Character? = nil
        let chars = Array(field)
        for (i, c) in chars.enumerated() {
            if c.isUppercase, let p = previous, p.isLetter || p.isNumber {
                let nextLower = i + 1 < chars.count && chars[i + 1].isLowercase
                if p.isLowercase || p.isNumber || nextLower { out.append("_") }
            }
            out.append(contentsOf: c.lowercased()); previous = c
        }
        return out
    }

    static func appError(_ error: any Error) -> AppError {
        switch error {
        case let e as AppError: return e
        case let e as DecodingError: return decodingError(e)
        case let e as AbortError where e.status == .payloadTooLarge:
            return AppError(.payloadTooLarge, "body_too_large", zh: "提交的数据过大。", en: "The request body is too large.")
        case let e as AbortError:
            return AppError(e.status, "http_\(e.status.code)", zh: chinese(for: e.status), en: e.reason)
        default:
            return AppError(.internalServerError, "internal", zh: "服务器内部错误，请稍后再试。", en: "Internal server error.")
        }
    }

    private static func decodingError(_ e: DecodingError) -> AppError {
        func path(_ c: [any CodingKey]) -> String {
            c.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: ["."])
        }
        switch e {
        case .keyNotFound(let key, let ctx):
            let f = path(ctx.codingPath + [key])
            return .badRequest("missing_field", zh: "缺少字段“\(f)”。", en: "Missing field “\(f)”.", field: f)
        case .typeMismatch(_, let ctx), .valueNotFound(_, let ctx):
            let f = path(ctx.codingPath)
            return .badRequest("wrong_type", zh: "字段“\(f)”的类型不正确。", en: "Field “\(f)” has the wrong type.", field: f)
        case .dataCorrupted(let ctx) where !ctx.codingPath.isEmpty:
            let f = path(ctx.codingPath)
            return .badRequest("invalid_value", zh: "字段“\(f)”的值无效。", en: "Field “\(f)” has an invalid value: \(ctx.debugDescription)", field: f)
        default:
            return .badRequest("malformed_json", zh: "请求内容不是有效的JSON。", en: "The request body is not valid JSON.")
        }
    }

    private static func chinese(for status: HTTPResponseStatus) -> String {
        switch status.code {
        case 404: "未找到该页面或接口。"
        case 405: "不支持该请求方法。"
        case 415: "不支持的内容类型，请使用JSON。"
        case 400: "请求无效。"
        default: "请求失败。"
        }
    }
}

/// The same headers on every response: pages, JSON, files and errors (it is the outermost
/// middleware, so the error responses `AppErrorMiddleware` builds pass through it too).
struct SecurityHeadersMiddleware: AsyncMiddleware {
    static let contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
        // Pages load only our own stylesheet and script (no inline code, no third-party
        // origin), so an injected <script> or style attribute could not run even if escaping failed.
        response.headers.replaceOrAdd(name: "Content-Security-Policy", value: Self.contentSecurityPolicy)
        // Over HTTPS (configured, or the request says so through a proxy): cookies only over
        // HTTPS, and browsers told to keep using HTTPS (HSTS only when configured: a header a
        // client could fake must not pin a plain-HTTP deployment).
        let https = request.application.appConfig.security.https
        if https || request.headers.first(name: "X-Forwarded-Proto")?.lowercased() == "https" || request.url.scheme == "https" {
            for (name, var cookie) in response.cookies.all where !cookie.isSecure {
                cookie.isSecure = true
                response.cookies[name] = cookie
            }
        }
        if https { response.headers.replaceOrAdd(name: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains") }
        return response
    }
}
