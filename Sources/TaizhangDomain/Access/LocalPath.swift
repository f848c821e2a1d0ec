/// A `next` or `return_to` target that stays on this site: a path starting with one "/",
/// without a second "/" or "\" after it (browsers read "//host" and "/\host" as another
/// origin), and without whitespace or control characters (browsers drop a tab or newline
/// inside a URL, so "/\t/evil.example" becomes "//evil.example").
public enum LocalPath {
    public static func validated(_ raw: String?) -> String? {
        guard let raw, raw.hasPrefix("/"), raw.count <= 2000 else { return nil }
        if raw.contains("\\") { return nil }
        if raw.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.properties.generalCategory == .control
                || $0.properties.generalCategory == .format }) { return nil }
        let second = raw.dropFirst().first
        if second == "/" { return nil }
        return raw
    }
}
