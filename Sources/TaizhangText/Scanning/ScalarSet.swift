/// A fixed set of scalars for the rules' per-character tests. `Set<UInt32>.contains`
/// hashes its argument (SipHash), which in the loops that look for a sentence end or a
/// blocker letter cost more than the loops themselves; here a 1024-bit filter on the low
/// bits rejects most scalars with one load, and the few members are compared directly.
struct ScalarSet: ExpressibleByArrayLiteral, Sendable {
    private(set) var members: [UInt32] = []
    private var filter = [UInt64](repeating: 0, count: 16)

    init<S: Sequence>(_ scalars: S) where S.Element == UInt32 {
        for scalar in scalars where !members.contains(scalar) {
            members.append(scalar)
            let bit = Int(scalar & 1023)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    init(arrayLiteral scalars: UInt32...) { self.init(scalars) }

    @inline(__always) func contains(_ scalar: UInt32) -> Bool {
        let bit = Int(scalar & 1023)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return false }
        return members.contains(scalar)
    }
}
