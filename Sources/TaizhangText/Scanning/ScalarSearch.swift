/// The first position of one scalar in a run of scalars, eight at a time: the rules ask
/// whether a line holds a scalar (`LineText.contains(scalar:)`, for the scalars without a
/// trigger) and where a word starts (`LineText.firstIndex(of:in:)`) of whole lines. Eight
/// scalars are compared in two vector comparisons and one branch (≈ 1.5 instructions a scalar,
/// where the loop of four comparisons took ≈ 3 and the plain loop ≈ 5, cli19); the round that
/// holds the scalar is read again one by one.
enum ScalarSearch {
    /// The first index in `start..<end` holding `target`, or `end` (`start` when `end <= start`).
    @inline(__always)
    static func first(_ target: UInt32, in text: UnsafeBufferPointer<UInt32>, from start: Int, to end: Int) -> Int {
        var index = start
        if end &- index >= 8, let base = text.baseAddress {
            let raw = UnsafeRawPointer(base)
            let wanted = SIMD8<UInt32>(repeating: target)
            while index &+ 8 <= end {
                let chunk = raw.loadUnaligned(fromByteOffset: index &* 4, as: SIMD8<UInt32>.self)
                if any(chunk .== wanted) { break }
                index &+= 8
            }
        }
        while index < end, text[index] != target { index &+= 1 }
        return index
    }
}
