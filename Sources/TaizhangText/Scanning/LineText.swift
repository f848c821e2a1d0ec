/// One line (paragraph) of the decoded text, held as Unicode scalars twice: `raw` for
/// exact excerpts and `norm` for matching. `norm` is the analysis form (see `fold`:
/// full-width → half-width, traditional → simplified) with the spaces that PDF
/// extraction puts inside figures removed ("3212 万元", "60 %", "教师 11 人") and the
/// pinyin readings some converters insert (衛(wèi)生) dropped, so that
/// every rule reads one spelling. `origin` maps a `norm` index back to its `raw` index
/// when spaces were removed (empty otherwise): excerpts and columns always point at the
/// original text. `classes` holds the `CharClass` of every `norm` scalar, computed once
/// per line; `mask` is their union, which lets a rule skip a line outright.
struct LineText {
    var number: Int
    private(set) var raw: [UInt32]
    var norm: [UInt32]
    var classes: [UInt8]
    var mask: CharClass = []
    /// Bit i: a scalar of trigger i occurs in `norm` (`LineText+Triggers`).
    private(set) var triggers: UInt64 = 0
    /// Raw index of each norm index, when spaces were removed; empty when none were.
    private(set) var origin: [Int32] = []
    /// Index of the first non-space scalar.
    private(set) var contentStart = 0
    /// Index of the first raw scalar that may combine with its neighbour (or `count`).
    private(set) var firstCombining = 0
    /// True for a line read but not yet prepared (`unprepared`): only `raw` and
    /// `number` are set until `prepare` computes the rest (on a `LinePipeline` worker).
    private(set) var pending = false
    /// A pending line read but not yet decoded (`undecoded`): its UTF-8 bytes wait in `classes`
    /// (empty until the line is prepared), not in an array of their own — every copy of a line
    /// retains and releases each of its references; the line-local facts travel beside the line
    /// (`LinePipeline`), not in it, for the same reason (docs/benchmarks.md, cli16).
    private(set) var bytesPending = false
    /// The bytes of an `undecoded` line were not UTF-8 (found by `prepare`): the input is
    /// decoded whole instead (`StreamingInput`).
    private(set) var malformed = false

    init(number: Int, raw: [UInt32]) {
        self.init(number: number, capacity: raw.count)
        raw.withUnsafeBufferPointer { assign(number: number, scalars: $0) }
    }

    /// An empty line whose buffers are reused by `LineReader` (see `assign`).
    init(number: Int, capacity: Int) {
        self.number = number
        raw = []; norm = []; classes = []
        raw.reserveCapacity(capacity); norm.reserveCapacity(capacity); classes.reserveCapacity(capacity)
    }

    /// Computes the cached facts once all scalars are in place.
    mutating func finish() {
        var index = 0
        while index < classes.count, classes[index] & CharClass.space.rawValue != 0 { index += 1 }
        contentStart = index
    }

    /// Replaces the content with `scalars`, reusing the arrays' storage when it is not
    /// shared: one uniqueness check per array and line instead of one per scalar.
    mutating func assign(number: Int, scalars: UnsafeBufferPointer<UInt32>) {
        self.number = number
        raw.removeAll(keepingCapacity: true)
        raw.append(contentsOf: scalars)
        analyse()
    }

    /// A line holding only its raw scalars (exactly sized); `prepare` computes the analysis
    /// form later, on a worker thread, so that the reading thread does no more than decode.
    static func unprepared(number: Int, scalars: UnsafeBufferPointer<UInt32>) -> LineText {
        var line = LineText(number: number, capacity: 0)
        line.raw = Array(scalars)
        line.pending = true
        return line
    }

    /// A line holding only its UTF-8 bytes: `prepare` decodes them later, on a worker
    /// thread, so that the reading thread does no more than find the line breaks.
    static func undecoded(number: Int, bytes: UnsafeBufferPointer<UInt8>) -> LineText {
        var line = LineText(number: number, capacity: 0)
        line.classes = Array(bytes)
        line.bytesPending = true
        line.pending = true
        return line
    }

