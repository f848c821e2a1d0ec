/// The approximation word officials attach to a quantity: 余/多 (more than),
/// 约 (about), 近 (nearly), 以上 (or more).
public enum Qualifier: String, Codable, Sendable, CaseIterable {
    case yu = "余"
    case duo = "多"
    case yue = "约"
    case jin = "近"
    case yiShang = "以上"

    /// True when the true value is at least the displayed one, so displayed
    /// digits must be rounded down.
    public var isLowerBound: Bool { self == .yu || self == .duo || self == .yiShang }

    /// The qualifier of a sum of parts. A sum of "more than" parts is still
    /// "more than"; once an "about"/"nearly" part enters, only "about" is honest.
    public static func combine(_ parts: [Qualifier?]) -> Qualifier? {
        let present = parts.compactMap { $0 }
        guard !present.isEmpty else { return nil }
        if present.allSatisfy(\.isLowerBound) { return .yu }
        return .yue
    }
}
