import Fluent
import TaizhangDomain
import TaizhangWeb
import Vapor

/// /account/password and /account/tokens: the browser side of `AccountController`.
enum AccountPageController {
    static func passwordPage(req: Request) async throws -> Response {
        let ctx = try await req.pageContext()
        return req.html(AccountPage.renderPassword(.init(mustChange: try req.caller().mustChangePassword), ctx)).clearingFlash(req)
    }

    static func changePassword(req: Request) async throws -> Response {
        let form = try WebForm.read(req).values
        let caller = try req.caller()
        let lang = req.language
        func fail(_ errors: [String: String], _ status: HTTPResponseStatus) async throws -> Response {
            let ctx = try await req.pageContext()
            let state = FormState(errors: errors, formError: lang == .en ? "The password was not changed." : "密码未修改。")
            return req.html(AccountPage.renderPassword(.init(form: state, mustChange: caller.mustChangePassword), ctx), status: status)
        }
        let new = form["new_password"] ?? ""
        guard new == form["confirm_password"] ?? "" else {
            return try await fail(["confirm_password": lang == .en ? "The two new passwords differ." : "两次输入的新密码不一致。"], .unprocessableEntity)
        }
        do {
            try await AccountController.change(req, current: form["current_password"] ?? "", new: new)
        } catch let e as AppError where e.status != .internalServerError {
            var errors: [String: String] = [:]
            for d in e.details.isEmpty ? [DomainError(e.code, zh: e.zh, en: e.en, field: e.field)] : e.details {
                errors[d.field ?? "new_password", default: ""] += lang == .en ? d.en + " " : d.zh
            }
            return try await fail(errors, e.status)
        }
        return req.seeOther("/", flash: .init(.success, lang == .en ? "Your password was changed." : "密码已修改。"))
    }

    static func tokensPage(req: Request) async throws -> Response {
        try await renderTokens(req, newToken: nil)
    }

    static func renderTokens(_ req: Request, newToken: String?, form: FormState = .empty, status: HTTPResponseStatus = .ok) async throws -> Response {
        let ctx = try await req.pageContext()
        let rows = try await AccountController.tokens(req: req).map {
            AccountPage.TokenRow(id: $0.id, name: $0.name ?? "—", kind: $0.kind, created: $0.createdAt.map { CivilDate($0) },
                                 expires: CivilDate($0.expiresAt), current: $0.current)
        }
        let days = Int(req.application.appConfig.security.tokenLifetime / 86400)
        return req.html(AccountPage.renderTokens(.init(rows: rows, newToken: newToken, lifetimeDays: days, form: form), ctx), status: status)
            .clearingFlash(req)
    }

    static func createToken(req: Request) async throws -> Response {
        let caller = try req.caller()
        let name = (try WebForm.read(req).values["name"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if let problem = name.isEmpty ? DomainError("required", zh: "请填写名称。", en: "A name is required.", field: "name")
            : TextRules.problem(name, field: "name", max: TextRules.nameMax) {
            let state = FormState(values: ["name": name], errors: ["name": req.language == .en ? problem.en : problem.zh])
            return try await renderTokens(req, newToken: nil, form: state, status: .unprocessableEntity)
        }
        return try await renderTokens(req, newToken: try await AccountController.issueScriptToken(req, userID: caller.userID, name: name))
    }

    static func revokeToken(req: Request) async throws -> Response {
        try await AccountController.revoke(try req.pathID(), req: req)
        return req.seeOther("/account/tokens", flash: .init(.success, req.language == .en ? "The token was revoked." : "令牌已吊销。"))
    }
}
