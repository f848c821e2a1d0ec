/// The agreement every sum reader states: the parts added in the whole's magnitude, the rounding
/// their writing allows (`tolerance(total:parts:)`) and whether they make the whole — computed in
/// one place so the readers add, round and write their terms alike.
extension Sentences {
    /// `stated`: the whole as compared (its signed `value` unless the reader compares the figure
    /// as written).
    static func partsSum(_ parts: [QuantityHit], of whole: QuantityHit, stated: Double? = nil)
        -> (sum: Double, tolerance: Double, agrees: Bool) {
        let sum = parts.reduce(0) { $0 + $1.normalized } / whole.number.magnitude
        let allowed = tolerance(total: whole, parts: parts)
        return (sum, allowed, abs(sum - (stated ?? whole.value)) <= allowed)
    }

    /// "a + b + c = s": the parts in the whole's magnitude and their sum, as the statements write them.
    static func partsTerms(_ parts: [QuantityHit], of whole: QuantityHit, sum: Double) -> String {
        parts.map { format($0.normalized / whole.number.magnitude) }.joined(separator: " + ") + " = \(format(sum))"
    }
}
