import TaizhangDomain

/// GET /admin/units — the unit tree the caller manages. Per unit: rename or change its kind
/// (POST /admin/units/{id} {name, kind, code}), add a unit below it (POST /admin/units
/// {parent_id, name, kind, code}). Moving units stays with the API (a supervisor may never
/// move the root of what she manages).
public enum UnitsPage {
    public struct Row: Sendable, Hashable {
        public var id: Int
        public var name: String
        public var kind: UnitKind
        public var code: String?
        public var depth: Int
        public var flags: Set<UnitFlag>
        public init(id: Int, name: String, kind: UnitKind, code: String? = nil, depth: Int, flags: Set<UnitFlag> = []) {
            self.id = id; self.name = name; self.kind = kind; self.code = code; self.depth = depth; self.flags = flags
        }
    }

    public struct Model: Sendable {
        public var rows: [Row]
        public var isAdmin: Bool
        /// The unit a failed form was about, and that form's state.
        public var openUnit: Int?
        public var form: FormState
        public init(rows: [Row], isAdmin: Bool, openUnit: Int? = nil, form: FormState = .empty) {
            self.rows = rows; self.isAdmin = isAdmin; self.openUnit = openUnit; self.form = form
        }
    }

    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        let kinds = UnitKind.allCases.map { ($0.rawValue, t.unitKind($0)) }
        return AdminPage.page(t(.adminUnits), current: "/admin/units", isAdmin: m.isAdmin, ctx) {
            UI.table([t(.unit), t(.unitKind), t(.divisionCode), t(.actions)], cls: "tz-units") {
                for row in m.rows {
                    let f = Fields(state: m.openUnit == row.id ? m.form : .empty, t: t, prefix: "u\(row.id)-")
                    tr(.id("unit-\(row.id)")) {
                        // Indented by depth with a class: the CSP allows no style attribute.
                        td(.data("label", t(.unit)), .class("tz-depth-\(min(row.depth, 6))")) {
                            row.name
                            if row.flags.contains(.demoZone) { " "; UI.badge(t(.flagDemoZone), "planned") }
                            if row.flags.contains(.demoProject) { " "; UI.badge(t(.flagDemoProject), "planned") }
                        }
                        td(.data("label", t(.unitKind))) { t.unitKind(row.kind) }
                        td(.data("label", t(.divisionCode))) { row.code ?? "—" }
                        td(.data("label", t(.actions))) {
                            details(.when(m.openUnit == row.id, Attribute("open", nil))) {
                                summary { t(.manage) }
                                f.formError
                                postForm("/admin/units/\(row.id)", csrf: ctx.csrf, .class("tz-form tz-row")) {
                                    f.input("name", t(.unitName), value: row.name, required: true)
                                    f.select("kind", t(.unitKind), options: kinds, value: row.kind.rawValue, required: true)
                                    f.input("code", t(.divisionCode), value: row.code ?? "")
                                    div(.class("tz-form-actions")) { submitButton(t(.save), kind: "plain") }
                                }
                                postForm("/admin/units", csrf: ctx.csrf, .class("tz-form tz-row")) {
                                    hidden("parent_id", String(row.id))
                                    f.input("child_name", t(.newUnitBelow), required: true)
                                    f.select("child_kind", t(.unitKind), options: kinds, value: UnitKind.community.rawValue, required: true)
                                    div(.class("tz-form-actions")) { submitButton(t(.addUnit), kind: "plain") }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
