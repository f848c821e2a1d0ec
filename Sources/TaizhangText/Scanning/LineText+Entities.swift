/// HTML character entities left as text by a page's conversion (`6.38permil;`, `&ldquo;`,
/// `50&nbsp;万元`, `&#8240;`): decoded in the analysis form, one scalar for the whole
/// entity, with `origin` pointing back at the original letters (excerpts keep them).
///
/// Why it generalises: an entity is a fixed ASCII name between `&` and `;`; in Chinese prose
/// an ASCII lowercase run glued between figures, ideographs or punctuation is never a word of
/// the text, so the names decode wherever they are not part of a Latin word. Bare names
/// (neither `&` nor `;` kept) decode only for the long names that no English word spells
/// (permil, nbsp, ldquo …); short ones (lt, gt, amp, deg, times) need `&` or `;`.
extension LineText {
    /// Entity names with the scalar they stand for; `long` names may decode bare.
    private static let entityNames: [(name: [UInt32], value: UInt32, long: Bool)] = [
        ("permil", 0x2030, true), ("percnt", 0x25, true), ("nbsp", 0x20, true), ("ensp", 0x20, true),
        ("emsp", 0x20, true), ("thinsp", 0x20, true), ("ldquo", 0x201C, true), ("rdquo", 0x201D, true),
        ("lsquo", 0x2018, true), ("rsquo", 0x2019, true), ("mdash", 0x2014, true), ("ndash", 0x2013, true),
        ("hellip", 0x2026, true), ("middot", 0xB7, true), ("plusmn", 0xB1, true), ("divide", 0xF7, true),
        ("times", 0xD7, false), ("deg", 0xB0, false), ("amp", 0x26, false), ("lt", 0x3C, false),
        ("gt", 0x3E, false), ("quot", 0x22, false), ("yen", 0xA5, false), ("laquo", 0xAB, false),
        ("raquo", 0xBB, false), ("bull", 0x2022, false),
    ].map { (Array($0.0.unicodeScalars.map(\.value)), $0.1, $0.2) }

    @inline(__always) private static func isLower(_ s: UInt32) -> Bool { s >= 0x61 && s <= 0x7A }
    @inline(__always) private static func isAsciiLetter(_ s: UInt32) -> Bool { isLower(s) || (s >= 0x41 && s <= 0x5A) }

    /// The entity starting at `start` (at `&`, or at its first letter when `&` was lost): its
    /// end and value, or nil.
    static func entity(_ norm: [UInt32], at start: Int) -> (end: Int, value: UInt32)? {
        let count = norm.count
        var index = start
        let amp = norm[index] == 0x26
        if amp { index += 1 }
        // Numeric: &#8240; &#x2030; (both marks required: digits alone are figures).
        if amp, index < count, norm[index] == 0x23 {
            var cursor = index + 1, value: UInt32 = 0, digits = 0
            let hex = cursor < count && (norm[cursor] == 0x78 || norm[cursor] == 0x58)
            if hex { cursor += 1 }
            while cursor < count, digits < 6 {
                let s = norm[cursor]
                if s >= 0x30 && s <= 0x39 { value = value * (hex ? 16 : 10) + (s - 0x30) }
                else if hex, let d = hexDigit(s) { value = value * 16 + d }
                else { break }
                digits += 1; cursor += 1
            }
            guard digits > 0, cursor < count, norm[cursor] == 0x3B, value >= 0x20, value <= 0x10FFFF,
                  !(value >= 0xD800 && value <= 0xDFFF) else { return nil }
            return (cursor + 1, value)
        }
        // A name inside a Latin word is the word's letters (Tom&gt, and&nbsp are not this).
        if !amp, start > 0, isAsciiLetter(norm[start - 1]) { return nil }
        // &amp;nbsp; (escaped twice): the inner entity is the one meant.
        if amp, index + 4 < count, norm[index] == 0x61, norm[index + 1] == 0x6D, norm[index + 2] == 0x70,
           norm[index + 3] == 0x3B, isLower(norm[index + 4]), let inner = entity(norm, at: index + 4) {
            return inner
        }
        for entry in entityNames {
            let end = index + entry.name.count
            guard end <= count, norm[index] == entry.name[0] else { continue }
            var offset = 1
            while offset < entry.name.count, norm[index + offset] == entry.name[offset] { offset += 1 }
            guard offset == entry.name.count else { continue }
            let semicolon = end < count && norm[end] == 0x3B
            // The name must end the letters: nbspx is no entity.
            if !semicolon, end < count, isAsciiLetter(norm[end]) { continue }
            guard amp || semicolon || entry.long else { continue }
            return (semicolon ? end + 1 : end, entry.value)
        }
        return nil
    }

    /// The raw end of the entity starting at raw index `start` (`start + 1` when none does).
    static func entityEnd(_ raw: [UInt32], _ start: Int) -> Int {
        entity(raw, at: start)?.end ?? start + 1
    }

    private static func hexDigit(_ s: UInt32) -> UInt32? {
        if s >= 0x61 && s <= 0x66 { return s - 0x61 + 10 }
        if s >= 0x41 && s <= 0x46 { return s - 0x41 + 10 }
        return nil
    }

    /// The analysis form of a line with its HTML entities decoded, and the map from each new
    /// index to the old one; nil (nothing allocated) when it holds none.
    static func decodedEntities(_ norm: [UInt32], _ classes: [UInt8]) -> (norm: [UInt32], classes: [UInt8], origin: [Int32])? {
        var found: [(start: Int, end: Int, value: UInt32)] = []
        var index = 0
        let count = norm.count
        while index < count {
            let s = norm[index]
            if s == 0x26 || isLower(s) && (index == 0 || !isAsciiLetter(norm[index - 1])) {
                if let hit = entity(norm, at: index) {
                    found.append((index, hit.end, hit.value))
                    index = hit.end
                    continue
                }
            }
            index += 1
        }
        guard !found.isEmpty else { return nil }
        var newNorm = [UInt32](), newClasses = [UInt8](), newOrigin = [Int32]()
        newNorm.reserveCapacity(count); newClasses.reserveCapacity(count); newOrigin.reserveCapacity(count)
        var position = 0
        for entity in found {
            while position < entity.start {
                newNorm.append(norm[position]); newClasses.append(classes[position]); newOrigin.append(Int32(position))
                position += 1
            }
            let folded = fold(entity.value)
            newNorm.append(folded); newClasses.append(CharClass.of(folded).rawValue); newOrigin.append(Int32(entity.start))
            position = entity.end
        }
        while position < count {
            newNorm.append(norm[position]); newClasses.append(classes[position]); newOrigin.append(Int32(position))
            position += 1
        }
        return (newNorm, newClasses, newOrigin)
    }
}
