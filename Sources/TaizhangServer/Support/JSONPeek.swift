/// Reads one top-level field of a JSON object without building the object: the route guard
/// needs the `unit_id` of a body before the handler decodes it, and parsing the whole body
/// twice (once into `[String: Any]`) was a visible part of a write's CPU (issue #18). Any
/// body it cannot read as an object gives nil; the handler's decoder then reports it.
enum JSONPeek {
    /// The integer value of `key` at the top level of `bytes` (the last one if repeated);
    /// nil when absent, not a whole number, or the text is not a JSON object.
    static func int<Bytes: Collection<UInt8>>(_ bytes: Bytes, key: String) -> Int? where Bytes.Index == Int {
        var r = Reader(bytes: bytes, at: bytes.startIndex)
        let wanted = Array(key.utf8)
        var found: Int?
        r.skipSpace()
        guard r.take(UInt8(ascii: "{")) else { return nil }
        r.skipSpace()
        if r.take(UInt8(ascii: "}")) { return nil }
        while true {
            r.skipSpace()
            guard let name = r.string() else { return nil }
            r.skipSpace()
            guard r.take(UInt8(ascii: ":")) else { return nil }
            r.skipSpace()
            if name.elementsEqual(wanted) {
                let start = r.at
                guard r.skipValue() else { return nil }
                found = Self.wholeNumber(bytes[start..<r.at])
            } else {
                guard r.skipValue() else { return nil }
            }
            r.skipSpace()
            if r.take(UInt8(ascii: ",")) { continue }
            return r.take(UInt8(ascii: "}")) ? found : nil
        }
    }

    /// A JSON number that is a whole number (12, -3, 12.0, 1e3), as `JSONSerialization`'s
    /// `as? Int` reads it; nil for anything else (strings, fractions, overflow).
    static func wholeNumber<S: Collection<UInt8>>(_ text: S) -> Int? {
        guard let first = text.first, first == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return nil }
        let s = String(decoding: text, as: UTF8.self)
        if let i = Int(s) { return i }
        guard let d = Double(s), d.isFinite, d == d.rounded(), abs(d) < 9.0e15 else { return nil }
        return Int(d)
    }

    private struct Reader<Bytes: Collection<UInt8>> where Bytes.Index == Int {
        let bytes: Bytes
        var at: Int

        var current: UInt8? { at < bytes.endIndex ? bytes[at] : nil }

        mutating func take(_ b: UInt8) -> Bool {
            guard current == b else { return false }
            at += 1
            return true
        }

        mutating func skipSpace() {
            while let c = current, c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { at += 1 }
        }

        /// A string's raw bytes (escapes kept as written: a key spelled with escapes never
        /// equals a plain one, and then nothing is found — the handler still checks).
        mutating func string() -> ArraySlice<UInt8>? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = at
            while let c = current {
                if c == UInt8(ascii: "\\") { at += 2; continue }
                if c == UInt8(ascii: "\"") {
                    let raw = Array(bytes[start..<at])[...]
                    at += 1
                    return raw
                }
                at += 1
            }
            return nil
        }

        /// Skips one value of any kind; false when the text ends or is malformed at the top.
        mutating func skipValue() -> Bool {
            guard let c = current else { return false }
            switch c {
            case UInt8(ascii: "\""):
                return string() != nil
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                var depth = 0
                while let d = current {
                    switch d {
                    case UInt8(ascii: "\""): guard string() != nil else { return false }; continue
                    case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"):
                        depth -= 1
                        if depth == 0 { at += 1; return true }
                    default: break
                    }
                    at += 1
                }
                return false
            default:
                let start = at
                while let d = current, d != UInt8(ascii: ","), d != UInt8(ascii: "}"), d != UInt8(ascii: "]"),
                      d != 0x20, d != 0x0A, d != 0x0D, d != 0x09 { at += 1 }
                return at > start
            }
        }
    }
}
