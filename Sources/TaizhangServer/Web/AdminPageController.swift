import Fluent
import Foundation
import TaizhangDomain
import TaizhangWeb
import Vapor

/// /admin: the administration hub, and the users page (`Users` use cases; creating through
/// `UserService`, resets through `AccountController.setPassword`, as the API does).
enum AdminPageController {
    static func hub(req: Request) async throws -> Response {
        let (ctx, _, scope) = try await req.pageSession()
        try requireManager(scope)
        return req.html(AdminPage.render(isAdmin: scope.isAdmin, ctx)).clearingFlash(req)
    }

    /// An admin, or a supervisor (she manages her subtree's users and units).
    static func requireManager(_ scope: AccessScope) throws {
        guard scope.isAdmin || scope.grants.contains(where: { $0.role == .supervisor }) else { throw AppError.forbidden }
    }

    static func users(req: Request) async throws -> Response {
        try await renderUsers(req)
    }

    static func renderUsers(_ req: Request, form: FormState = .empty, openUser: Int? = nil, rowForm: FormState = .empty,
                            status: HTTPResponseStatus = .ok) async throws -> Response {
        let (ctx, _, scope) = try await req.pageSession()
        try requireManager(scope)
        let actor = try await req.actor()
        let me = try req.caller().userID
        let rows = try await Users.manageable(actor: actor, on: req.db).map { user, grants in
            UsersPage.Row(id: user.id!, username: user.username, displayName: user.displayName, email: user.email,
                          grants: grants.map { .init(unitID: $0.unitID, unitName: scope.tree[$0.unitID]?.name ?? "", role: $0.role) },
                          status: user.disabledAt != nil ? .disabled : user.mustChangePassword ? .mustChange : .active, isSelf: user.id == me)
        }
        let units = managedUnits(scope).map { PlanChoice(id: $0.id, name: $0.name) }
        let roles: [Role] = scope.isAdmin ? [.staff, .liaison, .leader, .confirmer, .supervisor, .admin]
            : [.staff, .liaison, .leader, .confirmer, .supervisor]
        let model = UsersPage.Model(rows: rows, units: units, roles: roles, isAdmin: scope.isAdmin, form: form,
                                    openUser: openUser, rowForm: rowForm)
        return req.html(UsersPage.render(model, ctx), status: status).clearingFlash(req)
    }

    /// The units the caller manages, in tree order, each named with its place ("城关街道 › 新华社区").
    static func managedUnits(_ scope: AccessScope) -> [DomainUnit] {
        scope.tree.roots.flatMap { scope.tree.subtree(of: $0) }.filter { scope.can(.manage, on: $0.id) }
    }

    /// POST /admin/users.
    static func createUser(req: Request) async throws -> Response {
        let form = try WebForm.read(req).values
        let lang = req.language
        let grant = Int(form["unit_id"] ?? "").flatMap { unit in Role(rawValue: form["role"] ?? "").map { RoleGrant(unitID: unit, role: $0) } }
        do {
            guard let grant else {
                throw AppError.badRequest("role_required", zh: "请选择单位和角色。", en: "Choose a unit and a role.", field: "role")
            }
            let actor = try await req.actor()
            if let r = actor.scope.refusalToGrant([grant]) { throw AppError(.forbidden, r.code, zh: r.zh, en: r.en, field: "role") }
            let email = (form["email"] ?? "").trimmingCharacters(in: .whitespaces)
            if !email.isEmpty, !Self.looksLikeEmail(email) {
                throw AppError.badRequest("invalid_email", zh: "电子邮箱格式不正确。", en: "Not an e-mail address.", field: "email")
            }
            let user = try await UserService.create(username: form["username"] ?? "", displayName: (form["display_name"] ?? "").trimmingCharacters(in: .whitespaces),
                                                    password: form["password"] ?? "", grants: [grant],
                                                    cost: req.application.dependencies.bcryptCost, actor: actor, writes: req.writes,
                                                    policy: .standard)
            if !email.isEmpty { try await Users.setEmail(user.id!, email, actor: actor, writes: req.writes) }
            return req.seeOther("/admin/users#user-\(user.id!)", flash: .init(.success, lang == .en
                ? "User \(user.username) created; they choose their own password at the first sign-in."
                : "已新建用户“\(user.username)”，其首次登录时须修改密码。"))
        } catch let e as AppError where e.status != .internalServerError {
            var values = form
            values["password"] = nil
            return try await renderUsers(req, form: state(e, values: values, lang: lang, fallbackField: "username"), status: e.status)
        }
    }

