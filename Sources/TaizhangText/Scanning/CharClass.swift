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
    /// The letters the repeat rules compare (ideographs, digits, Latin): punctuation and
    /// spaces are what a second paste or a PDF changes.
    static let letters: CharClass = [.ideograph, .digit, .latin]

    /// Classification by ranges and a switch rather than a table: on Linux every access
    /// to a lazily initialised static costs a `swift_once` call, which dominated profiles.
    @inline(__always) static func of(_ scalar: UInt32) -> CharClass {
        if scalar >= 0x4E00 && scalar <= 0x9FFF {
            return numeral(scalar) ? [.ideograph, .cjkNumeral] : .ideograph
        }
        if scalar < 0x80 {
            if scalar >= 0x30 && scalar <= 0x39 { return .digit }
            if (scalar >= 0x41 && scalar <= 0x5A) || (scalar >= 0x61 && scalar <= 0x7A) { return .latin }
            switch scalar {
            case 0x20, 0x09, 0x0D: return .space
            case 0x0A: return [.space, .clauseBreak]
            case 0x2C, 0x3A, 0x28, 0x29, 0x5B, 0x5D, 0x3C, 0x3E: return .clauseBreak
            case 0x3B, 0x21, 0x3F: return [.clauseBreak, .sentenceEnd]
            case 0x22, 0x27: return .quote
            default: return []
            }
        }
        switch scalar {
        case 0x3000, 0xA0: return .space
        case 0x3002: return [.clauseBreak, .sentenceEnd]                     // 。
        case 0x3001, 0x3010, 0x3011, 0x3014, 0x3015, 0x300A, 0x300B, 0x2026: return .clauseBreak // 、【】〔〕《》…
        case 0x201C, 0x201D, 0x2018, 0x2019, 0x300C, 0x300D, 0x300E, 0x300F: return .quote
        case 0x3007: return [.ideograph, .cjkNumeral]                          // 〇
        default:
            if scalar >= 0x3400 && scalar <= 0x4DBF { return .ideograph }
            if scalar >= 0xF900 && scalar <= 0xFAFF { return .ideograph }
            return []
        }
    }

    /// For every raw BMP scalar (256 KB, built once): the class of its folded form in
    /// the low byte, `combiningFlag` when `LineText.mayCombine` holds for it, and the
    /// folded form's trigger from bit `triggerShift` on. Read
    /// through a buffer pointer fetched once per line (`LineText.assign`), so the lazy
    /// static costs nothing per scalar.
    static let bmpTable: [UInt32] = (0..<0x10000).map {
        let folded = fold(UInt32($0))
        return UInt32(CharClass.of(folded).rawValue) | (LineText.mayCombine(UInt32($0)) ? combiningFlag : 0)
            | LineText.trigger(folded) << triggerShift
    }
    static let combiningFlag: UInt32 = 0x100
    /// Where an entry holds the folded scalar's trigger (`LineText.trigger`).
    static let triggerShift: UInt32 = 16

    @inline(__always) static func numeral(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x96F6, 0x4E00, 0x4E8C, 0x4E24, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x767E,
             0x5343, 0x4E07, 0x4EBF, 0x58F9, 0x8D30, 0x53C1, 0x8086, 0x4F0D, 0x9646, 0x67D2, 0x634C, 0x7396, 0x62FE,
             0x4F70, 0x4EDF, 0x5EFF, 0x5345:
            return true   // 零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟廿卅
        default:
            return false
        }
    }
}

/// The analysis form of a scalar: full-width forms folded to their ASCII twins (so rules
/// accept （一） and (一), 1． and 1.) and traditional characters to simplified ones
/// (億 → 亿, 個 → 个). One scalar for one scalar, so offsets never move.
@inline(__always) func fold(_ scalar: UInt32) -> UInt32 {
    scalar < 0x10000 ? CharClass.foldTable[Int(scalar)] : scalar
}

/// Full-width → half-width only.
@inline(__always) func widthFold(_ scalar: UInt32) -> UInt32 {
    if scalar >= 0xFF01 && scalar <= 0xFF5E { return scalar - 0xFEE0 }
    if scalar == 0x3000 { return 0x20 }
    if scalar == 0xFE50 { return 0x2C }   // small comma
    if scalar == 0xFF61 { return 0x3002 } // halfwidth ideographic full stop
    return scalar
}

extension CharClass {
    /// `fold` for every BMP scalar (256 KB, built once, read through a buffer pointer per line).
    static let foldTable: [UInt32] = {
        let traditional = TraditionalChinese.table
        return (0..<UInt32(0x10000)).map { traditional[Int(widthFold($0))] }
    }()
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
    static let ampersand = UInt32(0x26)         // &
    static let enDash = UInt32(0x2013), emDash = UInt32(0x2014), wave = UInt32(0x301C)
    static let middleDot = UInt32(0x00B7), katakanaDot = UInt32(0x30FB)
    static let lquote = UInt32(0x201C), rquote = UInt32(0x201D)
    static let lbracketCJK = UInt32(0x3014), rbracketCJK = UInt32(0x3015) // 〔〕
    static let lbook = UInt32(0x300A), rbook = UInt32(0x300B)              // 《》
    static let langle = UInt32(0x3C), rangle = UInt32(0x3E)                // < > (and the full-width ＜＞)
    static let langleCJK = UInt32(0x3008), rangleCJK = UInt32(0x3009)      // 〈〉
    static let circledOne = UInt32(0x2460), circledTwenty = UInt32(0x2473)
    static let parenthesizedOne = UInt32(0x2474), parenthesizedTwenty = UInt32(0x2487)
    static let digitStopOne = UInt32(0x2488), digitStopTwenty = UInt32(0x249B)        // ⒈ … ⒛
    static let parenIdeographOne = UInt32(0x3220), parenIdeographTen = UInt32(0x3229) // ㈠ … ㈩
}

extension Array where Element == UInt32 {
    /// Builds the scalar array of a Swift literal (used for the lexicons).
    init(literal: String) { self = literal.unicodeScalars.map(\.value) }
}
