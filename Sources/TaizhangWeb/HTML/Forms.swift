/// Every POST form goes through `postForm`, which always writes the CSRF field:
/// a view cannot build a state-changing form without it.
func postForm(_ action: String, csrf: String, multipart: Bool = false, _ attrs: Attribute?...,
              @NodeBuilder content: () -> [Node]) -> Node {
    // An upload form also carries the token in its URL: the server checks it before reading
    // (let alone parsing) a multipart body of several megabytes.
    let target = multipart ? action + (action.contains("?") ? "&" : "?") + "_csrf=" + csrf : action
    let base: [Attribute?] = [Attribute("method", "post"), .action(target),
                              multipart ? Attribute("enctype", "multipart/form-data") : nil]
    return el("form", base + attrs) {
        input(.type("hidden"), .name("_csrf"), .value(csrf))
        content()
    }
}

/// Filters and searches: GET, so the URL can be bookmarked and shared.
func getForm(_ action: String, _ attrs: Attribute?..., @NodeBuilder content: () -> [Node]) -> Node {
    el("form", [Attribute("method", "get"), .action(action)] + attrs, content)
}

func hidden(_ name: String, _ value: String) -> Node { input(.type("hidden"), .name(name), .value(value)) }

/// A submit button; `confirm` makes app.js ask first (and the form still works without script).
func submitButton(_ title: String, name: String? = nil, value: String? = nil, kind: String = "primary",
                  confirm: String? = nil) -> Node {
    button(.type("submit"), .class("tz-btn tz-btn-" + kind), name.map(Attribute.name), value.map(Attribute.value),
           confirm.map { .data("confirm", $0) }) { title }
}

/// Labelled controls that show the previously entered value and the field's error
/// next to it. Ids are `f-` + the name, so `<label for>` always matches.
struct Fields {
    let state: FormState
    let t: Loc
    /// Distinguishes ids when a page repeats a form (one per rectification item).
    var prefix = ""

    func id(_ name: String) -> String {
        prefix + "f-" + String(name.map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }

    func input(_ name: String, _ labelText: String, type: String = "text", value fallback: String = "",
               required: Bool = false, hint: String? = nil, suffix: String? = nil, extra: [Attribute] = []) -> Node {
        let control = TaizhangWeb.input(
            [.type(type), .id(id(name)), .name(name), .value(state.value(name, default: fallback)),
             .when(required, .required)] + invalid(name) + extra)
        return wrap(name, labelText, required: required, hint: hint) {
            if let suffix { span(.class("tz-suffixed")) { control; span(.class("tz-suffix")) { suffix } } } else { control }
        }
    }

    /// Numbers as text with a numeric keyboard: a `type=number` box silently drops what it
    /// cannot parse, and the form must show back exactly what was typed next to its error.
    func number(_ name: String, _ labelText: String, suffix: String, decimal: Bool, required: Bool = false) -> Node {
        input(name, labelText, required: required, suffix: suffix,
              extra: [Attribute("inputmode", decimal ? "decimal" : "numeric"),
                      Attribute("pattern", decimal ? "[0-9]*([.][0-9]+)?" : "[0-9]*")])
    }

    func select(_ name: String, _ labelText: String, options: [(value: String, label: String)],
                value fallback: String = "", required: Bool = false, blank: String? = nil) -> Node {
        let chosen = state.value(name, default: fallback)
        return wrap(name, labelText, required: required, hint: nil) {
            el("select", [.id(id(name)), .name(name), .when(required, .required)] + invalid(name)) {
                if let blank { option("", blank, selected: chosen.isEmpty) }
                for o in options { option(o.value, o.label, selected: o.value == chosen) }
            }
        }
    }

    func textarea(_ name: String, _ labelText: String, value fallback: String = "", rows: Int = 4,
                  required: Bool = false, hint: String? = nil) -> Node {
        wrap(name, labelText, required: required, hint: hint) {
            el("textarea", [.id(id(name)), .name(name), Attribute("rows", String(rows)),
                            .when(required, .required)] + invalid(name)) { state.value(name, default: fallback) }
        }
    }

    /// File inputs cannot be refilled after a failed submit (browsers forbid it); the hint says so.
    func file(_ name: String, _ labelText: String, accept: String, multiple: Bool = false, hint: String? = nil) -> Node {
        wrap(name, labelText, required: false, hint: hint) {
            TaizhangWeb.input([.type("file"), .id(id(name)), .name(name), Attribute("accept", accept),
                               .when(multiple, .multiple)] + invalid(name))
        }
    }

    /// The message above the form when the failure is not one field's.
    var formError: Node {
        guard let message = state.formError else { return .none }
        return p(.class("tz-alert tz-alert-error"), .role("alert")) { message }
    }

    private func invalid(_ name: String) -> [Attribute?] {
        guard state.errors[name] != nil else { return [] }
        return [.aria("invalid", "true"), .aria("describedby", id(name) + "-error")]
    }

    private func wrap(_ name: String, _ labelText: String, required: Bool, hint: String?,
                      @NodeBuilder _ control: () -> [Node]) -> Node {
        let error = state.errors[name]
        return div(.class(error == nil ? "tz-field" : "tz-field tz-invalid")) {
            label(.for(id(name))) {
                labelText
                if required { span(.class("tz-req"), .title(t(.required))) { "*" } }
            }
            control()
            if let error { p(.class("tz-error"), .id(id(name) + "-error")) { error } }
            if let hint { p(.class("tz-hint")) { hint } }
        }
    }
}

func option(_ value: String, _ labelText: String, selected: Bool) -> Node {
    el("option", [.value(value), .when(selected, .selected)]) { labelText }
}

/// `input` taking an array, for the field helpers that assemble attributes.
func input(_ attrs: [Attribute?]) -> Node { .void("input", attrs.compactMap { $0 }) }

/// A POST form folded under a `<details>` until needed, and unfolded when it came back
/// with errors so the messages are seen.
func foldedForm(_ title: String, action: String, state: FormState, _ ctx: PageContext, multipart: Bool = false,
                cls: String = "tz-form", @NodeBuilder content: (Fields) -> [Node]) -> Node {
    let f = Fields(state: state, t: ctx.t)
    return details(.when(state.hasErrors, Attribute("open", nil))) {
        summary { title }
        postForm(action, csrf: ctx.csrf, multipart: multipart, .class(cls)) {
            f.formError
            content(f)
        }
    }
}
