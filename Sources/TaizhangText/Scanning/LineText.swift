/// One line (paragraph) of the decoded text, held as Unicode scalars twice: `raw` for
/// exact excerpts and `norm` (full-width folded) for matching. Both have the same
/// length, so an index found in `norm` is valid in `raw`.
struct LineText {
    var number: Int
    var raw: [UInt32]
    var norm: [UInt32]

    init(number: Int, raw: [UInt32]) {
        self.number = number
        self.raw = raw
        self.norm = raw.map(fold)
    }

    var count: Int { raw.count }

    @inline(__always) subscript(_ index: Int) -> UInt32 { index >= 0 && index < norm.count ? norm[index] : 0 }

    func string(_ range: Range<Int>) -> String {
        let lower = Swift.max(0, range.lowerBound), upper = Swift.min(raw.count, range.upperBound)
        guard lower < upper else { return "" }
        var result = String.UnicodeScalarView()
        for value in raw[lower..<upper] { if let scalar = Unicode.Scalar(value) { result.append(scalar) } }
        return String(result)
    }

    var text: String { string(0..<raw.count) }

    /// 1-based column in characters (grapheme clusters). For CJK and ASCII text a
    /// scalar is a character, so the exact count is only computed when the prefix holds
    /// scalars that may combine (marks, joiners, variation selectors …).
    func column(of index: Int) -> Int {
        let prefix = raw[0..<Swift.min(index, raw.count)]
        if !prefix.contains(where: LineText.mayCombine) { return prefix.count + 1 }
        return string(0..<index).count + 1
    }

    @inline(__always) static func mayCombine(_ value: UInt32) -> Bool {
        if value < 0x300 { return value == 0x0D }
        if value >= 0x3000 && value <= 0x9FFF { return false }
        if value >= 0xFF00 && value <= 0xFFEF { return false }
        if value >= 0x2010 && value <= 0x2027 { return false }
        return true
    }

    /// Index of the first non-space scalar.
    var contentStart: Int {
        var index = 0
        while index < norm.count, CharClass.of(norm[index]).contains(.space) { index += 1 }
        return index
    }

    func matches(_ word: [UInt32], at index: Int) -> Bool {
        guard index >= 0, index + word.count <= norm.count else { return false }
        for offset in 0..<word.count where norm[index + offset] != word[offset] { return false }
        return true
    }

    func contains(_ word: [UInt32], in range: Range<Int>? = nil) -> Bool {
        firstIndex(of: word, in: range ?? 0..<norm.count) != nil
    }

    func firstIndex(of word: [UInt32], in range: Range<Int>) -> Int? {
        guard let first = word.first, range.count >= word.count else { return nil }
        var index = range.lowerBound
        let last = range.upperBound - word.count
        while index <= last {
            if norm[index] == first && matches(word, at: index) { return index }
            index += 1
        }
        return nil
    }
}
