/// FNV-1a over 64 bits, the hash of the repeat rules (`SentenceRepeats`, `DuplicateIndex`,
/// `ParagraphSketch`, `EditedRepeats`, `ExpandedRepeats`): one scalar (or one word of a
/// sketch) at a time, so the rules' loops keep the running value in a local and fold a
/// letter in where they meet it. Written out once here: the five rules wrote the two
/// constants out themselves, and a hash stored by one rule is looked up by the same rule
/// only, so all that matters is that each keeps computing the values it did.
enum FNV1a {
    /// The offset basis: the hash of nothing.
    @inline(__always) static var basis: UInt64 { 0xcbf29ce484222325 }
    /// The FNV prime of 64 bits.
    @inline(__always) static var prime: UInt64 { 0x100000001b3 }

    /// `hash` with one more scalar folded in.
    @inline(__always) static func adding(_ scalar: UInt32, to hash: UInt64) -> UInt64 {
        (hash ^ UInt64(scalar)) &* prime
    }

    /// `hash` with one more 64-bit word folded in (a sketch's bins).
    @inline(__always) static func adding(word: UInt64, to hash: UInt64) -> UInt64 {
        (hash ^ word) &* prime
    }

    /// The hash of a run of scalars.
    static func hash<S: Sequence>(_ scalars: S) -> UInt64 where S.Element == UInt32 {
        var hash = basis
        for scalar in scalars { hash = adding(scalar, to: hash) }
        return hash
    }
}
