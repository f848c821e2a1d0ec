/// A tiny streaming XML builder. Every text node and attribute value goes
/// through `escape`, so user text can never break the markup; element and
/// attribute names are the writer's own constants.
struct XMLWriter {
    private(set) var output: String

    init(capacity: Int = 4096) {
        output = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        output.reserveCapacity(capacity)
    }

    /// `<name a="v">…</name>`, with the body written by `body`.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ body: (inout XMLWriter) -> Void) {
        startTag(name, attributes)
        output += ">"
        body(&self)
        output += "</\(name)>"
    }

    /// `<name a="v">text</name>`.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String) {
        startTag(name, attributes)
        output += ">"
        self.text(text)
        output += "</\(name)>"
    }

    /// `<name a="v"/>`.
    mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        startTag(name, attributes)
        output += "/>"
    }

    /// A line break between elements. WordprocessingML ignores whitespace
    /// outside w:t; it keeps snapshots and diffs readable.
    mutating func newline() { output += "\n" }

    mutating func text(_ s: String) { output += Self.escape(s, quotes: false) }

    private mutating func startTag(_ name: String, _ attributes: KeyValuePairs<String, String>) {
        output += "<" + name
        for (key, value) in attributes {
            output += " " + key + "=\"" + Self.escape(value, quotes: true) + "\""
        }
    }

    /// Escapes markup characters and drops characters XML 1.0 forbids
    /// (C0 controls other than tab/newline/return, U+FFFE, U+FFFF). In
    /// attributes, whitespace controls become character references so they
    /// survive attribute-value normalisation.
    static func escape(_ s: String, quotes: Bool) -> String {
        if !s.unicodeScalars.contains(where: needsWork) { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += "&apos;"
            case "\t" where quotes: out += "&#9;"
            case "\n" where quotes: out += "&#10;"
            case "\r": out += "&#13;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "&", "<", ">", "\"", "'": true
        default: scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF
        }
    }
}
