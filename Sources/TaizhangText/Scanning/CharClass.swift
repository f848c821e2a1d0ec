/// Per-scalar classification used by every rule; one table lookup instead of
/// Character or regex work on the hot path. Lines are normalised first (full-width
/// ASCII folded to ASCII), so the table only needs the half-width forms.
struct CharClass: OptionSet, Sendable {
    let rawValue: UInt8
    static let digit = CharClass(rawValue: 1)
    static let cjkNumeral = CharClass(rawValue: 2)
    /// Punctuation that ends a clause: , ; 。 ! ? : 、 and brackets.
    static let clauseBreak = CharClass(rawValue: 4)
    static let space = CharClass(rawValue: 8)
    static let latin = CharClass(rawValue: 16)
    static let ideograph = CharClass(rawValue: 32)
    /// Ends a sentence: 。 ! ? ; (and their ASCII forms after folding).
    static let sentenceEnd = CharClass(rawValue: 64)
    static let quote = CharClass(rawValue: 128)

    /// Flags for the Basic Multilingual Plane; other planes classify as nothing.
    static let table: [CharClass] = {
        var table = [CharClass](repeating: [], count: 0x10000)
        for c in UInt32(0x30)...0x39 { table[Int(c)].insert(.digit) }
        for c in UInt32(0x41)...0x5A { table[Int(c)].insert(.latin) }
        for c in UInt32(0x61)...0x7A { table[Int(c)].insert(.latin) }
        for c in UInt32(0x3400)...0x9FFF { table[Int(c)].insert(.ideograph) }
        for c in UInt32(0xF900)...0xFAFF { table[Int(c)].insert(.ideograph) }
        for c in "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟".unicodeScalars { table[Int(c.value)].insert(.cjkNumeral) }
        for c in " \t\u{3000}\u{A0}\r\n".unicodeScalars { table[Int(c.value)].insert(.space) }
        for c in ",;。!?:、()[]【】〔〕《》<>\n…".unicodeScalars { table[Int(c.value)].insert(.clauseBreak) }
        for c in ";。!?".unicodeScalars { table[Int(c.value)].insert(.sentenceEnd) }
        for c in "“”‘’\"'「」『』".unicodeScalars { table[Int(c.value)].insert(.quote) }
        return table
    }()

    @inline(__always) static func of(_ scalar: UInt32) -> CharClass {
        scalar < 0x10000 ? table[Int(scalar)] : []
    }
}

/// Folds full-width forms to their ASCII twins so rules accept （一） and (一), 1． and 1.
@inline(__always) func fold(_ scalar: UInt32) -> UInt32 {
    if scalar >= 0xFF01 && scalar <= 0xFF5E { return scalar - 0xFEE0 }
    if scalar == 0x3000 { return 0x20 }
    if scalar == 0xFE50 { return 0x2C }   // small comma
    return scalar
}

/// Scalar literals used by the rules, as UInt32 for direct comparison.
enum U {
    static func s(_ c: Unicode.Scalar) -> UInt32 { c.value }
    static let dot = UInt32(0x2E), comma = UInt32(0x2C), colon = UInt32(0x3A), semicolon = UInt32(0x3B)
    static let lparen = UInt32(0x28), rparen = UInt32(0x29), percent = UInt32(0x25), slash = UInt32(0x2F)
    static let hyphen = UInt32(0x2D), tilde = UInt32(0x7E), plus = UInt32(0x2B), underscore = UInt32(0x5F)
    static let star = UInt32(0x2A), lbracket = UInt32(0x5B), rbracket = UInt32(0x5D)
    static let ideoComma = UInt32(0x3001)       // 、
    static let ideoStop = UInt32(0x3002)        // 。
    static let times = UInt32(0x00D7)           // ×
    static let permille = UInt32(0x2030)        // ‰
    static let enDash = UInt32(0x2013), emDash = UInt32(0x2014), wave = UInt32(0x301C)
    static let middleDot = UInt32(0x00B7), katakanaDot = UInt32(0x30FB)
    static let lquote = UInt32(0x201C), rquote = UInt32(0x201D)
    static let lbracketCJK = UInt32(0x3014), rbracketCJK = UInt32(0x3015) // 〔〕
    static let lbook = UInt32(0x300A), rbook = UInt32(0x300B)              // 《》
    static let circledOne = UInt32(0x2460), circledTwenty = UInt32(0x2473)
}

extension Array where Element == UInt32 {
    /// Builds the scalar array of a Swift literal (used for the lexicons).
    init(literal: String) { self = literal.unicodeScalars.map(\.value) }
}