    /// Scalars a pending line holds, about (for the size of a worker's batch).
    var pendingSize: Int { raw.count + (bytesPending ? classes.count / 3 : 0) }

    /// Computes the analysis form of a pending line (nothing for a prepared one), decoding
    /// its bytes first if it has them (malformed UTF-8: `malformed`, nothing else computed).
    mutating func prepare() {
        guard pending else { return }
        if bytesPending {
            let bytes = classes
            classes = []
            bytesPending = false
            // Decoded and folded in one pass (`LineText+Fold`).
            let valid = bytes.withUnsafeBufferPointer { decodeAndAnalyse($0, firstLine: number == 1) }
            if !valid { malformed = true }
            pending = false
            return
        }
        norm.reserveCapacity(raw.count); classes.reserveCapacity(raw.count)
        analyse()
        pending = false
    }

    /// Computes `norm`, `classes`, `origin` and the cached facts from `raw`.
    private mutating func analyse() {
        let count = raw.count
        norm.removeAll(keepingCapacity: true)
        norm.append(contentsOf: raw)
        classes.removeAll(keepingCapacity: true)
        classes.append(contentsOf: repeatElement(0, count: count))
        origin.removeAll(keepingCapacity: true)
        var tally = FoldTally()
        CharClass.bmpTable.withUnsafeBufferPointer { table in
            CharClass.foldTable.withUnsafeBufferPointer { folds in
                norm.withUnsafeMutableBufferPointer { normBuffer in
                    classes.withUnsafeMutableBufferPointer { classBuffer in
                        // A local copy, written back once (see `decodeAndAnalyse`).
                        var sums = tally
                        for index in 0..<count {
                            let (folded, bits) = sums.add(normBuffer[index], at: index, table: table, folds: folds)
                            normBuffer[index] = folded
                            classBuffer[index] = bits
                        }
                        tally = sums
                    }
                }
            }
        }
        finishAnalysis(tally)
    }

    /// Takes the arrays of a pass that decoded and folded at once (`decodeAndAnalyse`); with
    /// no tally (malformed bytes), `raw` alone.
    mutating func adopt(raw newRaw: [UInt32], norm newNorm: [UInt32], classes newClasses: [UInt8], tally: FoldTally?) {
        raw = newRaw
        guard let tally else { return }
        norm = newNorm
        classes = newClasses
        origin.removeAll(keepingCapacity: true)
        finishAnalysis(tally)
    }

    /// The rest of `analyse` once `norm` and `classes` hold every scalar: the cached facts,
    /// and figures' spaces and pinyin readings removed.
    private mutating func finishAnalysis(_ tally: FoldTally) {
        firstCombining = tally.mayCombine ? LineText.firstCombining(raw) : raw.count
        mask = CharClass(rawValue: tally.union)
        triggers = tally.present
        // HTML entities left as text (`LineText+Entities`): only lines with Latin letters or `&`.
        let entities = (mask.contains(.latin) || mayContain(U.ampersand)) && decodeEntities()
        let ruby = mask.contains(.latin) && (LineText.hasRuby(norm) || LineText.hasEdgeRuby(norm, classes))
        if tally.spaceNearDigit || ruby || entities { compactFigures(ruby: ruby) }
        finish()
    }

    /// Takes the decoded form of a line's HTML entities; false when it holds none.
    private mutating func decodeEntities() -> Bool {
        guard let decoded = LineText.decodedEntities(norm, classes) else { return false }
        norm = decoded.norm; classes = decoded.classes; origin = decoded.origin
        mask = CharClass(rawValue: decoded.classes.reduce(0) { $0 | $1 }); triggers = LineText.triggers(of: norm)
        return true
    }

