/// Words a site pastes onto the end of paragraphs (…工作总结如下。XX百科--为乡村振兴助力 /
/// 一、2021年工作总结XX百科--为乡村振兴助力): the same ending of eight letters or more, without
/// punctuation, on three lines close together whose text before it differs. A document ends
/// its paragraphs with punctuation and its headings with different words; a watermark is
/// glued to both.
///
/// Only lines that end without punctuation are kept (a few scalars each), so most lines of a
/// summary cost one comparison of their last scalar.
struct RepeatedTails {
    static let minimum = 8
    static let kept = 24
    /// Lines apart within which three endings make a watermark.
    static let window = 12

    private struct Tail {
        var line: Int
        var scalars: [UInt32]
        var columns: [Int]
        var text: [Character]
        var reported = false
    }
    private var recent: [Tail] = []

    /// The lines (column and text of their ending) that a watermark now covers.
    mutating func observe(_ line: LineText) -> [(line: Int, column: Int, text: String)] {
        var end = line.count
        while end > line.contentStart, line.cls(end - 1).contains(.space) { end -= 1 }
        guard end - line.contentStart > RepeatedTails.minimum else { return [] }
        let last = line.cls(end - 1)
        guard last.contains(.ideograph) || last.contains(.latin) || last.contains(.digit) else { return [] }
        recent.removeAll { line.number - $0.line > RepeatedTails.window }
        let start = max(line.contentStart, end - RepeatedTails.kept)
        var tail = Tail(line: line.number, scalars: Array(line.norm[start..<end]), columns: (start..<end).map { line.column(of: $0) },
                        text: Array(line.string(start..<end)))
        defer { recent.append(tail); if recent.count > 8 { recent.removeFirst() } }
        // The shortest ending shared with each earlier line, when at least two share one.
        var sharing: [Int] = [], length = Int.max
        for (index, earlier) in recent.enumerated() {
            let common = RepeatedTails.commonEnding(tail.scalars, earlier.scalars)
            guard common >= RepeatedTails.minimum, common < tail.scalars.count || common < earlier.scalars.count else { continue }
            sharing.append(index)
            length = min(length, common)
        }
        guard sharing.count >= 2 else { return [] }
        var found: [(line: Int, column: Int, text: String)] = []
        for index in sharing where !recent[index].reported {
            recent[index].reported = true
            found.append(RepeatedTails.excerpt(recent[index], length))
        }
        tail.reported = true
        found.append(RepeatedTails.excerpt(tail, length))
        return found
    }

    /// Scalars two endings share, stopping at punctuation or a space (a watermark is one run of words).
    private static func commonEnding(_ a: [UInt32], _ b: [UInt32]) -> Int {
        var count = 0
        while count < a.count, count < b.count {
            let x = a[a.count - 1 - count]
            guard x == b[b.count - 1 - count] else { break }
            let cls = CharClass.of(x)
            if cls.contains(.sentenceEnd) || cls.contains(.clauseBreak) || cls.contains(.space) { break }
            count += 1
        }
        return count
    }

    private static func excerpt(_ tail: Tail, _ length: Int) -> (line: Int, column: Int, text: String) {
        let column = tail.columns[tail.columns.count - length]
        let text = tail.text.count >= length ? String(tail.text.suffix(length)) : String(tail.text)
        return (tail.line, column, text)
    }
}
