/// Repeats read as blocks across line breaks (`WrappedBlock`): a paragraph wrapped over several
/// lines is sketched as one paragraph when its block ends, matched with every paragraph before it
/// (one-line paragraphs and earlier blocks) and remembered, so that a later copy on one line or
/// wrapped at another width finds it too. Reported once, on the block's first line.
extension DuplicateIndex {
    struct BlockRepeat { var first: LineText; var last: Int; var earlier: Int; var verbatim: Bool }

    /// Feeds one body line (`from`: where its text starts, after an outline marker); returns the
    /// repeat of a block that a gap before this line or this line's sentence end closed.
    mutating func observeBlock(_ line: LineText, from: Int, heading: Bool) -> BlockRepeat? {
        var found: BlockRepeat? = nil
        // A gap (a blank, a chrome line) or a heading ends the block before this line.
        if block.isOpen, heading || line.number != block.last + 1 { found = closeBlock() }
        let ends = WrappedBlock.endsSentence(line)
        // A one-line paragraph opens no block (its own sketch reads it): nothing is collected.
        if !block.isOpen && ends { return found }
        // A title (a heading or a short line) above a wrapped paragraph is narrower than the
        // paragraph's lines: the block starts under it, where the paragraph (and a copy's report) does.
        if block.isTitle(before: line) { block.reset() }
        let fills = block.fillsColumn(line)
        block.add(line, from: from)
        guard ends else { return found }
        // A sentence ending at the column's edge may not end the paragraph: the block so far is
        // compared, and stays open for the lines after it (the next gap or short line closes it).
        if fills { return found ?? matchBlock() }
        return found ?? closeBlock()
    }

    /// The block so far, compared but not remembered (it may go on).
    func matchBlock() -> BlockRepeat? {
        guard block.isWrappedParagraph, let first = block.first else { return nil }
        // (The sketch is built twice when a block is also remembered: blocks are few.)
        let sketch = ParagraphSketch(exact: block.hash, letters: block.letters, count: block.letters.count)
        let verbatim = index.verbatim(sketch.exact).flatMap { $0.line < first.number ? $0 : nil }
        return (verbatim ?? index.near(sketch, before: first.number)).map { BlockRepeat(first: first, last: block.last, earlier: $0.line, verbatim: verbatim != nil) }
    }

    /// Ends the open block (at a gap, a document's marker or the end of the input): its repeat,
    /// if it is a wrapped paragraph that repeats an earlier one; the block is remembered.
    mutating func closeBlock() -> BlockRepeat? {
        defer { block.reset() }
        guard block.isWrappedParagraph, let first = block.first else { return nil }
        let found = matchBlock()
        index.insert(ParagraphSketch(exact: block.hash, letters: block.letters, count: block.letters.count), source: "", line: first.number)
        return found
    }
}
