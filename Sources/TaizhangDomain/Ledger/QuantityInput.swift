import Foundation

/// A figure as people type it into a form: "300余", "约300", "300多", "300以上", "近1.2万",
/// "300余人次", "３００". Issue #16: the ledger refused "约300" and "300余", so offices typed 300
/// and the approximation was lost from every report and summary built on it.
///
/// The qualifiers are the ones official prose uses and the document layer writes
/// (TaizhangDocument.Qualifier): 约, 近 before the number; 余, 多, 以上 after it; "左右" is read as 约.
public enum QuantityInput {
    public static let leading = ["约", "近"]
    public static let trailing = ["以上", "余", "多"]
    /// Every qualifier a stored value may carry.
    public static let qualifiers: Set<String> = Set(leading + trailing)

    /// The value and its qualifier, or nil when the text is not a figure. `measureWord` is
    /// allowed at the end ("45人次").
    public static func parse(_ raw: String, measureWord: String? = nil) -> (value: Double, qualifier: String?)? {
        var s = normalized(raw)
        if let m = measureWord, !m.isEmpty, s.hasSuffix(m), s.count > m.count { s.removeLast(m.count) }
        var qualifier: String?
        if s.hasSuffix("左右") { s.removeLast(2); qualifier = "约" }
        for q in leading where s.hasPrefix(q) { s.removeFirst(q.count); qualifier = qualifier ?? q; break }
        for q in trailing where s.hasSuffix(q) { s.removeLast(q.count); qualifier = qualifier ?? q; break }
        // A sign is kept so the ledger's own rule can say "不能为负" rather than "not a number".
        let negative = s.hasPrefix("-")
        if negative { s.removeFirst() }
        var scale = 1.0
        if s.hasSuffix("万") { s.removeLast(); scale = 10_000 }
        guard !s.isEmpty, s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), s.filter({ $0 == "." }).count <= 1,
              let number = Double(s), number.isFinite else { return nil }
        return ((negative ? -number : number) * scale, qualifier)
    }

    /// The text a form shows for a stored figure, so editing keeps the qualifier: "300余", "约300".
    public static func text(_ value: Double, qualifier: String?, digits: Int = 4) -> String {
        let n = plain(value, digits: digits)
        guard let q = qualifier, !q.isEmpty else { return n }
        return leading.contains(q) ? q + n : n + q
    }

    /// Full-width digits and point to ASCII; spaces, thousands separators dropped.
    static func normalized(_ raw: String) -> String {
        var out = ""
        for ch in raw {
            if let scalar = ch.unicodeScalars.first, ch.unicodeScalars.count == 1, (0xFF10...0xFF19).contains(scalar.value) {
                out.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
            } else if ch == "．" {
                out.append(".")
            } else if ch.isWhitespace || ch == "," || ch == "，" {
                continue
            } else {
                out.append(ch)
            }
        }
        return out
    }

    /// Up to `digits` decimals, trailing zeros cut, no exponent.
    static func plain(_ v: Double, digits: Int) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        var s = String(format: "%.\(digits)f", v)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}
