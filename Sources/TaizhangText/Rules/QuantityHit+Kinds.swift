/// Measures compared as integers (cli17). The sum readers compare the measures of every pair of
/// figures (`ItemTotals.sameKind`) and ask whether each may be summed (`AgreedSums.summable`):
/// as Strings, `==` of two different ideograph measures took the normalising comparison and
/// `Set<String>.contains` hashed the measure through its normalised form, for every pair. A
/// hit now keeps a key of its measure, computed once when the measure is set.
extension QuantityHit {
    /// The measure's UTF-8 bytes packed in an integer (first byte lowest), when it has one to
    /// eight bytes and every scalar is plain (`plainUTF8`: none decomposes or combines, so two
    /// such Strings are equal exactly when their bytes are); 0 otherwise.
    static func packedMeasure(_ measure: String) -> UInt64 {
        var measure = measure
        return measure.withUTF8 { bytes in
            guard !bytes.isEmpty, bytes.count <= 8, plainUTF8(bytes) else { return 0 }
            var key: UInt64 = 0
            for index in bytes.indices.reversed() { key = key << 8 | UInt64(bytes[index]) }
            return key
        }
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
        if key != 0, let persons = QuantityHit.personKeys { return key == persons[0] }
        return ItemTotals.persons.contains(measure)
    }

    /// `a.measure == b.measure`, from the packed measures when both are known.
    @inline(__always) static func sameMeasure(_ a: QuantityHit, _ b: QuantityHit) -> Bool {
        let x = a.measureKey, y = b.measureKey
        return x != 0 && y != 0 ? x == y : a.measure == b.measure
    }
}

extension ItemTotals {
    /// `sameKind(a.measure, b.measure)`, from the hits' keys when both are known.
    @inline(__always) static func sameKind(_ a: QuantityHit, _ b: QuantityHit) -> Bool {
        let x = a.kindKey, y = b.kindKey
        return x != 0 && y != 0 ? x == y : sameKind(a.measure, b.measure)
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

    func contains(_ hit: QuantityHit) -> Bool { contains(hit.measure, key: hit.measureKey) }

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