    /// Pinyin readings that web converters insert after characters: 衛(wèi)生, 個(gè).
    @inline(__always) static func isPinyin(_ scalar: UInt32) -> Bool {
        (scalar >= 0x61 && scalar <= 0x7A) || (scalar >= 0xE0 && scalar <= 0xFC) || (scalar >= 0x101 && scalar <= 0x16B) || (scalar >= 0x1CE && scalar <= 0x1DC)
    }

    static func hasRuby(_ norm: [UInt32]) -> Bool {
        var index = 1
        while index + 2 < norm.count {
            if norm[index] == U.lparen, isPinyin(norm[index + 1]) { return true }
            index += 1
        }
        return false
    }

    /// The end of a pinyin reading starting at `open` (an opening bracket after a
    /// character), or nil.
    private func rubyEnd(at open: Int) -> Int? {
        guard open > 0, classes[open - 1] & CharClass.ideograph.rawValue != 0 else { return nil }
        var index = open + 1
        while index < norm.count, index - open <= 7, LineText.isPinyin(norm[index]) { index += 1 }
        return index > open + 1 && index < norm.count && norm[index] == U.rparen ? index + 1 : nil
    }

    /// Removes runs of spaces between a digit and what belongs to it: 3212 万元, 60 %,
    /// 300 余家, 共 10 间, 2023 年. Spaces between two digits stay (table columns), as do
    /// spaces with nothing but text around them (the trace of a deleted number).
    /// With `ruby`, pinyin readings after characters are removed too (衛(wèi)生 → 衛生).
    private mutating func compactFigures(ruby: Bool) {
        let space = CharClass.space.rawValue, digit = CharClass.digit.rawValue, ideograph = CharClass.ideograph.rawValue
        var keep = [Bool](repeating: true, count: norm.count)
        var removed = 0
        var index = 1
        if ruby {
            while index < norm.count {
                if norm[index] == U.lparen, let end = rubyEnd(at: index) {
                    for position in index..<end { keep[position] = false }
                    removed += end - index
                    index = end
                } else { index += 1 }
            }
            // Pieces of readings cut by the line's edges (`LineText+EdgeRuby`).
            let (head, tail) = LineText.edgeRuby(norm, classes)
            for position in Array(head ?? 0..<0) + Array(tail ?? 0..<0) where keep[position] { keep[position] = false; removed += 1 }
            index = 1
        }
        while index < norm.count {
            guard classes[index] & space != 0, norm[index] != 0x0A else { index += 1; continue }
            var end = index
            while end < norm.count, classes[end] & space != 0 { end += 1 }
            if end < norm.count {
                let before = classes[index - 1], after = classes[end], next = norm[end]
                let unitAfter = after & ideograph != 0 || next == U.percent || next == U.permille
                if before & digit != 0 && unitAfter || before & ideograph != 0 && after & digit != 0
                    || end - index == 1 && before & after & digit != 0 && LineText.splitsDigits(norm, classes, at: index) {
                    for position in index..<end { keep[position] = false }
                    removed += end - index
                }
            }
            index = end
        }
        guard removed > 0 else { return }
        var newNorm = [UInt32](), newClasses = [UInt8](), newOrigin = [Int32]()
        newNorm.reserveCapacity(norm.count - removed); newClasses.reserveCapacity(norm.count - removed)
        newOrigin.reserveCapacity(norm.count - removed)
        for position in 0..<norm.count where keep[position] {
            newNorm.append(norm[position]); newClasses.append(classes[position]); newOrigin.append(Int32(rawIndex(position)))
        }
        norm = newNorm; classes = newClasses; origin = newOrigin
        triggers = LineText.triggers(of: norm)
    }

    /// The raw index of a norm index (`count` maps to the end of the raw text).
    @inline(__always) func rawIndex(_ index: Int) -> Int {
        if origin.isEmpty { return index }
        if index >= origin.count { return raw.count + (index - origin.count) }
        return index < 0 ? index : Int(origin[index])
    }

