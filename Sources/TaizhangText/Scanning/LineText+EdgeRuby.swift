/// Pinyin readings cut by a line's end: a converted page (衛(wèi)生, 統(tǒng)計(jì)) wrapped by a PDF or a
/// narrow column breaks lines inside a reading — …市長(zh ⏎ ǎng)信箱… — or just before one — …審計
/// ⏎ (jì)局…. The whole readings inside a line are dropped (`compactFigures`); the pieces at its
/// edges were kept, so the wrapped paragraph's letters (zh, ng) were not the paragraph's, and a
/// copy of a glossed paragraph wrapped at 20 letters was never read as the paragraph again (dev's
/// eleven glossed texts: MetamorphicEditTests "wrapped at 20"). Read by the reading's grammar: at
/// the line's start, letters of pinyin closed by a bracket, with "(" (the character glossed ends the
/// line above) or without (the reading's rest); at its end, an opening bracket right after a
/// character and letters of pinyin to the end. A lone ASCII letter at the start (a) …, (b) …) is an
/// outline marker, not a reading: a piece is taken when it holds a toned letter or two letters.
extension LineText {
    /// The line holds a reading's piece at its start or its end (checked only on lines with Latin letters).
    static func hasEdgeRuby(_ norm: [UInt32], _ classes: [UInt8]) -> Bool {
        let pieces = edgeRuby(norm, classes)
        return pieces.head != nil || pieces.tail != nil
    }

    /// The reading's piece at the line's start (after its indent) and at its end (before trailing spaces).
    static func edgeRuby(_ norm: [UInt32], _ classes: [UInt8]) -> (head: Range<Int>?, tail: Range<Int>?) {
        let space = CharClass.space.rawValue
        var start = 0
        while start < norm.count, classes[start] & space != 0 { start += 1 }
        var end = norm.count
        while end > start, classes[end - 1] & space != 0 { end -= 1 }
        guard end - start >= 2 else { return (nil, nil) }
        // The start: (jì) or ǎng) — a bracket closing a short run of pinyin.
        var head: Range<Int>? = nil
        let open = norm[start] == U.lparen ? start + 1 : start
        var close = open
        while close < end, close - open < 7, isPinyin(norm[close]) { close += 1 }
        if close < end, norm[close] == U.rparen, readingPiece(norm[open..<close]) { head = start..<(close + 1) }
        // The end: 長(zh — a bracket after a character, then pinyin to the line's end.
        var tail: Range<Int>? = nil
        var from = end
        while from > start, end - from < 6, isPinyin(norm[from - 1]) { from -= 1 }
        if from < end, from - 1 > start, norm[from - 1] == U.lparen, classes[from - 2] & CharClass.ideograph.rawValue != 0,
           readingPiece(norm[from..<end]) || end - from == 1 {
            tail = (from - 1)..<end
        }
        if let h = head, let t = tail, h.overlaps(t) { tail = nil }
        return (head, tail)
    }

    /// A toned letter, or two letters or more (a lone letter is a marker: a) / (b)).
    private static func readingPiece(_ letters: ArraySlice<UInt32>) -> Bool {
        letters.count >= 2 || letters.contains { $0 > 0x7A }
    }
}
