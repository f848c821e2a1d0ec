import TaizhangDomain

/// The admin's settings pages (/admin/plans, /admin/targets, /admin/catalog, /admin/rules,
/// /admin/holidays, /admin/rulesets) share one shape: a table of what is in force, an action
/// or a small form per row, and a form to add one. The server fills in the texts.
public enum SettingsPage {
    public struct Model: Sendable {
        public var title: String
        public var path: String
        public var isAdmin: Bool
        public var lead: String?
        public var headers: [String]
        /// Columns holding numbers (right-aligned).
        public var numeric: Set<Int>
        public var rows: [Row]
        public var add: Form?
        /// The state of the form that failed (`Form.id`), with what was typed.
        public var failed: String?
        public var state: FormState

        public init(title: String, path: String, isAdmin: Bool, lead: String? = nil, headers: [String], numeric: Set<Int> = [],
                    rows: [Row], add: Form? = nil, failed: String? = nil, state: FormState = .empty) {
            self.title = title; self.path = path; self.isAdmin = isAdmin; self.lead = lead; self.headers = headers
            self.numeric = numeric; self.rows = rows; self.add = add; self.failed = failed; self.state = state
        }
    }

    public struct Row: Sendable {
        public var id: String
        public var cells: [String]
        public var muted: Bool
        public var forms: [Form]
        public init(id: String, cells: [String], muted: Bool = false, forms: [Form] = []) {
            self.id = id; self.cells = cells; self.muted = muted; self.forms = forms
        }
    }

    /// A POST form: hidden values, fields, one button.
    public struct Form: Sendable {
        public var id: String
        public var title: String
        public var action: String
        public var hidden: [String: String]
        public var fields: [Field]
        public var button: String
        public var confirm: String?
        public var danger: Bool
        public init(id: String, title: String, action: String, hidden: [String: String] = [:], fields: [Field] = [], button: String,
                    confirm: String? = nil, danger: Bool = false) {
            self.id = id; self.title = title; self.action = action; self.hidden = hidden; self.fields = fields
            self.button = button; self.confirm = confirm; self.danger = danger
        }
    }

    public struct Field: Sendable {
        public enum Kind: Sendable { case text, number, date, select([(String, String)]), checkboxes([(String, String)]) }
        public var name: String
        public var label: String
        public var kind: Kind
        public var value: String
        /// For checkboxes: the values ticked.
        public var checked: Set<String>
        public var required: Bool
        public var hint: String?
        public init(_ name: String, _ label: String, _ kind: Kind = .text, value: String = "", checked: Set<String> = [],
                    required: Bool = false, hint: String? = nil) {
            self.name = name; self.label = label; self.kind = kind; self.value = value; self.checked = checked
            self.required = required; self.hint = hint
        }
    }

    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        return AdminPage.page(m.title, current: m.path, isAdmin: m.isAdmin, ctx) {
            if let lead = m.lead { p(.class("tz-lead")) { lead } }
            if let add = m.add {
                details(.when(m.failed == add.id, Attribute("open", nil))) {
                    summary { add.title }
                    form(add, m, ctx, cls: "tz-form tz-row")
                }
            }
            if m.rows.isEmpty { UI.empty(t(.noData)) } else {
                UI.table(m.headers + (m.rows.contains { !$0.forms.isEmpty } ? [t(.actions)] : []), cls: "tz-settings") {
                    for row in m.rows {
                        tr(.id("row-" + row.id), .when(row.muted, .class("tz-disabled"))) {
                            for (i, cell) in row.cells.enumerated() {
                                td(.data("label", m.headers.indices.contains(i) ? m.headers[i] : ""),
                                   .when(m.numeric.contains(i), .class("tz-num-cell"))) { cell }
                            }
                            if !row.forms.isEmpty {
                                td(.data("label", t(.actions))) {
                                    for f in row.forms {
                                        if f.fields.isEmpty { form(f, m, ctx, cls: "tz-inline") } else {
                                            details(.when(m.failed == f.id, Attribute("open", nil))) {
                                                summary { f.title }
                                                form(f, m, ctx, cls: "tz-form")
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func form(_ f: Form, _ m: Model, _ ctx: PageContext, cls: String) -> Node {
        let state = m.failed == f.id ? m.state : .empty
        let fields = Fields(state: state, t: ctx.t, prefix: f.id + "-")
        return postForm(f.action, csrf: ctx.csrf, .class(cls)) {
            fields.formError
            for (k, v) in f.hidden.sorted(by: { $0.key < $1.key }) { hidden(k, v) }
            for field in f.fields { control(field, fields, state) }
            div(.class("tz-form-actions")) {
                submitButton(f.button, kind: f.danger ? "danger" : f.fields.isEmpty ? "link" : "plain", confirm: f.confirm)
            }
        }
    }

    static func control(_ field: Field, _ f: Fields, _ state: FormState) -> Node {
        switch field.kind {
        case .text: return f.input(field.name, field.label, value: field.value, required: field.required, hint: field.hint)
        case .number: return f.input(field.name, field.label, value: field.value, required: field.required, hint: field.hint,
                                      extra: [Attribute("inputmode", "decimal")])
        case .date: return f.input(field.name, field.label, type: "date", value: field.value, required: field.required, hint: field.hint)
        case .select(let options): return f.select(field.name, field.label, options: options, value: field.value, required: field.required)
        case .checkboxes(let options):
            return fieldset(.class("tz-checks")) {
                legend { field.label }
                for (value, label) in options {
                    let id = f.id(field.name + "-" + value)
                    span(.class("tz-check")) {
                        input(.type("checkbox"), .id(id), .name(field.name), .value(value), .when(field.checked.contains(value), .checked))
                        TaizhangWeb.label(.for(id)) { label }
                    }
                }
                if let hint = field.hint { p(.class("tz-hint")) { hint } }
            }
        }
    }
}
