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

/// Escaping for text and attribute values.
enum HTMLEscape {
    /// `& < >` in text; control characters other than tab and newline are dropped
    /// (they are invalid in HTML and can hide content).
    static func text(_ s: String) -> String { escape(s, quotes: false) }

    /// Text escaping plus both quote characters.
    static func attribute(_ s: String) -> String { escape(s, quotes: true) }

    private static func escape(_ s: String, quotes: Bool) -> String {
        let needs = s.utf8.contains { b in
            b == 0x26 || b == 0x3C || b == 0x3E || (b < 0x20 && b != 0x0A && b != 0x09) || b == 0x7F
                || (quotes && (b == 0x22 || b == 0x27))
        }
        guard needs else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
