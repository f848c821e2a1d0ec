/// Building the links the pages use: query strings with encoded values, and a
/// guard against script URLs.
enum URLs {
    /// `/ledger?period=2024H1&page=2`; empty values are left out so filter links stay short.
    static func path(_ base: String, _ query: [(String, String?)]) -> String {
        let parts = query.compactMap { key, value -> String? in
            guard let value, !value.isEmpty else { return nil }
            return encode(key) + "=" + encode(value)
        }
        return parts.isEmpty ? base : base + "?" + parts.joined(separator: "&")
    }

    /// `path` with `key` set to `value`, replacing any earlier value (the language switch).
    static func setting(_ key: String, to value: String, in path: String) -> String {
        let pieces = path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let base = String(pieces[0])
        var kept = pieces.count > 1
            ? pieces[1].split(separator: "&").filter { !$0.hasPrefix(key + "=") && $0 != Substring(key) }.map(String.init)
            : []
        kept.append(encode(key) + "=" + encode(value))
        return base + "?" + kept.joined(separator: "&")
    }

    /// Percent-encodes everything but the RFC 3986 unreserved characters (UTF-8).
    static func encode(_ s: String) -> String {
        var out = ""
        for byte in s.utf8 {
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x5F, 0x7E:
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count < 2 ? "0" + hex : hex)
            }
        }
        return out
    }

    /// Only our own paths, query strings, fragments and http(s) URLs pass.
    static func safe(_ url: String) -> String {
        if url.hasPrefix("/") && !url.hasPrefix("//") { return url }
        if url.hasPrefix("?") || url.hasPrefix("#") { return url }
        let lower = url.lowercased()
        if lower.hasPrefix("https://") || lower.hasPrefix("http://") { return url }
        return "#"
    }
}
