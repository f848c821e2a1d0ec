/// A piece of HTML. User text can only enter as `.text` (escaped when rendered)
/// or as an attribute value (escaped too), so a view cannot forget to escape:
/// there is no way to put an unescaped string into a page except `.raw`, whose
/// `TrustedHTML` only this module's own writers can create.
indirect enum Node: Sendable {
    case element(String, [Attribute], [Node])
    /// Elements without content or end tag: `<input>`, `<br>`, `<meta>`.
    case void(String, [Attribute])
    case text(String)
    case raw(TrustedHTML)
    case fragment([Node])

    /// The empty node, for branches that render nothing.
    static let none = Node.fragment([])
}

/// Markup produced by code we control (TaizhangDocument's HTML writer), never by users.
struct TrustedHTML: Sendable, Equatable {
    let html: String
    init(generated html: String) { self.html = html }
}

/// One attribute. `value == nil` writes a boolean attribute (`required`, `selected`).
/// Names are always string literals in the views; values are escaped on output.
struct Attribute: Sendable, Equatable {
    let name: String
    let value: String?

    init(_ name: String, _ value: String?) {
        self.name = name
        self.value = value
    }
}
