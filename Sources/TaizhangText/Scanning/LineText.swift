/// One line (paragraph) of the decoded text, held as Unicode scalars twice: `raw` for
/// exact excerpts and `norm` (full-width folded) for matching. Both have the same
/// length, so an index found in `norm` is valid in `raw`. `classes` holds the
/// `CharClass` of every `norm` scalar, computed once per line so that rules scan a
/// byte array instead of classifying each scalar again; `mask` is their union, which
/// lets a rule skip a line without digits or numerals outright.
struct LineText {
    var number: Int
    var raw: [UInt32]
    var norm: [UInt32]
    var classes: [UInt8]
    var mask: CharClass = []
    /// Index of the first non-space scalar.
    private(set) var contentStart = 0
    /// Index of the first raw scalar that may combine with its neighbour (or `count`).
    private(set) var firstCombining = 0

    init(number: Int, raw: [UInt32]) {
        self.number = number
        self.raw = []
        self.norm = []
        self.classes = []
        self.raw.reserveCapacity(raw.count)
        self.norm.reserveCapacity(raw.count)
        self.classes.reserveCapacity(raw.count)
        for value in raw { append(value) }
        firstCombining = raw.firstIndex(where: LineText.mayCombine) ?? raw.count
        finish()
    }

    /// An empty line whose buffers are reused by `LineReader` (see `clear`).
    init(number: Int, capacity: Int) {
        self.number = number
        raw = []; norm = []; classes = []
        raw.reserveCapacity(capacity); norm.reserveCapacity(capacity); classes.reserveCapacity(capacity)
    }

    @inline(__always) mutating func append(_ value: UInt32) {
        let folded = fold(value)
        let cls = CharClass.of(folded)
        raw.append(value)
        norm.append(folded)
        classes.append(cls.rawValue)
        mask.formUnion(cls)
    }

    /// Computes the cached facts once all scalars are appended.
    mutating func finish() {
        var index = 0
        while index < classes.count, classes[index] & CharClass.space.rawValue != 0 { index += 1 }
        contentStart = index
    }

    /// Replaces the content with `scalars`, reusing the arrays' storage when it is not
    /// shared: one uniqueness check per array and line instead of one per scalar.
    mutating func assign(number: Int, scalars: UnsafeBufferPointer<UInt32>) {
        self.number = number
        let count = scalars.count
        raw.removeAll(keepingCapacity: true)
        raw.append(contentsOf: scalars)
        norm.removeAll(keepingCapacity: true)
        norm.append(contentsOf: scalars)
        classes.removeAll(keepingCapacity: true)
        classes.append(contentsOf: repeatElement(0, count: count))
        var union: UInt8 = 0
        var combining = count
        CharClass.bmpTable.withUnsafeBufferPointer { table in
            norm.withUnsafeMutableBufferPointer { normBuffer in
                classes.withUnsafeMutableBufferPointer { classBuffer in
                    for index in 0..<count {
                        let value = normBuffer[index]
                        // Beyond the BMP nothing folds, and every scalar may combine.
                        let entry = value < 0x10000 ? table[Int(value)]
                            : UInt16(CharClass.of(value).rawValue) | CharClass.combiningFlag
                        normBuffer[index] = fold(value)
                        let bits = UInt8(truncatingIfNeeded: entry)
                        classBuffer[index] = bits
                        union |= bits
                        if entry >= CharClass.combiningFlag && index < combining { combining = index }
                    }
                }
            }
        }
        firstCombining = combining
        mask = CharClass(rawValue: union)
        finish()
    }

    var count: Int { raw.count }

    @inline(__always) subscript(_ index: Int) -> UInt32 { index >= 0 && index < norm.count ? norm[index] : 0 }

    /// The class of the scalar at `index`; empty outside the line (like `CharClass.of(0)`).
    @inline(__always) func cls(_ index: Int) -> CharClass {
        index >= 0 && index < classes.count ? CharClass(rawValue: classes[index]) : []
    }

