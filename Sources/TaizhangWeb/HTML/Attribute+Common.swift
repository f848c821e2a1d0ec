extension Attribute {
    static func `class`(_ v: String) -> Attribute { Attribute("class", v) }
    static func id(_ v: String) -> Attribute { Attribute("id", v) }
    static func name(_ v: String) -> Attribute { Attribute("name", v) }
    static func value(_ v: String) -> Attribute { Attribute("value", v) }
    static func type(_ v: String) -> Attribute { Attribute("type", v) }
    static func title(_ v: String) -> Attribute { Attribute("title", v) }
    static func `for`(_ v: String) -> Attribute { Attribute("for", v) }
    static func data(_ key: String, _ v: String) -> Attribute { Attribute("data-" + key, v) }
    static func aria(_ key: String, _ v: String) -> Attribute { Attribute("aria-" + key, v) }
    static func role(_ v: String) -> Attribute { Attribute("role", v) }
    static func lang(_ v: String) -> Attribute { Attribute("lang", v) }
    static func style(_ v: String) -> Attribute { Attribute("style", v) }
    static let required = Attribute("required", nil)
    static let selected = Attribute("selected", nil)
    static let checked = Attribute("checked", nil)
    static let multiple = Attribute("multiple", nil)

    /// Links only to our own paths, fragments or http(s): a `javascript:` URL that
    /// reached a model (say, in an evidence link) becomes a dead `#`.
    static func href(_ v: String) -> Attribute { Attribute("href", URLs.safe(v)) }
    static func action(_ v: String) -> Attribute { Attribute("action", URLs.safe(v)) }

    /// Attributes that only apply when `condition` holds (e.g. `selected`).
    static func when(_ condition: Bool, _ attribute: Attribute) -> Attribute? { condition ? attribute : nil }
}
