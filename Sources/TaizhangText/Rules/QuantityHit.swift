/// A quantity found on a line, with the positions the arithmetic rules need.
struct QuantityHit {
    var number: ParsedNumber
    /// Start of the prefix qualifier if any, else the number's start.
    var start: Int
    /// End of the unit (and of a trailing qualifier).
    var end: Int
    /// The words of the hit, in one box shared by its copies until one of them changes a
    /// word: the rules copy hits in every loop over them, and a copy retained seven strings.
    private var words: Words

    init(number: ParsedNumber, start: Int, end: Int, unit: String, measure: String, qualifier: String?,
         prefixQualifier: String?, postQualifier: String?, change: String?, subject: SubjectText) {
        self.number = number
        self.start = start
        self.end = end
        words = Words(unit: unit, measure: measure, qualifier: qualifier, prefixQualifier: prefixQualifier,
                      postQualifier: postQualifier, change: change, subject: subject)
    }

    var unit: String {
        get { words.unit }
        set { uniqueWords(); words.unit = newValue }
    }
    /// The measure word alone, without magnitude (人次 for 万人次).
    var measure: String {
        get { words.measure }
        set { uniqueWords(); words.measure = newValue }
    }
    var qualifier: String? {
        get { words.qualifier }
        set { uniqueWords(); words.qualifier = newValue }
    }
    var prefixQualifier: String? {
        get { words.prefixQualifier }
        set { uniqueWords(); words.prefixQualifier = newValue }
    }
    var postQualifier: String? {
        get { words.postQualifier }
        set { uniqueWords(); words.postQualifier = newValue }
    }
    var change: String? {
        get { words.change }
        set { uniqueWords(); words.change = newValue }
    }
    /// The subject phrase, built from the line's scalars on each call (see `SubjectText`).
    var subject: String { words.subject.string }
    var subjectText: SubjectText {
        get { words.subject }
        set { uniqueWords(); words.subject = newValue }
    }

    var value: Double { change == "decrease" ? -number.value : number.value }
    var normalized: Double { value * number.magnitude }
    var isApproximate: Bool {
        guard let qualifier else { return false }
        return !QuantityHit.isExactly(qualifier, "达")
    }
    /// `isPercent`, `isPercentSign` and `isPoints` are computed once, when the measure is
    /// set (`Words.kind`): the rules ask them of every hit in every loop.
    var isPercent: Bool { words.kind & Words.percent != 0 }
    /// `measure == "%"`, by bytes (`isExactly`): the rules ask it of every hit in their
    /// loops, and `==` of an ideograph measure with "%" took the normalising comparison.
    var isPercentSign: Bool { words.kind & Words.percentSign != 0 }
    var isPoints: Bool { words.kind & Words.points != 0 }
    /// `ItemTotals.sameKind`'s key of the measure (`QuantityHit.kindKey`, 0 when unknown),
    /// and whether the measure may be summed (`AgreedSums.summable`): computed once, when the
    /// measure is set — the sum readers asked both of every pair of figures, by Strings.
    var kindKey: UInt64 { words.kindKey }
    /// The measure's bytes packed (`packedMeasure`, 0 when unknown): `MeasureSet` reads it.
    var measureKey: UInt64 { words.measureKey }
    /// Every scalar of the measure is plain (`plainUTF8`), the empty measure too: a measure with
    /// no key (empty, or longer than eight bytes) is then told from the others by its bytes,
    /// without the normalising comparison (`QuantityHit+Kinds`).
    var plainMeasure: Bool { words.plain }
    var summableMeasure: Bool { !words.unsummed }

    /// `isPercent` of a measure, by bytes.
    static func percent(_ measure: String) -> Bool { isExactly(measure, "%") || isExactly(measure, "‰") }

