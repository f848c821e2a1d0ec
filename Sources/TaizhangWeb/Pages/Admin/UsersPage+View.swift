import TaizhangDomain

extension UsersPage {
    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        return AdminPage.page(t(.adminUsers), current: "/admin/users", isAdmin: m.isAdmin, ctx) {
            foldedForm(t(.addUser), action: "/admin/users", state: m.form, ctx, cls: "tz-form tz-row") { f in
                f.input("username", t(.username), required: true, hint: t(.usernameHint), extra: [Attribute("autocomplete", "off")])
                f.input("display_name", t(.name), required: true)
                f.input("email", t(.email), type: "email", hint: t(.emailHint))
                f.input("password", t(.initialPassword), type: "password", required: true, hint: t(.initialPasswordHint),
                        extra: [Attribute("autocomplete", "new-password")])
                f.select("unit_id", t(.unit), options: m.units.map { (String($0.id), $0.name) }, required: true)
                f.select("role", t(.role), options: m.roles.map { ($0.rawValue, t.role($0)) }, value: Role.staff.rawValue, required: true)
                div(.class("tz-form-actions")) { submitButton(t(.addUser)) }
            }
            if m.rows.isEmpty { UI.empty(t(.noData)) } else {
                UI.table([t(.username), t(.name), t(.roles), t(.status), t(.actions)], cls: "tz-users") {
                    for row in m.rows { userRow(row, m, ctx) }
                }
            }
        }
    }

    static func userRow(_ row: Row, _ m: Model, _ ctx: PageContext) -> Node {
        let t = ctx.t
        let open = m.openUser == row.id
        let f = Fields(state: open ? m.rowForm : .empty, t: t, prefix: "u\(row.id)-")
        return tr(.id("user-\(row.id)"), .when(row.status == .disabled, .class("tz-disabled"))) {
            td(.data("label", t(.username))) { row.username }
            td(.data("label", t(.name))) { row.displayName; if let e = row.email { br(); small(.class("tz-muted")) { e } } }
            td(.data("label", t(.roles))) {
                ul(.class("tz-inline-list")) {
                    for g in row.grants { li { g.unitName + " · " + t.role(g.role) } }
                }
            }
            td(.data("label", t(.status))) { statusBadge(row.status, t) }
            td(.data("label", t(.actions))) {
                details(.when(open, Attribute("open", nil))) {
                    summary { t(.manage) }
                    f.formError
                    postForm("/admin/users/\(row.id)/password", csrf: ctx.csrf, .class("tz-form")) {
                        f.input("new_password", t(.resetPassword), type: "password", required: true, hint: t(.resetPasswordHint),
                                extra: [Attribute("autocomplete", "new-password")])
                        submitButton(t(.resetPassword), kind: "plain")
                    }
                    postForm("/admin/users/\(row.id)/grants", csrf: ctx.csrf, .class("tz-form tz-row")) {
                        f.select("unit_id", t(.unit), options: m.units.map { (String($0.id), $0.name) }, required: true)
                        f.select("role", t(.role), options: m.roles.map { ($0.rawValue, t.role($0)) }, required: true)
                        div(.class("tz-form-actions")) { submitButton(t(.addRole), kind: "plain") }
                    }
                    for g in row.grants where row.grants.count > 1 {
                        postForm("/admin/users/\(row.id)/grants/remove", csrf: ctx.csrf, .class("tz-inline")) {
                            hidden("unit_id", String(g.unitID))
                            hidden("role", g.role.rawValue)
                            submitButton(t(.removeRole) + t.colon + g.unitName + " · " + t.role(g.role), kind: "link",
                                         confirm: t(.confirmDelete))
                        }
                    }
                    if !row.isSelf {
                        postForm("/admin/users/\(row.id)/" + (row.status == .disabled ? "enable" : "disable"), csrf: ctx.csrf, .class("tz-inline")) {
                            if row.status == .disabled {
                                submitButton(t(.enableUser), kind: "plain")
                            } else {
                                submitButton(t(.disableUser), kind: "danger", confirm: t(.disableUserConfirm))
                            }
                        }
                    }
                }
            }
        }
    }

    static func statusBadge(_ s: Row.Status, _ t: Loc) -> Node {
        switch s {
        case .active: UI.badge(t(.userActive), "ok")
        case .mustChange: UI.badge(t(.userMustChange), "pending")
        case .disabled: UI.badge(t(.userDisabled), "missing")
        }
    }
}
