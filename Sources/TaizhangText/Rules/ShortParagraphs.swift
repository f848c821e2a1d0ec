/// Near repeats of paragraphs too short for the MinHash sketch (24–79 letters; eighth pass,
/// chrome6): a summary that repeats its lead (总之,上半年社区坚持… after 上半年,社区坚持…), a
/// template site pasting a paragraph twice with a word added or changed (…意识明显提高 / …意识
/// 得到明显提高). Similarity is the Dice coefficient of the two paragraphs' letter bigrams, at
/// least 0.9: an edit of a word or two changes a few bigrams only, while parallel statements
/// of one formula (组织“学雷锋”志愿服务活动3次… / 组织“文明交通”志愿服务活动2次…) differ in a
/// name and their figures, which costs more. A 256-bit filter of the bigrams skips unrelated
/// paragraphs; the sorted bigram lists (packed scalar pairs, no hashing) are built only for
/// the few candidates left.
///
/// Not repeats: paragraphs that differ only in their figures (one formula written twice, as
/// Taizhang's own drafts do: 召开会议2次… / 召开会议5次…), and parallel statements about
/// different subjects (东村…投入10万元 / 西村…投入20万元) — a repeat starts the same way, at
/// most after a short connective (总之, 综上).
struct ShortParagraphs {
    static let minimumLetters = 24
    static let threshold = 0.9
    static let window = 24

    private struct Entry {
        var line: Int
        var letters: [UInt32]
        var filter: (UInt64, UInt64, UInt64, UInt64)
    }

    /// The last paragraphs' letters; a full ring overwrites its oldest entry in place, so a
    /// paragraph costs no allocation once the ring is full.
    private var ring: [Entry] = []
    private var next = 0
    private var current: [UInt32] = []

    /// The line of an earlier paragraph this one nearly repeats; the paragraph is remembered.
    mutating func observe(_ line: LineText) -> Int? {
        // A paragraph: a clause or a sentence, not a title or a row of chrome.
        guard line.count >= ShortParagraphs.minimumLetters, line.count < 200,
              line.mask.contains(.sentenceEnd) || line.mask.contains(.clauseBreak) else { return nil }
        current.removeAll(keepingCapacity: true)
        let wanted = CharClass.ideograph.rawValue | CharClass.digit.rawValue | CharClass.latin.rawValue
        var filter: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for index in line.contentStart..<line.count where line.classes[index] & wanted != 0 {
            let b = line.norm[index]
            if let a = current.last {
                let bit = Int((a &* 31 &+ b) & 255)
                switch bit >> 6 {
                case 0: filter.0 |= 1 << UInt64(bit & 63)
                case 1: filter.1 |= 1 << UInt64(bit & 63)
                case 2: filter.2 |= 1 << UInt64(bit & 63)
                default: filter.3 |= 1 << UInt64(bit & 63)
                }
            }
            current.append(b)
            // Long enough for the MinHash sketch: not this rule's.
            if current.count == ParagraphSketch.minimumLength { return nil }
        }
        guard current.count >= ShortParagraphs.minimumLetters else { return nil }
        let earlier = ring.first { ShortParagraphs.repeats(current, filter, $0) }?.line
        if ring.count < ShortParagraphs.window {
            ring.append(Entry(line: line.number, letters: current, filter: filter))
        } else {
            ring[next].line = line.number
            ring[next].filter = filter
            ring[next].letters.removeAll(keepingCapacity: true)
            ring[next].letters.append(contentsOf: current)
        }
        next = (next + 1) % ShortParagraphs.window
        return earlier
    }

    private static func repeats(_ letters: [UInt32], _ filter: (UInt64, UInt64, UInt64, UInt64), _ b: Entry) -> Bool {
        let (short, long) = letters.count <= b.letters.count ? (letters.count, b.letters.count) : (b.letters.count, letters.count)
        guard Double(short) >= 0.75 * Double(long) else { return false }
        let shared = (filter.0 & b.filter.0).nonzeroBitCount + (filter.1 & b.filter.1).nonzeroBitCount
            + (filter.2 & b.filter.2).nonzeroBitCount + (filter.3 & b.filter.3).nonzeroBitCount
        let own = min(filter.0.nonzeroBitCount + filter.1.nonzeroBitCount + filter.2.nonzeroBitCount + filter.3.nonzeroBitCount,
                      b.filter.0.nonzeroBitCount + b.filter.1.nonzeroBitCount + b.filter.2.nonzeroBitCount + b.filter.3.nonzeroBitCount)
        guard Double(shared) >= 0.7 * Double(own), sameStart(letters, b.letters) else { return false }
        guard dice(bigrams(letters), bigrams(b.letters)) >= threshold else { return false }
        return !figuresOnly(letters, b.letters)
    }

    /// The sorted letter bigrams, each a packed pair of scalars (built for candidates only).
    static func bigrams(_ letters: [UInt32]) -> [UInt64] {
        var grams = [UInt64]()
        grams.reserveCapacity(letters.count)
        for index in 0..<(letters.count - 1) { grams.append(UInt64(letters[index]) << 21 | UInt64(letters[index + 1])) }
        return grams.sorted()
    }

    /// 2·|A ∩ B| / (|A| + |B|) over the sorted bigram lists (repeated bigrams counted as often
    /// as both hold them).
    static func dice(_ a: [UInt64], _ b: [UInt64]) -> Double {
        var i = 0, j = 0, common = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { common += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return Double(2 * common) / Double(a.count + b.count)
    }

    /// The first three letters of one stand within the first six of the other.
    static func sameStart(_ a: [UInt32], _ b: [UInt32]) -> Bool {
        func within(_ x: [UInt32], _ y: [UInt32]) -> Bool {
            let head = x[0..<3]
            return (0...3).contains { offset in offset + 3 <= y.count && y[offset..<(offset + 3)].elementsEqual(head) }
        }
        return within(a, b) || within(b, a)
    }

    /// The same letters once the digits are left out: a formula with other figures.
    static func figuresOnly(_ a: [UInt32], _ b: [UInt32]) -> Bool {
        let isDigit = { (s: UInt32) in s >= 0x30 && s <= 0x39 }
        return a.lazy.filter { !isDigit($0) }.elementsEqual(b.lazy.filter { !isDigit($0) })
    }
}