    /// `measure.hasSuffix("百分点")` (个百分点, 百分点), from the bytes when every scalar of the
    /// measure is plain (`LineText.isPlain`: none combines or decomposes, so Character and
    /// byte comparison agree); `hasSuffix` itself otherwise.
    static func points(_ measure: String) -> Bool {
        for scalar in measure.unicodeScalars where !LineText.isPlain(scalar.value) { return measure.hasSuffix("百分点") }
        let suffix: StaticString = "百分点"
        let bytes = UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount)
        return measure.utf8.count >= bytes.count && measure.utf8.suffix(bytes.count).elementsEqual(bytes)
    }

    /// `text == literal`, by bytes. `==` on non-ASCII Strings compares by canonical
    /// equivalence, normalising both sides (a few per cent of the check in profiles, most of
    /// it from `isPercent` in the arithmetic rules). Only for literals that no other string
    /// is canonically equivalent to (no scalar decomposes to them: true of %, ‰ and 达, not
    /// of every ideograph — U+F98E decomposes to 年), so the answer is the same.
    @inline(__always) static func isExactly(_ text: String, _ literal: StaticString) -> Bool {
        let bytes = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        return text.utf8.count == bytes.count && text.utf8.elementsEqual(bytes)
    }

    /// `a == b` (or `a == b + suffix`, with `orThen`), by bytes when every scalar of both is
    /// plain (`LineText.isPlain`: none combines or decomposes, so canonical equivalence is
    /// scalar equality); `==` otherwise. The arithmetic rules compare measures in their loops
    /// over hits, and `==` of two different ideograph measures took the normalising
    /// comparison (and `b + "次"` built a String each time).
    static func sameWord(_ a: String, _ b: String, orThen suffix: StaticString? = nil) -> Bool {
        var a = a, b = b
        let known: Bool? = a.withUTF8 { x in
            b.withUTF8 { y in
                if x.count == y.count, x.elementsEqual(y) { return true }
                if let suffix {
                    let tail = UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount)
                    if x.count == y.count + tail.count, x.prefix(y.count).elementsEqual(y), x.suffix(tail.count).elementsEqual(tail) {
                        return true
                    }
                }
                return plainUTF8(x) && plainUTF8(y) ? false : nil
            }
        }
        return known ?? (a == b || suffix.map { a == b + String(describing: $0) } ?? false)
    }

    /// Every scalar of valid UTF-8 is plain (`LineText.isPlain`); two- and four-byte
    /// scalars never are.
    static func plainUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        plainUTF8(count: bytes) != nil
    }

    /// The number of scalars of valid UTF-8 when every one is plain (`plainUTF8`), else nil.
    static func plainUTF8(count bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0, scalars = 0
        while index < bytes.count {
            let lead = UInt32(bytes[index])
            if lead < 0x80 {
                guard LineText.isPlain(lead) else { return nil }
                index += 1
            } else if lead & 0xF0 == 0xE0, index + 2 < bytes.count {
                let value = (lead & 0x0F) << 12 | (UInt32(bytes[index + 1]) & 0x3F) << 6 | (UInt32(bytes[index + 2]) & 0x3F)
                guard LineText.isPlain(value) else { return nil }
                index += 3
            } else {
                return nil
            }
            scalars += 1
        }
        return scalars
    }

    /// Copy on write: a hit whose box another copy shares gets a box of its own first.
    private mutating func uniqueWords() {
        if !isKnownUniquelyReferenced(&words) { words = words.copy() }
    }

    private final class Words: @unchecked Sendable {
        var unit: String, qualifier: String?, prefixQualifier: String?, postQualifier: String?
        var change: String?, subject: SubjectText
        var measure: String { didSet { setKeys() } }
        /// `percent`, `percentSign` and `points` bits of the measure.
        private(set) var kind: UInt8
        /// The measure's keys (`QuantityHit+Kinds`) and `AgreedSums.unsummedMeasure`.
        private(set) var kindKey: UInt64 = 0, measureKey: UInt64 = 0, unsummed = false, plain = false
        static let percent: UInt8 = 1, percentSign: UInt8 = 2, points: UInt8 = 4

        static func kind(of measure: String) -> UInt8 {
            (QuantityHit.percent(measure) ? percent : 0) | (QuantityHit.isExactly(measure, "%") ? percentSign : 0)
                | (QuantityHit.points(measure) ? points : 0)
        }

        /// The kind bits and keys of the measure, from one reading of its bytes
        /// (`QuantityHit.measureFacts`; the kind was read in a pass of its own, cli20).
        private func setKeys() {
            (measureKey, plain, kind) = QuantityHit.measureFacts(measure)
            kindKey = QuantityHit.kindKey(packed: measureKey)
            unsummed = AgreedSums.unsummedMeasure(measure, key: measureKey)
        }

        init(unit: String, measure: String, qualifier: String?, prefixQualifier: String?, postQualifier: String?,
             change: String?, subject: SubjectText) {
            self.unit = unit; self.measure = measure; kind = 0
            self.qualifier = qualifier; self.prefixQualifier = prefixQualifier
            self.postQualifier = postQualifier; self.change = change; self.subject = subject
            setKeys()
        }

        func copy() -> Words {
            Words(unit: unit, measure: measure, qualifier: qualifier, prefixQualifier: prefixQualifier,
                  postQualifier: postQualifier, change: change, subject: subject)
        }
    }
}

extension QuantityHit {
    /// `measureKeys` and `Words.kind(of:)` in one reading of the measure's bytes: `percent` and
    /// `isExactly` compare bytes; `points` compares bytes when every scalar is plain, else asks
    /// `hasSuffix` as before. (`QuantityHitKindTests` checks the two ways agree.)
    static func measureFacts(_ measure: String) -> (packed: UInt64, plain: Bool, kind: UInt8) {
        var measure = measure
        let read: (packed: UInt64, plain: Bool, kind: UInt8)? = measure.withUTF8 { bytes in
            guard plainUTF8(bytes) else { return nil }
            var kind: UInt8 = 0
            let count = bytes.count
            if count == 1, bytes[0] == 0x25 { kind = Words.percent | Words.percentSign }
            else if count == 3, bytes[0] == 0xE2, bytes[1] == 0x80, bytes[2] == 0xB0 { kind = Words.percent }   // ‰
            else if count >= 9 {
                let suffix: StaticString = "百分点"
                let tail = UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount)
                if UnsafeBufferPointer(rebasing: bytes[(count - tail.count)...]).elementsEqual(tail) { kind = Words.points }
            }
            guard count > 0, count <= 8 else { return (0, true, kind) }
            var key: UInt64 = 0
            for index in bytes.indices.reversed() { key = key << 8 | UInt64(bytes[index]) }
            return (key, true, kind)
        }
        return read ?? (0, false, Words.kind(of: measure))
    }
}
