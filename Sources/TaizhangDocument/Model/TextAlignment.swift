/// Character alignment of an old and a new text: for each old character, the
/// index of the same character in the new text, or nil if it was deleted.
///
/// Common prefix and suffix are matched first (an edit is usually local); the
/// middle is aligned by longest common subsequence, which keeps two separate
/// edits apart. Very large middles fall back to "all replaced".
struct TextAlignment {
    let old: [Character]
    let new: [Character]
    private(set) var map: [Int?]

    init(old: String, new: String) {
        self.old = Array(old)
        self.new = Array(new)
        map = Array(repeating: nil, count: self.old.count)
        var prefix = 0
        while prefix < self.old.count, prefix < self.new.count, self.old[prefix] == self.new[prefix] {
            map[prefix] = prefix
            prefix += 1
        }
        var suffix = 0
        while suffix < self.old.count - prefix, suffix < self.new.count - prefix,
              self.old[self.old.count - 1 - suffix] == self.new[self.new.count - 1 - suffix] {
            map[self.old.count - 1 - suffix] = self.new.count - 1 - suffix
            suffix += 1
        }
        alignMiddle(oldRange: prefix..<(self.old.count - suffix), newRange: prefix..<(self.new.count - suffix))
    }

    private mutating func alignMiddle(oldRange: Range<Int>, newRange: Range<Int>) {
        let (n, m) = (oldRange.count, newRange.count)
        guard n > 0, m > 0, n * m <= 4_000_000 else { return }
        // lengths[i][j] = LCS of old[i...] and new[j...], flattened.
        var lengths = [Int32](repeating: 0, count: (n + 1) * (m + 1))
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lengths[i * (m + 1) + j] = old[oldRange.lowerBound + i] == new[newRange.lowerBound + j]
                    ? lengths[(i + 1) * (m + 1) + j + 1] + 1
                    : max(lengths[(i + 1) * (m + 1) + j], lengths[i * (m + 1) + j + 1])
            }
        }
        var (i, j) = (0, 0)
        while i < n, j < m {
            if old[oldRange.lowerBound + i] == new[newRange.lowerBound + j] {
                map[oldRange.lowerBound + i] = newRange.lowerBound + j
                i += 1
                j += 1
            } else if lengths[(i + 1) * (m + 1) + j] >= lengths[i * (m + 1) + j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
    }

    /// The new-text range of an old span, if every character survived in place.
    func survivingRange(of span: Range<Int>) -> Range<Int>? {
        guard !span.isEmpty, let first = map[span.lowerBound], let last = map[span.upperBound - 1],
              last - first == span.count - 1, span.allSatisfy({ map[$0] != nil }) else { return nil }
        return first..<(last + 1)
    }

    /// Where an old span's replacement lies in the new text: between the new
    /// positions of the nearest surviving characters around it.
    func replacementRange(of span: Range<Int>) -> Range<Int> {
        let before = (0..<span.lowerBound).last { map[$0] != nil }.flatMap { map[$0] }
        let after = (span.upperBound..<old.count).first { map[$0] != nil }.flatMap { map[$0] }
        let lower = before.map { $0 + 1 } ?? 0
        return lower..<max(lower, after ?? new.count)
    }
}