    static func looksLikeEmail(_ s: String) -> Bool {
        let parts = s.split(separator: "@")
        return parts.count == 2 && parts[1].contains(".") && s.count <= 200 && !s.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" })
    }

    /// An error as a form state: each message next to its field, the rest above the form.
    static func state(_ e: AppError, values: [String: String], lang: Language, fallbackField: String) -> FormState {
        var errors: [String: String] = [:]
        for d in e.details.isEmpty ? [DomainError(e.code, zh: e.zh, en: e.en, field: e.field)] : e.details {
            let field = d.field.map { $0 == "display_name" || $0 == "new_password" || $0 == "unit_id" ? $0 : $0 } ?? fallbackField
            errors[field, default: ""] += lang == .en ? d.en + " " : d.zh
        }
        return FormState(values: values, errors: errors, formError: lang == .en ? "Nothing was changed." : "未作修改。")
    }

    /// POST /admin/users/{id}/password: a reset; the user must choose a new one at the next sign-in.
    static func resetPassword(req: Request) async throws -> Response {
        let id = try req.pathID()
        let lang = req.language
        let password = try WebForm.read(req).values["new_password"] ?? ""
        do {
            let user = try await Users.authorizeManaging(id, actor: try await req.actor(), on: req.db)
            try AppError.check(PasswordPolicy.standard.problems(password, username: user.username).map { var p = $0; p.field = "new_password"; return p })
            try await AccountController.setPassword(userID: id, password, mustChange: true, keepToken: nil, req: req)
            return req.seeOther("/admin/users#user-\(id)", flash: .init(.success, lang == .en
                ? "Password of \(user.username) reset; they must change it at the next sign-in." : "已重置“\(user.username)”的密码，其下次登录时须修改。"))
        } catch let e as AppError where e.status != .internalServerError && e.status != .forbidden {
            return try await renderUsers(req, openUser: id, rowForm: state(e, values: [:], lang: lang, fallbackField: "new_password"), status: e.status)
        }
    }

    static func disable(req: Request) async throws -> Response { try await setDisabled(req, true) }
    static func enable(req: Request) async throws -> Response { try await setDisabled(req, false) }

    static func setDisabled(_ req: Request, _ disabled: Bool) async throws -> Response {
        let id = try req.pathID()
        let lang = req.language
        do {
            try await Users.setDisabled(id, disabled, actor: try await req.actor(), writes: req.writes)
            req.application.authCache.invalidate(user: id)  // other instances: within AuthCache.maxAge
        } catch let e as AppError where e.status == .badRequest {
            return try await renderUsers(req, openUser: id, rowForm: state(e, values: [:], lang: lang, fallbackField: "user"), status: e.status)
        }
        let text = disabled ? (lang == .en ? "Account disabled; its sessions ended." : "账号已停用，其登录已全部退出。")
            : (lang == .en ? "Account enabled." : "账号已恢复。")
        return req.seeOther("/admin/users#user-\(id)", flash: .init(.success, text))
    }

    static func addGrant(req: Request) async throws -> Response { try await changeGrant(req, add: true) }
    static func removeGrant(req: Request) async throws -> Response { try await changeGrant(req, add: false) }

