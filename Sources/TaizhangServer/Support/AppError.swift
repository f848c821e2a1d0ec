import TaizhangDomain
import Vapor

/// An error a user can understand: HTTP status, a code, and the message in Chinese and English.
struct AppError: AbortError, Sendable {
    var status: HTTPResponseStatus
    var code: String
    var zh: String
    var en: String
    var field: String?
    /// Further problems (e.g. every invalid field of a form, every failed validation rule).
    var details: [DomainError] = []

    var reason: String { en }

    init(_ status: HTTPResponseStatus, _ code: String, zh: String, en: String, field: String? = nil, details: [DomainError] = []) {
        self.status = status; self.code = code; self.zh = zh; self.en = en; self.field = field; self.details = details
    }

    static func invalid(_ problems: [DomainError]) -> AppError {
        let first = problems[0]
        return AppError(.unprocessableEntity, first.code, zh: first.zh, en: first.en, field: first.field, details: problems)
    }

    static let unauthenticated = AppError(.unauthorized, "unauthenticated", zh: "请先登录。", en: "Please log in.")
    static let forbidden = AppError(.forbidden, "forbidden", zh: "您无权访问该单位的数据。", en: "You have no access to this unit.")
    static func notFound(_ what: String, zh: String) -> AppError {
        AppError(.notFound, "not_found", zh: "未找到\(zh)。", en: "\(what) not found.")
    }
    static func badRequest(_ code: String, zh: String, en: String, field: String? = nil) -> AppError {
        AppError(.badRequest, code, zh: zh, en: en, field: field)
    }
}

/// The JSON body of every error response.
struct ErrorBody: Content {
    struct Detail: Content { var code: String; var message: String; var messageEn: String; var field: String? }
    var error: Bool = true
    var code: String
    var message: String
    var messageEn: String
    var field: String?
    var details: [Detail]
}
