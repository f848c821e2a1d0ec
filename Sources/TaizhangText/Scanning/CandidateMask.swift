/// `Lexicon.nextCandidate` with fixed arguments, its tests merged into one bitset over the
/// BMP when the rule's lexicons are built: the first letters of one or two lexicons and up
/// to two more scalars. The missing-number scans (`MissingNumberRule.clauseEnd`,
/// `MissingNumberSlots.scan`) skip through every line this way; per scalar the loop of
/// `nextCandidate` loaded two masks, ORed them and compared with both extra scalars
/// (≈ 16 instructions, ≈ 4 % of the check), here one load and one bit test. The positions
/// found are the same (`CandidateMaskTests`).
struct CandidateMask: Sendable {
    private let mask: [UInt64]

    init(_ lexicon: Lexicon, or other: Lexicon? = nil, _ a: UInt32 = .max, _ b: UInt32 = .max) {
        var mask = lexicon.firstLetters
        if let other { for index in mask.indices { mask[index] |= other.firstLetters[index] } }
        for scalar in [a, b] where scalar < 0x10000 { mask[Int(scalar >> 6)] |= 1 << UInt64(scalar & 63) }
        self.mask = mask
    }

    /// The first index in `start..<end` holding a scalar beyond the BMP or one whose bit is
    /// set, or `max(end, start)` (as `nextCandidate`).
    func next(in line: [UInt32], from start: Int, to end: Int) -> Int {
        let end = Swift.min(end, line.count)
        return line.withUnsafeBufferPointer { text in
            mask.withUnsafeBufferPointer { bits in
                var index = Swift.max(start, 0)
                // Four scalars a round: their bits ORed and one branch taken (a scalar beyond the
                // BMP shows in the ORed scalars); the loop below finds which of the four stops.
                // Most letters of a line stop no walk, and the branch per letter was most of
                // the walks' cost (cli19).
                while index &+ 4 <= end {
                    let a = text[index], b = text[index &+ 1], c = text[index &+ 2], d = text[index &+ 3]
                    if (a | b | c | d) >= 0x10000 { break }
                    let found = (bits[Int(a &>> 6)] &>> UInt64(a & 63)) | (bits[Int(b &>> 6)] &>> UInt64(b & 63))
                        | (bits[Int(c &>> 6)] &>> UInt64(c & 63)) | (bits[Int(d &>> 6)] &>> UInt64(d & 63))
                    if found & 1 != 0 { break }
                    index &+= 4
                }
                while index < end {
                    let scalar = text[index]
                    if scalar >= 0x10000 || (bits[Int(scalar &>> 6)] &>> UInt64(scalar & 63)) & 1 != 0 { return index }
                    index &+= 1
                }
                return Swift.max(end, start)
            }
        }
    }
}
