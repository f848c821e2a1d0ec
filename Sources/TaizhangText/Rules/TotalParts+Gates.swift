/// Cheap tests before the cross-sentence sum readers read labels (cli17): each asks only what
/// the reader's own conditions require first, so a line it stops would have given nothing.
extension TotalParts {
    /// The number of figures starting in `range`, counted up to `limit` (by position alone).
    static func figureCount(_ hits: [QuantityHit], in range: Range<Int>, upTo limit: Int) -> Int {
        var count = 0
        for index in hits.indices where range.contains(hits[index].start) {
            count += 1
            if count == limit { break }
        }
        return count
    }

    /// Whether `nextSentence` may find a whole for parts like `part` in `sentence`: every whole it
    /// reads (an earlier sentence's, `earlierWhole`'s, or `laterWhole`'s in the `next` sentence) is
    /// a summable figure of the parts' kind outside their sentence.
    static func mayHaveWhole(_ hits: [QuantityHit], of part: QuantityHit, outside sentence: Range<Int>, next: Range<Int>?) -> Bool {
        hits.contains { whole in
            (whole.start < sentence.lowerBound || next?.contains(whole.start) == true)
                && ItemTotals.sameKind(whole, part) && AgreedSums.summable(whole)
        }
    }
}
