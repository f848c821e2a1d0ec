/// A set of words matched against scalar arrays: longest match first, starting at an
/// index (`prefix`) or ending at one (`suffix`). Words are bucketed by their first
/// (or last) scalar so a miss costs one bitset load, and a hit one probe of a small
/// open-addressing table (`ScalarBuckets`) rather than a hashed Dictionary lookup.
final class Lexicon: Sendable {
    // A class of constants rather than a struct: the rules copy their lexicons into locals
    // (`let (units, measures) = (Self.units, Self.measures)`), and a copy of the struct
    // retained its fourteen buffers; a copy of the class retains one object.
    private let byFirst: [UInt32: [[UInt32]]]
    private let byLast: [UInt32: [[UInt32]]]
    /// Bitsets over the BMP: a miss is rejected with one load instead of a hash lookup,
    /// which matters because rules probe a lexicon at nearly every position.
    private let firstMask: [UInt64]
    private let lastMask: [UInt64]
    /// First scalars of one-letter words, and a bitset over a hash of the first two letters
    /// of the longer words: a first letter that matches is often a common character (下, 本,
    /// 上 …), and the second letter rejects most of those positions without probing the
    /// table (no word can match there, so the result is the same).
    private let singleMask: [UInt64]
    private let pairMask: [UInt64]
    private let firstTable: ScalarBuckets
    private let lastTable: ScalarBuckets

    /// The first-letter bitset, for `CandidateMask`.
    var firstLetters: [UInt64] { firstMask }

    @inline(__always) private static func test(_ mask: [UInt64], _ scalar: UInt32) -> Bool {
        scalar >= 0x10000 || (mask[Int(scalar >> 6)] >> UInt64(scalar & 63)) & 1 != 0
    }

    /// The bit of a pair of letters in `pairMask` (16 bits of a multiplicative hash).
    @inline(__always) private static func pairBit(_ first: UInt32, _ second: UInt32) -> UInt32 {
        (((first &* 0x9E37_79B1) ^ second) &* 0x85EB_CA6B) >> 16
    }

    init(_ words: [String]) {
        var byFirst: [UInt32: [[UInt32]]] = [:], byLast: [UInt32: [[UInt32]]] = [:]
        var firstMask = [UInt64](repeating: 0, count: 1024), lastMask = [UInt64](repeating: 0, count: 1024)
        var singleMask = [UInt64](repeating: 0, count: 1024), pairMask = [UInt64](repeating: 0, count: 1024)
        for word in words {
            let scalars = [UInt32](literal: word)
            guard let first = scalars.first, let last = scalars.last else { continue }
            byFirst[first, default: []].append(scalars)
            byLast[last, default: []].append(scalars)
            if first < 0x10000 { firstMask[Int(first >> 6)] |= 1 << UInt64(first & 63) }
            if scalars.count == 1 {
                if first < 0x10000 { singleMask[Int(first >> 6)] |= 1 << UInt64(first & 63) }
            } else {
                let bit = Lexicon.pairBit(first, scalars[1])
                pairMask[Int(bit >> 6)] |= 1 << UInt64(bit & 63)
            }
            if last < 0x10000 { lastMask[Int(last >> 6)] |= 1 << UInt64(last & 63) }
        }
        for key in byFirst.keys { byFirst[key]!.sort { $0.count > $1.count } }
        for key in byLast.keys { byLast[key]!.sort { $0.count > $1.count } }
        self.byFirst = byFirst; self.byLast = byLast
        self.firstMask = firstMask; self.lastMask = lastMask; self.singleMask = singleMask; self.pairMask = pairMask
        firstTable = ScalarBuckets(byFirst)
        lastTable = ScalarBuckets(byLast)
    }

    /// Length of the longest word that starts at `index`, or 0. The bitset test is
    /// inlined into the caller, so a miss (nearly every position) costs no call.
    @inline(__always) func prefix(in line: [UInt32], at index: Int) -> Int {
        guard index >= 0, index < line.count, Lexicon.test(firstMask, line[index]) else { return 0 }
        if !Lexicon.test(singleMask, line[index]) {
            // Only longer words start with this letter: the next one must be the second of one.
            guard index + 1 < line.count else { return 0 }
            let bit = Lexicon.pairBit(line[index], line[index + 1])
            guard (pairMask[Int(bit >> 6)] >> UInt64(bit & 63)) & 1 != 0 else { return 0 }
        }
        return longestPrefix(in: line, at: index)
    }

    /// The first index in `start..<end` at which a word of this lexicon or of `other` may
    /// start (its first letter fits; elsewhere `prefix` is 0 for certain) or that holds `a`
    /// or `b`, or `end`. A scan that probes at every position skips the rest in one tight loop.
    func nextCandidate(in line: [UInt32], from start: Int, to end: Int, or other: Lexicon? = nil,
                       _ a: UInt32 = .max, _ b: UInt32 = .max) -> Int {
        let end = Swift.min(end, line.count)
        return line.withUnsafeBufferPointer { text in
            firstMask.withUnsafeBufferPointer { mine in
                (other?.firstMask ?? firstMask).withUnsafeBufferPointer { theirs in
                    var index = Swift.max(start, 0)
                    while index < end {
                        let scalar = text[index]
                        if scalar >= 0x10000 || scalar == a || scalar == b { return index }
                        let word = Int(scalar >> 6), bit = UInt64(scalar & 63)
                        if ((mine[word] | theirs[word]) >> bit) & 1 != 0 { return index }
                        index += 1
                    }
                    return Swift.max(end, start)
                }
            }
        }
    }

