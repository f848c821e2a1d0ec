import TaizhangDocument

extension Node {
    /// The HTML text of this node.
    var html: String {
        var out = ""
        render(into: &out)
        return out
    }

    /// Block-level tags get a newline after their end tag so snapshots diff line by
    /// line; the browser treats it as insignificant whitespace between blocks.
    static let lineBreakAfter: Set<String> = [
        "html", "head", "body", "header", "footer", "main", "nav", "section", "article", "aside",
        "div", "p", "h1", "h2", "h3", "h4", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead",
        "tbody", "tr", "form", "fieldset", "select", "option", "textarea", "svg", "g", "details",
        "title", "script", "label", "pre", "figure", "figcaption", "caption", "tfoot",
    ]

    static let svgShapes: Set<String> = ["rect", "line", "polyline", "circle", "path"]

    func render(into out: inout String) {
        switch self {
        case .text(let s):
            out += HTMLEscape.text(s)
        case .raw(let trusted):
            out += trusted.html
        case .fragment(let nodes):
            for n in nodes { n.render(into: &out) }
        case .void(let tag, let attrs):
            out += "<" + tag
            Self.renderAttributes(attrs, into: &out)
            // Inside inline SVG the HTML parser follows XML rules: an element without
            // content must close itself, or the next shapes would nest inside it.
            out += Self.svgShapes.contains(tag) ? "/>" : ">"
            if Self.lineBreakAfter.contains(tag) || tag == "meta" || tag == "link" || tag == "input" { out += "\n" }
        case .element(let tag, let attrs, let children):
            out += "<" + tag
            Self.renderAttributes(attrs, into: &out)
            out += ">"
            // The parser drops one newline right after <textarea>/<pre>; writing one
            // ourselves keeps a value that starts with a line break intact.
            if tag == "textarea" || tag == "pre" { out += "\n" }
            for c in children { c.render(into: &out) }
            out += "</" + tag + ">"
            if Self.lineBreakAfter.contains(tag) { out += "\n" }
        }
    }

    static func renderAttributes(_ attrs: [Attribute], into out: inout String) {
        for a in attrs {
            out += " " + a.name
            if let v = a.value { out += "=\"" + HTMLEscape.attribute(v) + "\"" }
        }
    }
}
