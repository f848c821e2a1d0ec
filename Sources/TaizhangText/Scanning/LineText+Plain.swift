/// Searching the original text of a line by scalars instead of through Foundation's
/// `String.range(of:)` / `components(separatedBy:)`, which bridge to CoreFoundation and
/// compare by canonical equivalence (several per cent of the streaming check's time in
/// profiles, all of it in the named-list rules).
///
/// The two agree whenever every scalar of the text is *plain*: a scalar that is a
/// Character on its own (joins no neighbour into a grapheme cluster) and has no canonical
/// decomposition, so that Character equality is scalar equality. Callers use these
/// helpers only then (`isPlain`) and keep the Foundation call for any other text, so the
/// results are the same for every input.
extension LineText {
    /// Plain scalars: printable ASCII (CR LF is one Character; controls are left to
    /// Foundation), the general punctuation
    /// U+2010–U+2027, CJK symbols and punctuation but the combining tone marks
    /// U+302A–U+302F, the unified ideographs, and the half- and full-width forms but the
    /// combining sound marks U+FF9E–U+FF9F. None of them decomposes canonically.
    @inline(__always) static func isPlain(_ value: UInt32) -> Bool {
        if value < 0x80 { return value >= 0x20 && value < 0x7F }
        if value >= 0x4E00 && value <= 0x9FFF { return true }
        if value >= 0x3000 && value <= 0x303F { return value < 0x302A || value > 0x302F }
        if value >= 0xFF00 && value <= 0xFFEF { return value != 0xFF9E && value != 0xFF9F }
        return value >= 0x2010 && value <= 0x2027
    }

    /// The raw range that `string(range)` returns the text of (nil when it returns "").
    func rawBounds(_ range: Range<Int>) -> Range<Int>? {
        let clamped = Swift.max(0, range.lowerBound)..<Swift.min(norm.count, range.upperBound)
        guard !clamped.isEmpty else { return nil }
        let lower = Swift.max(0, rawIndex(clamped.lowerBound))
        var upper = Swift.min(raw.count, rawIndex(clamped.upperBound - 1) + 1)
        // A range ending on a decoded HTML entity ends after the entity's letters (`LineText+Entities`).
        if !origin.isEmpty, upper > 0, norm[clamped.upperBound - 1] != fold(raw[upper - 1]) { upper = LineText.entityEnd(raw, upper - 1) }
        return lower < upper ? lower..<upper : nil
    }

    /// How a repeated paragraph is quoted: its first `length` characters from the content's
    /// start, with … when the line goes on.
    func excerpt(length: Int = 40) -> String {
        let start = contentStart, end = Swift.min(count, start + length)
        return count > end ? string(start..<end, then: 0x2026) : string(start..<end)
    }

    /// `string(range)` with `suffix` after it (an excerpt and its ellipsis), encoded as one
    /// String: appending the suffix to the excerpt copied it into a new, larger one.
    func string(_ range: Range<Int>, then suffix: UInt32) -> String {
        guard let bounds = rawBounds(range) else { return Unicode.Scalar(suffix).map { String(Character($0)) } ?? "" }
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: bounds.count + 1) { buffer in
            raw.withUnsafeBufferPointer { raw in
                _ = buffer.initialize(from: UnsafeBufferPointer(rebasing: raw[bounds]))
            }
            buffer[bounds.count] = suffix
            return LineText.utf8String(UnsafeBufferPointer(buffer))
        }
    }

    /// `text.count` (Characters), from the UTF-8 bytes when every scalar is plain (each is
    /// then a Character of its own: the count of scalars); `count` itself otherwise. The
    /// named-list and wrapped-line rules count the letters of list items and excerpts in their
    /// loops, and `String.count` walked the grapheme breaks (≈ 3,000 instructions a call).
    static func characters(_ text: String) -> Int {
        var text = text
        let scalars: Int? = text.withUTF8 { QuantityHit.plainUTF8(count: $0) }
        return scalars ?? text.count
    }

    /// `rawString(range).count`, by scalars when every raw scalar of the range is plain.
    func rawCharacters(_ range: Range<Int>) -> Int {
        let lower = Swift.max(0, range.lowerBound), upper = Swift.min(raw.count, range.upperBound)
        guard lower < upper else { return 0 }
        return isPlain(raw: lower..<upper) ? upper - lower : rawString(lower..<upper).count
    }

    /// True when every raw scalar in `range` is plain (see `isPlain`).
    func isPlain(raw range: Range<Int>) -> Bool {
        raw.withUnsafeBufferPointer { raw in
            for index in range where !LineText.isPlain(raw[index]) { return false }
            return true
        }
    }

    /// The first raw index in `range` where `word` starts, or nil.
    func rawFirstIndex(of word: [UInt32], in range: Range<Int>) -> Int? {
        guard let first = word.first, range.count >= word.count else { return nil }
        var index = range.lowerBound
        while index <= range.upperBound - word.count {
            if raw[index] == first {
                var offset = 1
                while offset < word.count, raw[index + offset] == word[offset] { offset += 1 }
                if offset == word.count { return index }
            }
            index += 1
        }
        return nil
    }

    /// How often `scalar` occurs in the raw `range`.
    func rawCount(of scalar: UInt32, in range: Range<Int>) -> Int {
        var count = 0
        for index in range where raw[index] == scalar { count += 1 }
        return count
    }
}
