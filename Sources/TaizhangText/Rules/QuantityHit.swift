/// A quantity found on a line, with the positions the arithmetic rules need.
struct QuantityHit {
    var number: ParsedNumber
    /// Start of the prefix qualifier if any, else the number's start.
    var start: Int
    /// End of the unit (and of a trailing qualifier).
    var end: Int
    var unit: String
    /// The measure word alone, without magnitude (人次 for 万人次).
    var measure: String
    var qualifier: String?
    var prefixQualifier: String?
    var postQualifier: String?
    var change: String?
    var subject: String

    var value: Double { change == "decrease" ? -number.value : number.value }
    var normalized: Double { value * number.magnitude }
    var isApproximate: Bool {
        guard let qualifier else { return false }
        return !QuantityHit.isExactly(qualifier, "达")
    }
    var isPercent: Bool { QuantityHit.isExactly(measure, "%") || QuantityHit.isExactly(measure, "‰") }

    /// `text == literal`, by bytes. `==` on non-ASCII Strings compares by canonical
    /// equivalence, normalising both sides (a few per cent of the check in profiles, most of
    /// it from `isPercent` in the arithmetic rules). Only for literals that no other string
    /// is canonically equivalent to (no scalar decomposes to them: true of %, ‰ and 达, not
    /// of every ideograph — U+F98E decomposes to 年), so the answer is the same.
    @inline(__always) static func isExactly(_ text: String, _ literal: StaticString) -> Bool {
        let bytes = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        return text.utf8.count == bytes.count && text.utf8.elementsEqual(bytes)
    }
}