    /// Length of the analysis form (`norm`), which every rule indexes.
    var count: Int { norm.count }

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
        // None of the scalars in the line (and no class asked for): nothing to find.
        if bits == 0, !(a != LineText.none && mayContain(a) || b != LineText.none && mayContain(b)
                        || c != LineText.none && mayContain(c) || d != LineText.none && mayContain(d)) {
            return classes.count
        }
        return norm.withUnsafeBufferPointer { norm in
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

    /// The original text of a norm range (from the raw scalar of its first index to that of
    /// its last, so removed spaces inside it are kept and those around it are not).
    func string(_ range: Range<Int>) -> String {
        rawBounds(range).map { rawString($0) } ?? ""
    }

    /// The analysis form of a norm range (simplified, half-width): units and qualifiers are
    /// reported this way (億元 → 亿元, 達到 → 达到).
    func normString(_ range: Range<Int>) -> String {
        let lower = Swift.max(0, range.lowerBound), upper = Swift.min(norm.count, range.upperBound)
        guard lower < upper else { return "" }
        return norm.withUnsafeBufferPointer { LineText.utf8String(UnsafeBufferPointer(rebasing: $0[lower..<upper])) }
    }

    func rawString(_ range: Range<Int>) -> String {
        let lower = Swift.max(0, range.lowerBound), upper = Swift.min(raw.count, range.upperBound)
        guard lower < upper else { return "" }
        return raw.withUnsafeBufferPointer { LineText.utf8String(UnsafeBufferPointer(rebasing: $0[lower..<upper])) }
    }

    var text: String { rawString(0..<raw.count) }

    /// 1-based column in characters (grapheme clusters). For CJK and ASCII text a
    /// scalar is a character, so the exact count is only computed when the prefix holds
    /// scalars that may combine (marks, joiners, variation selectors …).
    func column(of index: Int) -> Int {
        let prefixCount = Swift.max(0, Swift.min(rawIndex(index), raw.count))
        if prefixCount <= firstCombining { return prefixCount + 1 }
        return rawString(0..<prefixCount).count + 1
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
        guard mayContain(first), mayContain(second) else { return false }
        var index = 0
        while index + 1 < norm.count {
            if norm[index] == first && norm[index + 1] == second { return true }
            index += 1
        }
        return false
    }

    /// True when the scalar occurs anywhere in the line.
    func contains(scalar: UInt32) -> Bool {
        if let known = knownContains(scalar) { return known }
        // Through the buffer, eight scalars a round (`ScalarSearch`): the rules ask this of
        // whole lines (`Array.contains` compared and bounds-checked one scalar a round).
        return norm.withUnsafeBufferPointer { norm in
            ScalarSearch.first(scalar, in: norm, from: 0, to: norm.count) < norm.count
        }
    }

    func firstIndex(of word: [UInt32], in range: Range<Int>) -> Int? {
        guard let first = word.first, range.count >= word.count else { return nil }
        for scalar in word where !mayContain(scalar) { return nil }
        // Through the buffers (the subscripts and `matches` checked bounds per scalar). The
        // range is clamped to the line, where the subscript trapped outside it.
        let last = Swift.min(range.upperBound, norm.count) - word.count
        return norm.withUnsafeBufferPointer { norm in
            word.withUnsafeBufferPointer { word in
                // From one place of the first letter to the next (`ScalarSearch`).
                var index = Swift.max(range.lowerBound, 0)
                while index <= last {
                    index = ScalarSearch.first(first, in: norm, from: index, to: last &+ 1)
                    guard index <= last else { return nil }
                    var offset = 1
                    while offset < word.count, norm[index &+ offset] == word[offset] { offset &+= 1 }
                    if offset == word.count { return index }
                    index &+= 1
                }
                return nil
            }
        }
    }
}
