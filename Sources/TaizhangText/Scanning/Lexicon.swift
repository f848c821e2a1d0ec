/// A set of words matched against scalar arrays: longest match first, starting at an
/// index (`prefix`) or ending at one (`suffix`). Words are bucketed by their first
/// (or last) scalar so a miss costs one dictionary probe.
struct Lexicon: Sendable {
    private var byFirst: [UInt32: [[UInt32]]] = [:]
    private var byLast: [UInt32: [[UInt32]]] = [:]
    /// Bitsets over the BMP: a miss is rejected with one load instead of a hash lookup,
    /// which matters because rules probe a lexicon at nearly every position.
    private var firstMask = [UInt64](repeating: 0, count: 1024)
    private var lastMask = [UInt64](repeating: 0, count: 1024)

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
    }

    /// Length of the longest word that starts at `index`, or 0.
    func prefix(in line: [UInt32], at index: Int) -> Int {
        guard index < line.count, Lexicon.test(firstMask, line[index]), let candidates = byFirst[line[index]] else { return 0 }
        outer: for word in candidates where index + word.count <= line.count {
            for offset in 1..<word.count where line[index + offset] != word[offset] { continue outer }
            return word.count
        }
        return 0
    }

    /// Length of the longest word that ends just before `end`, or 0.
    func suffix(in line: [UInt32], endingAt end: Int) -> Int {
        guard end > 0, end <= line.count, Lexicon.test(lastMask, line[end - 1]), let candidates = byLast[line[end - 1]] else { return 0 }
        outer: for word in candidates where word.count <= end {
            let start = end - word.count
            for offset in 0..<(word.count - 1) where line[start + offset] != word[offset] { continue outer }
            return word.count
        }
        return 0
    }
}
