/// Words a site pastes onto the end of paragraphs (…工作总结如下。XX百科--为乡村振兴助力 /
/// 一、2021年工作总结XX百科--为乡村振兴助力): the same ending of eight letters or more, without
/// punctuation, on three lines close together whose text before it differs. A document ends
/// its paragraphs with punctuation and its headings with different words; a watermark is
/// glued to both.
///
/// Only lines that end without punctuation are kept, their last scalars in a fixed ring (no
/// allocation per line): most lines of a summary cost one look at their last scalar.
struct RepeatedTails {
    static let minimum = 8
    static let kept = 24
    static let slots = 8
    /// Lines apart within which three endings make a watermark.
    static let window = 12

    private var scalars = [UInt32](repeating: 0, count: RepeatedTails.slots * RepeatedTails.kept)
    private var lengths = [Int](repeating: 0, count: RepeatedTails.slots)
    private var lines = [Int](repeating: Int.min / 2, count: RepeatedTails.slots)
    /// Column just past each kept ending (the watermark's column is counted back from it).
    private var endColumns = [Int](repeating: 0, count: RepeatedTails.slots)
    private var reported = [Bool](repeating: false, count: RepeatedTails.slots)
    /// Scratch: the ending each slot shares with the current line (0: none).
    private var shared = [Int](repeating: 0, count: RepeatedTails.slots)
    private var next = 0

    /// The lines (column and text of their ending) that a watermark now covers.
    mutating func observe(_ line: LineText) -> [(line: Int, column: Int, text: String)] {
        var end = line.count
        while end > line.contentStart, line.cls(end - 1).contains(.space) { end -= 1 }
        guard end - line.contentStart > RepeatedTails.minimum else { return [] }
        let last = line.cls(end - 1)
        guard last.contains(.ideograph) || last.contains(.latin) || last.contains(.digit) else { return [] }
        let count = min(RepeatedTails.kept, end - line.contentStart)
        // The shortest ending shared with each earlier line, when at least two share one.
        var sharing = 0, length = Int.max
        for slot in 0..<RepeatedTails.slots { shared[slot] = 0 }
        for slot in 0..<RepeatedTails.slots where line.number - lines[slot] <= RepeatedTails.window {
            var common = 0
            while common < count, common < lengths[slot] {
                let x = line[end - 1 - common]
                guard x == scalars[slot * RepeatedTails.kept + lengths[slot] - 1 - common] else { break }
                let cls = CharClass.of(x)
                if cls.contains(.sentenceEnd) || cls.contains(.clauseBreak) || cls.contains(.space) { break }
                common += 1
            }
            guard common >= RepeatedTails.minimum, common < count || common < lengths[slot] else { continue }
            shared[slot] = common
            sharing += 1
            length = min(length, common)
        }
        let slot = next
        next = (next + 1) % RepeatedTails.slots
        for offset in 0..<count { scalars[slot * RepeatedTails.kept + offset] = line[end - count + offset] }
        lengths[slot] = count
        lines[slot] = line.number
        endColumns[slot] = line.column(of: end - 1) + 1
        reported[slot] = false
        guard sharing >= 2 else { return [] }
        // The ending reads the same on every line: its text is taken from this one.
        let text = line.string((end - length)..<end)
        var found: [(line: Int, column: Int, text: String)] = []
        for earlier in 0..<RepeatedTails.slots where earlier != slot && shared[earlier] > 0 && !reported[earlier] {
            reported[earlier] = true
            found.append((lines[earlier], endColumns[earlier] - length, text))
        }
        reported[slot] = true
        found.append((line.number, line.column(of: end - length), text))
        return found.sorted { $0.line < $1.line }
    }
}