    /// The first index ≥ `start` whose class shares a bit with `bits` or whose scalar is
    /// one of `a`…`d` (pass `LineText.none` for unused ones), or `count`. Rules use it to
    /// skip the plain text between the positions they care about in one tight loop.
    func nextIndex(from start: Int, classes bits: UInt8, or a: UInt32 = none, _ b: UInt32 = none,
                   _ c: UInt32 = none, _ d: UInt32 = none) -> Int {
        norm.withUnsafeBufferPointer { norm in
            classes.withUnsafeBufferPointer { classes in
                var index = Swift.max(start, 0)
                while index < classes.count {
                    if classes[index] & bits != 0 { return index }
                    let scalar = norm[index]
                    if scalar == a || scalar == b || scalar == c || scalar == d { return index }
                    index += 1
                }
                return classes.count
            }
        }
    }

    /// A value that is never a scalar, for unused `nextIndex` alternatives.
    static var none: UInt32 { .max }

    func string(_ range: Range<Int>) -> String {
        let lower = Swift.max(0, range.lowerBound), upper = Swift.min(raw.count, range.upperBound)
        guard lower < upper else { return "" }
        return raw.withUnsafeBufferPointer { LineText.utf8String(UnsafeBufferPointer(rebasing: $0[lower..<upper])) }
    }

    /// Encodes scalars to a String directly as UTF-8 (invalid values are skipped, as
    /// `Unicode.Scalar(_:)` would), without appending scalar by scalar.
    static func utf8String(_ scalars: UnsafeBufferPointer<UInt32>) -> String {
        // Exact UTF-8 length first, so that stored results do not keep slack capacity.
        var length = 0
        for value in scalars {
            length += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var out = 0
            for value in scalars {
                if value < 0x80 {
                    buffer[out] = UInt8(value); out += 1
                } else if value < 0x800 {
                    buffer[out] = UInt8(0xC0 | (value >> 6)); buffer[out + 1] = UInt8(0x80 | (value & 0x3F)); out += 2
                } else if value < 0x10000 {
                    if value >= 0xD800 && value <= 0xDFFF { continue }
                    buffer[out] = UInt8(0xE0 | (value >> 12)); buffer[out + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[out + 2] = UInt8(0x80 | (value & 0x3F)); out += 3
                } else if value <= 0x10FFFF {
                    buffer[out] = UInt8(0xF0 | (value >> 18)); buffer[out + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
                    buffer[out + 2] = UInt8(0x80 | ((value >> 6) & 0x3F)); buffer[out + 3] = UInt8(0x80 | (value & 0x3F)); out += 4
                }
            }
            return out
        }
    }

    var text: String { string(0..<raw.count) }

    /// 1-based column in characters (grapheme clusters). For CJK and ASCII text a
    /// scalar is a character, so the exact count is only computed when the prefix holds
    /// scalars that may combine (marks, joiners, variation selectors …).
    func column(of index: Int) -> Int {
        let prefixCount = Swift.max(0, Swift.min(index, raw.count))
        if prefixCount <= firstCombining { return prefixCount + 1 }
        return string(0..<index).count + 1
    }

    @inline(__always) static func mayCombine(_ value: UInt32) -> Bool {
        if value < 0x300 { return value == 0x0D }
        if value >= 0x3000 && value <= 0x9FFF { return false }
        if value >= 0xFF00 && value <= 0xFFEF { return false }
        if value >= 0x2010 && value <= 0x2027 { return false }
        return true
    }

    func matches(_ word: [UInt32], at index: Int) -> Bool {
        guard index >= 0, index + word.count <= norm.count else { return false }
        for offset in 0..<word.count where norm[index + offset] != word[offset] { return false }
        return true
    }

    func contains(_ word: [UInt32], in range: Range<Int>? = nil) -> Bool {
        firstIndex(of: word, in: range ?? 0..<norm.count) != nil
    }

    /// True when `first` immediately followed by `second` occurs in the line
    /// (`contains([first, second])` without building an array).
    func contains(_ first: UInt32, followedBy second: UInt32) -> Bool {
        var index = 0
        while index + 1 < norm.count {
            if norm[index] == first && norm[index + 1] == second { return true }
            index += 1
        }
        return false
    }

    /// True when the scalar occurs anywhere in the line.
    func contains(scalar: UInt32) -> Bool { norm.contains(scalar) }

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