    static func changeGrant(_ req: Request, add: Bool) async throws -> Response {
        let id = try req.pathID()
        let form = try WebForm.read(req).values
        let lang = req.language
        do {
            guard let unit = Int(form["unit_id"] ?? ""), let role = Role(rawValue: form["role"] ?? "") else {
                throw AppError.badRequest("role_required", zh: "请选择单位和角色。", en: "Choose a unit and a role.", field: "role")
            }
            let actor = try await req.actor()
            if add { try await Users.grant(id, RoleGrant(unitID: unit, role: role), actor: actor, writes: req.writes) } else {
                try await Users.revoke(id, RoleGrant(unitID: unit, role: role), actor: actor, writes: req.writes)
            }
            req.application.authCache.invalidate(user: id)  // the new grants count at once here
        } catch let e as AppError where e.status != .internalServerError {
            return try await renderUsers(req, openUser: id, rowForm: state(e, values: form, lang: lang, fallbackField: "role"), status: e.status)
        }
        return req.seeOther("/admin/users#user-\(id)", flash: .init(.success, lang == .en ? "Roles changed." : "角色已修改。"))
    }
}

/// /admin/units: the tree the caller manages (`Units` use cases, as the API).
extension AdminPageController {
    static func units(req: Request) async throws -> Response { try await renderUnits(req) }

    static func renderUnits(_ req: Request, openUnit: Int? = nil, form: FormState = .empty, status: HTTPResponseStatus = .ok) async throws -> Response {
        let (ctx, _, scope) = try await req.pageSession()
        try requireManager(scope)
        let rows = managedUnits(scope).map {
            UnitsPage.Row(id: $0.id, name: $0.name, kind: $0.kind, code: $0.code, depth: scope.tree.depth(of: $0.id), flags: $0.flags)
        }
        return req.html(UnitsPage.render(.init(rows: rows, isAdmin: scope.isAdmin, openUnit: openUnit, form: form), ctx), status: status)
            .clearingFlash(req)
    }

    /// POST /admin/units {parent_id, child_name, child_kind}: a unit below `parent_id`.
    static func createUnit(req: Request) async throws -> Response {
        let form = try WebForm.read(req).values
        let parent = Int(form["parent_id"] ?? "")
        do {
            guard let kind = UnitKind(rawValue: form["child_kind"] ?? "") else {
                throw AppError.badRequest("invalid_kind", zh: "请选择单位类型。", en: "Choose a kind.", field: "child_kind")
            }
            let unit = try await Units.create(.init(parentId: parent, kind: kind, name: form["child_name"] ?? ""), actor: try await req.actor(),
                                              writes: req.writes, directory: req.application.unitDirectory)
            return req.seeOther("/admin/units#unit-\(unit.id)", flash: .init(.success, req.language == .en ? "Unit \(unit.name) added." : "已新增单位“\(unit.name)”。"))
        } catch let e as AppError where e.status != .internalServerError && e.status != .forbidden {
            var state = state(e, values: form, lang: req.language, fallbackField: "child_name")
            if let err = state.errors.removeValue(forKey: "name") { state.errors["child_name"] = err }
            return try await renderUnits(req, openUnit: parent, form: state, status: e.status)
        }
    }

    /// POST /admin/units/{id} {name, kind, code}: the unit keeps its place in the tree.
    static func updateUnit(req: Request) async throws -> Response {
        let id = try req.pathID()
        let form = try WebForm.read(req).values
        do {
            let scope = try await req.scope()
            guard let current = scope.tree[id] else { throw AppError.notFound("Unit", zh: "该单位") }
            guard let kind = UnitKind(rawValue: form["kind"] ?? "") else {
                throw AppError.badRequest("invalid_kind", zh: "请选择单位类型。", en: "Choose a kind.", field: "kind")
            }
            let unit = try await Units.update(id, .init(parentId: current.parentID, kind: kind, name: form["name"] ?? "", code: form["code"],
                                                        demoZone: current.flags.contains(.demoZone), demoProject: current.flags.contains(.demoProject),
                                                        establishedOn: current.establishedOn),
                                              actor: try await req.actor(), writes: req.writes, directory: req.application.unitDirectory)
            return req.seeOther("/admin/units#unit-\(id)", flash: .init(.success, req.language == .en ? "Unit \(unit.name) saved." : "已保存单位“\(unit.name)”。"))
        } catch let e as AppError where e.status != .internalServerError && e.status != .forbidden {
            return try await renderUnits(req, openUnit: id, form: state(e, values: form, lang: req.language, fallbackField: "name"), status: e.status)
        }
    }
}
