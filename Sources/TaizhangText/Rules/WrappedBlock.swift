/// A paragraph written over several lines — a PDF's or a narrow column's wrap, or a copy
/// re-wrapped at another width — read as one block of letters, so that the paragraph sketch
/// compares it as it compares a paragraph on one line: a copy wrapped elsewhere with a figure
/// changed or a clause added is as near as the same copy on one line. The sentence rules match
/// wrapped copies only sentence by sentence and word for word (a sentence whose figures alone
/// differ is a formula written twice to them), so such a copy went unread, or was reported on
/// the line of its first unchanged sentence instead of its first line.
///
/// A block runs over consecutive body lines (no blank, chrome or other gap between their
/// numbers) while each line but the last ends inside a sentence; a line ending a sentence (。;!?)
/// closes it, a heading starts a new one. A line that ends a sentence and opens no block is a
/// one-line paragraph (the per-line sketch reads it): nothing is collected for it.
struct WrappedBlock {
    /// The block's first line (kept for the report's excerpt), its last line's number.
    private(set) var first: LineText? = nil
    private(set) var last = 0, lines = 0, widest = 0
    /// The widest line's scalars as written (marks included): the column's width.
    private(set) var columnWidth = 0
    private(set) var letters: [UInt32] = []
    /// The letters' hash, computed when the block is compared (`isWrappedParagraph` blocks are
    /// few): hashing every letter as it was added was half of `add`'s cost (merged main, session 18).
    var hash: UInt64 { FNV1a.hash(letters) }
    /// A block past `maximumLetters` (a table or a list without stops) is no paragraph: it is
    /// not compared, and stops collecting.
    static let maximumLetters = 1200

    var isOpen: Bool { first != nil }

    /// Adds the letters of `line` from `from`; opens the block with it when none is open.
    mutating func add(_ line: LineText, from: Int) {
        if first == nil { first = line }
        last = line.number
        lines += 1
        columnWidth = max(columnWidth, WrappedBlock.width(line))
        guard letters.count <= WrappedBlock.maximumLetters else { return }
        // The line's letters are gathered in a buffer of the line's length, then appended at once:
        // an `append` per letter tested the array's uniqueness and capacity every time.
        let wanted = CharClass.letters.rawValue
        let available = line.classes.count - from
        guard available > 0 else { return }
        let kept = withUnsafeTemporaryAllocation(of: UInt32.self, capacity: available) { buffer -> Int in
            line.classes.withUnsafeBufferPointer { classes in
                line.norm.withUnsafeBufferPointer { norm in
                    var kept = 0
                    for index in from..<classes.count where classes[index] & wanted != 0 {
                        buffer[kept] = norm[index]
                        kept &+= 1
                    }
                    letters.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<kept]))
                    return kept
                }
            }
        }
        widest = max(widest, kept)
    }

    /// A paragraph spread over its lines: two lines or more, enough letters for the sketch, and
    /// no line holding 60 % of them (a title above a one-line paragraph, or a paragraph with a
    /// short tail, is read by that line's own sketch).
    var isWrappedParagraph: Bool {
        lines >= 2 && letters.count >= ParagraphSketch.minimumLength && letters.count <= WrappedBlock.maximumLetters
            && widest * 10 < letters.count * 6
    }

    mutating func reset() {
        first = nil
        last = 0; lines = 0; widest = 0; columnWidth = 0
        letters.removeAll(keepingCapacity: true)
    }

    /// A line as wide as the column the block's lines so far set (within a tenth of their widest)
    /// ends where the column ends, not where its paragraph does: a sentence that happens to end
    /// there does not close the block (a paragraph's last line is shorter than its column; a line
    /// wider than the lines above it is a paragraph of its own after a title). Asked before
    /// the line is added.
    func fillsColumn(_ line: LineText) -> Bool {
        let width = WrappedBlock.width(line)
        return lines >= 1 && width * 10 >= columnWidth * 9 && width * 10 <= columnWidth * 11
    }

    /// The block's one line is narrower than three quarters of `line`, the next: a title above
    /// a paragraph, not the paragraph's first wrapped line (an indent of two leaves nine tenths).
    func isTitle(before line: LineText) -> Bool {
        lines == 1 && columnWidth * 4 < WrappedBlock.width(line) * 3
    }

    /// The line's width as written, from its first mark that is not a space (pinyin glosses and
    /// spaces dropped from the analysis form still take the column's room).
    static func width(_ line: LineText) -> Int {
        line.raw.count - line.rawIndex(line.contentStart)
    }

    /// The line ends a sentence: its last mark that is not a space or a closing quote is 。;!?.
    static func endsSentence(_ line: LineText) -> Bool {
        var end = line.count
        while end > line.contentStart, line.cls(end - 1).contains(.space) || line[end - 1] == 0x201D || line[end - 1] == 0x300D { end -= 1 }
        return end > line.contentStart && line.cls(end - 1).contains(.sentenceEnd)
    }
}