    /// The first index in `start..<end` at which `prefix` may be above 0, or `end`: the tests
    /// `prefix` starts with (the first letter; for a letter that begins no one-letter word,
    /// the pair of the first two), run in one loop. Stricter than `nextCandidate`, whose
    /// first-letter test stops at every common letter (上, 下, 本 …) of a long paragraph.
    func nextPrefixCandidate(in line: [UInt32], from start: Int, to end: Int) -> Int {
        let end = Swift.min(end, line.count)
        return line.withUnsafeBufferPointer { text in
            firstMask.withUnsafeBufferPointer { first in
                singleMask.withUnsafeBufferPointer { single in
                    pairMask.withUnsafeBufferPointer { pairs in
                        var index = Swift.max(start, 0)
                        while index < end {
                            let scalar = text[index]
                            if scalar >= 0x10000 { return index }
                            let word = Int(scalar >> 6), bit = UInt64(scalar & 63)
                            if (first[word] >> bit) & 1 != 0 {
                                if (single[word] >> bit) & 1 != 0 { return index }
                                if index + 1 < text.count {
                                    let pair = Lexicon.pairBit(scalar, text[index + 1])
                                    if (pairs[Int(pair >> 6)] >> UInt64(pair & 63)) & 1 != 0 { return index }
                                }
                            }
                            index += 1
                        }
                        return Swift.max(end, start)
                    }
                }
            }
        }
    }

    @inline(never) private func longestPrefix(in line: [UInt32], at index: Int) -> Int {
        firstTable.withBucket(line[index]) { words, ranges in
            // Longest first: the first full match wins.
            outer: for range in ranges {
                let start = Int(range.start), count = Int(range.count)
                guard index + count <= line.count else { continue }
                for offset in 1..<count where line[index + offset] != words[start + offset] { continue outer }
                return count
            }
            return 0
        }
    }

    /// Length of the longest word that ends just before `end`, or 0.
    @inline(__always) func suffix(in line: [UInt32], endingAt end: Int) -> Int {
        guard end > 0, end <= line.count, Lexicon.test(lastMask, line[end - 1]) else { return 0 }
        return longestSuffix(in: line, endingAt: end)
    }

    @inline(never) private func longestSuffix(in line: [UInt32], endingAt end: Int) -> Int {
        lastTable.withBucket(line[end - 1]) { words, ranges in
            outer: for range in ranges {
                let start = Int(range.start), count = Int(range.count)
                guard count <= end else { continue }
                let first = end - count
                for offset in 0..<(count - 1) where line[first + offset] != words[start + offset] { continue outer }
                return count
            }
            return 0
        }
    }
}

/// A read-only map from a scalar to its word bucket: linear probing with a
/// multiplicative hash over a power-of-two table (key 0 marks an empty slot). The words
/// of all buckets are stored in one flat array (each bucket a run of (start, count)
/// ranges), so a probe retains nothing.
struct ScalarBuckets: Sendable {
    struct WordRange: Sendable { var start: Int32; var count: Int32 }
    private var keys: [UInt32] = [0, 0]
    /// Per slot: the first index into `ranges` and how many ranges it has.
    private var slots: [WordRange] = [WordRange(start: 0, count: 0), WordRange(start: 0, count: 0)]
    private var ranges: [WordRange] = []
    private var words: [UInt32] = []
    private var shift: UInt32 = 31

    init() {}

    init(_ map: [UInt32: [[UInt32]]]) {
        var bits: UInt32 = 1
        while (1 << bits) < map.count * 2 { bits += 1 }
        let size = 1 << Int(bits)
        shift = 32 - bits
        keys = [UInt32](repeating: 0, count: size)
        slots = [WordRange](repeating: WordRange(start: 0, count: 0), count: size)
        for (key, bucket) in map where key != 0 {
            var slot = slot(of: key)
            while keys[slot] != 0 { slot = (slot + 1) & (size - 1) }
            keys[slot] = key
            slots[slot] = WordRange(start: Int32(ranges.count), count: Int32(bucket.count))
            for word in bucket {
                ranges.append(WordRange(start: Int32(words.count), count: Int32(word.count)))
                words.append(contentsOf: word)
            }
        }
    }

    @inline(__always) private func slot(of key: UInt32) -> Int { Int((key &* 0x9E37_79B1) >> shift) }

    /// Calls `body` with the flat word storage and the ranges of `key`'s words, in
    /// bucket order (empty when there are none).
    @inline(__always) func withBucket<R>(_ key: UInt32, _ body: (UnsafeBufferPointer<UInt32>, UnsafeBufferPointer<WordRange>) -> R) -> R {
        var found = WordRange(start: 0, count: 0)
        if key != 0 {
            let mask = keys.count - 1
            var slot = slot(of: key)
            while true {
                let stored = keys[slot]
                if stored == key { found = slots[slot]; break }
                if stored == 0 { break }
                slot = (slot + 1) & mask
            }
        }
        return words.withUnsafeBufferPointer { words in
            ranges.withUnsafeBufferPointer { ranges in
                body(words, UnsafeBufferPointer(rebasing: ranges[Int(found.start)..<Int(found.start + found.count)]))
            }
        }
    }
}
