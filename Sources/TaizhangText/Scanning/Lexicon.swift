/// A set of words matched against scalar arrays: longest match first, starting at an
/// index (`prefix`) or ending at one (`suffix`). Words are bucketed by their first
/// (or last) scalar so a miss costs one bitset load, and a hit one probe of a small
/// open-addressing table (`ScalarBuckets`) rather than a hashed Dictionary lookup.
struct Lexicon: Sendable {
    private var byFirst: [UInt32: [[UInt32]]] = [:]
    private var byLast: [UInt32: [[UInt32]]] = [:]
    /// Bitsets over the BMP: a miss is rejected with one load instead of a hash lookup,
    /// which matters because rules probe a lexicon at nearly every position.
    private var firstMask = [UInt64](repeating: 0, count: 1024)
    private var lastMask = [UInt64](repeating: 0, count: 1024)
    private var firstTable = ScalarBuckets()
    private var lastTable = ScalarBuckets()

    @inline(__always) private static func test(_ mask: [UInt64], _ scalar: UInt32) -> Bool {
        scalar >= 0x10000 || (mask[Int(scalar >> 6)] >> UInt64(scalar & 63)) & 1 != 0
    }

    init(_ words: [String]) {
        for word in words {
            let scalars = [UInt32](literal: word)
            guard let first = scalars.first, let last = scalars.last else { continue }
            byFirst[first, default: []].append(scalars)
            byLast[last, default: []].append(scalars)
            if first < 0x10000 { firstMask[Int(first >> 6)] |= 1 << UInt64(first & 63) }
            if last < 0x10000 { lastMask[Int(last >> 6)] |= 1 << UInt64(last & 63) }
        }
        for key in byFirst.keys { byFirst[key]!.sort { $0.count > $1.count } }
        for key in byLast.keys { byLast[key]!.sort { $0.count > $1.count } }
        firstTable = ScalarBuckets(byFirst)
        lastTable = ScalarBuckets(byLast)
    }

    /// Length of the longest word that starts at `index`, or 0. The bitset test is
    /// inlined into the caller, so a miss (nearly every position) costs no call.
    @inline(__always) func prefix(in line: [UInt32], at index: Int) -> Int {
        guard index >= 0, index < line.count, Lexicon.test(firstMask, line[index]) else { return 0 }
        return longestPrefix(in: line, at: index)
    }

    @inline(never) private func longestPrefix(in line: [UInt32], at index: Int) -> Int {
        guard let candidates = firstTable[line[index]] else { return 0 }
        outer: for word in candidates where index + word.count <= line.count {
            for offset in 1..<word.count where line[index + offset] != word[offset] { continue outer }
            return word.count
        }
        return 0
    }

    /// Length of the longest word that ends just before `end`, or 0.
    @inline(__always) func suffix(in line: [UInt32], endingAt end: Int) -> Int {
        guard end > 0, end <= line.count, Lexicon.test(lastMask, line[end - 1]) else { return 0 }
        return longestSuffix(in: line, endingAt: end)
    }

    @inline(never) private func longestSuffix(in line: [UInt32], endingAt end: Int) -> Int {
        guard let candidates = lastTable[line[end - 1]] else { return 0 }
        outer: for word in candidates where word.count <= end {
            let start = end - word.count
            for offset in 0..<(word.count - 1) where line[start + offset] != word[offset] { continue outer }
            return word.count
        }
        return 0
    }
}

/// A read-only map from a scalar to its word bucket: linear probing with a
/// multiplicative hash over a power-of-two table (key 0 marks an empty slot).
struct ScalarBuckets: Sendable {
    private var keys: [UInt32] = [0, 0]
    private var buckets: [[[UInt32]]] = [[], []]
    private var shift: UInt32 = 31

    init() {}

    init(_ map: [UInt32: [[UInt32]]]) {
        var bits: UInt32 = 1
        while (1 << bits) < map.count * 2 { bits += 1 }
        let size = 1 << Int(bits)
        shift = 32 - bits
        keys = [UInt32](repeating: 0, count: size)
        buckets = [[[UInt32]]](repeating: [], count: size)
        for (key, words) in map where key != 0 {
            var slot = slot(of: key)
            while keys[slot] != 0 { slot = (slot + 1) & (size - 1) }
            keys[slot] = key
            buckets[slot] = words
        }
    }

    @inline(__always) private func slot(of key: UInt32) -> Int { Int((key &* 0x9E37_79B1) >> shift) }

    subscript(_ key: UInt32) -> [[UInt32]]? {
        guard key != 0 else { return nil }
        let mask = keys.count - 1
        var slot = slot(of: key)
        while true {
            let stored = keys[slot]
            if stored == key { return buckets[slot] }
            if stored == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }
}
