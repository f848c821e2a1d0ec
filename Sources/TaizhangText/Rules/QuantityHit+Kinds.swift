/// Measures compared as integers (cli17). The sum readers compare the measures of every pair of
/// figures (`ItemTotals.sameKind`) and ask whether each may be summed (`AgreedSums.summable`):
/// as Strings, `==` of two different ideograph measures took the normalising comparison and
/// `Set<String>.contains` hashed the measure through its normalised form, for every pair. A
/// hit now keeps a key of its measure, computed once when the measure is set.
extension QuantityHit {
    /// The measure's UTF-8 bytes packed in an integer (first byte lowest), when it has one to
    /// eight bytes and every scalar is plain (`plainUTF8`: none decomposes or combines, so two
    /// such Strings are equal exactly when their bytes are); 0 otherwise.
    static func packedMeasure(_ measure: String) -> UInt64 { measureKeys(measure).packed }

    /// `packedMeasure` and whether every scalar is plain (the empty measure is), in one pass.
    static func measureKeys(_ measure: String) -> (packed: UInt64, plain: Bool) {
        var measure = measure
        return measure.withUTF8 { bytes in
            guard plainUTF8(bytes) else { return (0, false) }
            guard !bytes.isEmpty, bytes.count <= 8 else { return (0, true) }
            var key: UInt64 = 0
            for index in bytes.indices.reversed() { key = key << 8 | UInt64(bytes[index]) }
            return (key, true)
        }
    }

    /// The answer of `a == b` for two measures with no key (`measureKeys`) when both are plain:
    /// a plain measure without a key is empty or longer than eight bytes, so it differs from
    /// every measure with one, and two such are equal exactly when their bytes are (none of
    /// their scalars combines or decomposes). nil when either is not plain (then the Strings
    /// are compared: a compatibility ideograph may equal a plain one).
    @inline(__always) static func plainEqual(_ a: QuantityHit, _ b: QuantityHit) -> Bool? {
        guard a.plainMeasure, b.plainMeasure else { return nil }
        if a.measureKey != 0 || b.measureKey != 0 { return false }
        return a.measure.utf8.elementsEqual(b.measure.utf8)
    }

    /// The key of `ItemTotals.sameKind`: the packed measure, one key for the measures of persons
    /// (名 人 位 count the same people), 0 when the measure cannot be packed (then the Strings
    /// are compared).
    static func kindKey(packed: UInt64) -> UInt64 {
        guard let personKeys, packed != 0 else { return 0 }
        return personKeys.contains(packed) ? personKeys[0] : packed
    }

    /// The packed forms of `ItemTotals.persons`; nil if one cannot be packed (then no key is
    /// known: a String that is not plain may equal a plain one).
    static let personKeys: [UInt64]? = MeasureSet.packed(ItemTotals.persons.sorted())
}

extension QuantityHit {
    /// `ItemTotals.persons.contains(measure)`, from the kind key when known.
    var isPerson: Bool {
        let key = kindKey
        if let persons = QuantityHit.personKeys {
            if key != 0 { return key == persons[0] }
            // A plain measure without a key (empty, or long) is none of 名 人 位.
            if plainMeasure { return false }
        }
        return ItemTotals.persons.contains(measure)
    }

    /// `a.measure == b.measure`, from the packed measures when both are known.
    @inline(__always) static func sameMeasure(_ a: QuantityHit, _ b: QuantityHit) -> Bool {
        let x = a.measureKey, y = b.measureKey
        if x != 0 && y != 0 { return x == y }
        return plainEqual(a, b) ?? (a.measure == b.measure)
    }
}

extension ItemTotals {
    /// `sameKind(a.measure, b.measure)`, from the hits' keys when both are known.
    @inline(__always) static func sameKind(_ a: QuantityHit, _ b: QuantityHit) -> Bool {
        let x = a.kindKey, y = b.kindKey
        if x != 0 && y != 0 { return x == y }
        // (名 人 位 have keys: a plain measure without one is never a person's.)
        if QuantityHit.personKeys != nil, let equal = QuantityHit.plainEqual(a, b) { return equal }
        return sameKind(a.measure, b.measure)
    }
}

extension AgreedSums {
    /// A measure that is never summed (`unsummed`, or a rate with /): asked once per measure set.
    static func unsummedMeasure(_ measure: String, key: UInt64) -> Bool {
        // (The slash searched as a byte: `String.contains("/")` went through Foundation's
        // `range(of:)`, ≈ 4 % of the CLI's instructions when asked for every pair of figures.
        // A packed measure holds its bytes: the slash is looked for there.)
        if key != 0 {
            var bytes = key
            while bytes != 0 {
                if bytes & 0xFF == UInt64(UInt8(ascii: "/")) { return true }
                bytes >>= 8
            }
            return unsummed.contains(measure, key: key)
        }
        return measure.utf8.contains(UInt8(ascii: "/")) || unsummed.contains(measure, key: key)
    }
}

/// A set of measure words asked of hits (cli17): answered from the hit's packed measure when it
/// and every word can be packed (plain scalars: equal Strings exactly when equal bytes), from
/// the Strings otherwise. `Set<String>.contains` hashed the measure through its normalised form.
struct MeasureSet: ExpressibleByArrayLiteral, Sendable {
    let words: Set<String>
    let keys: [UInt64]?

    init(arrayLiteral elements: String...) {
        words = Set(elements)
        keys = MeasureSet.packed(elements)
    }

    /// The packed words, nil when one cannot be packed.
    static func packed(_ words: [String]) -> [UInt64]? {
        let keys = words.map(QuantityHit.packedMeasure)
        return keys.contains(0) ? nil : keys
    }

    func contains(_ measure: String) -> Bool { words.contains(measure) }

    func contains(_ hit: QuantityHit) -> Bool {
        // A plain measure without a key (empty, or long) is none of the words when every word
        // has a key: different bytes, so different Strings.
        if hit.measureKey == 0, hit.plainMeasure, keys != nil { return false }
        return contains(hit.measure, key: hit.measureKey)
    }

    /// `contains(measure)`, where `key` is `QuantityHit.packedMeasure(measure)`.
    func contains(_ measure: String, key: UInt64) -> Bool {
        if key != 0, let keys { return keys.contains(key) }
        return words.contains(measure)
    }
}

extension AgeBands {
    /// `ageMeasure` as a `MeasureSet` (asked of every total by `TotalParts.check`).
    static let ageMeasures = MeasureSet(arrayLiteral: ageMeasure)
}

extension QuantityHit {
    /// `hit.measure.hasPrefix("个")`, by bytes when every scalar of the measure is plain (none
    /// combines or decomposes, so the first Character is 个 exactly when the first three bytes
    /// are its UTF-8); `hasPrefix` otherwise. `hasPrefix` compared by Characters, ≈ 870
    /// instructions a call (cli20).
    static func measureStartsWithGe(_ hit: QuantityHit) -> Bool {
        guard hit.plainMeasure else { return hit.measure.hasPrefix("个") }
        var bytes = hit.measure.utf8.makeIterator()
        return bytes.next() == 0xE4 && bytes.next() == 0xB8 && bytes.next() == 0xAA
    }
}
