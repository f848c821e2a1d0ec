/// 评选出一星级22家,二星级30家,三星级14家,四星级5家,星级农家书屋71家: parts listed first,
/// then the total with no total word (共, 合计) — named instead by the words its parts' labels
/// end with (星级 of 一星级, 二星级 …). Reported when the parts right before it add up
/// (agreement only: without a total word the figure may be another count of the same things).
/// Seventeenth pass (corpus-t).
extension Arithmetic {
    /// `precheck: false` reads every total's clause (the tests compare the two).
    /// A figure that the parts loop of `sharedTailTotal` keeps, but for its place.
    private static func mayBePart(_ part: QuantityHit, of total: QuantityHit) -> Bool {
        !part.isPercent && part.change == nil && !part.isApproximate && part.normalized > 0 && QuantityHit.sameWord(part.measure, total.measure)
    }

    static func sharedTailTotal(_ line: LineText, _ hits: [QuantityHit], _ index: Int, _ sentences: [Range<Int>],
                                precheck: Bool = true) -> ArithmeticCheck? {
        let total = hits[index]
        guard index >= 2, !total.isApproximate, !total.isPercent, total.change == nil, total.normalized > 0 else { return nil }
        // Two parts at least: the two figures right before the total are parts of its measure
        // (the loop below stops at the first that is not). Asked first, the measures by bytes
        // where that is exact: it runs for every figure, and most fail here.
        if precheck, !hits[(index - 2)..<index].allSatisfy({ mayBePart($0, of: total) }) { return nil }
        let opening = Sentences.clauseStart(line, before: total.start)
        guard opening > 0, !Sentences.contains(line, totalWords, in: opening..<total.start) else { return nil }
        let sentence = sentences[Sentences.sentence(of: total.start, in: sentences)]
        // The figures right before it, each opening its own clause or 、-item with its label,
        // of the total's measure; anything else ends them.
        var parts = [QuantityHit](), labels = [[UInt32]]()
        var end = opening
        for part in hits[..<index].reversed() {
            guard part.start >= sentence.lowerBound, part.end <= end, part.measure == total.measure, !part.isPercent,
                  part.change == nil, !part.isApproximate, part.normalized > 0 else { break }
            let from = listItemStart(line, before: part.start)
            // Nothing but the separator between this part and the next clause.
            guard (part.end..<end).allSatisfy({ !line.cls($0).contains(.ideograph) && !line.cls($0).contains(.digit) }) else { break }
            parts.insert(part, at: 0); labels.insert(ideographs(line, from..<part.start), at: 0)
            end = from
        }
        let totalLabel = ideographs(line, opening..<total.start)
        guard parts.count >= 2, !totalLabel.isEmpty else { return nil }
        // The longest run ending at the total that adds up and whose labels share a tail the
        // total's label holds.
        for first in parts.indices where parts.count - first >= 2 {
            let run = Array(parts[first...])
            let sum = run.reduce(0) { $0 + $1.normalized }
            guard Sentences.agrees(sum, total.normalized, decimals: total.number.decimals) else { continue }
            // (市级示范社区, 县级示范社区 … 示范社区29个: the total holds the tail's end, two
            // letters at least.)
            let tail = commonTail(Array(labels[first...]))
            guard tail.count >= 2, (2...tail.count).contains(where: { contains(totalLabel, Array(tail.suffix($0))) }) else { continue }
            let statement = "total \(Sentences.format(total.value))\(total.unit) = " + run.map { Sentences.format($0.normalized) }.joined(separator: " + ")
                + " (labels ending in the total's name)"
            return make(line, "sum", run[0].start, total.end, statement, true)
        }
        return nil
    }

    /// Start of the clause or 、-item holding `position`.
    private static func listItemStart(_ line: LineText, before position: Int) -> Int {
        var index = Sentences.clauseStart(line, before: position)
        while let item = (index..<position).last(where: { line[$0] == U.ideoComma }) { index = item + 1 }
        return index
    }

    private static func ideographs(_ line: LineText, _ range: Range<Int>) -> [UInt32] {
        range.filter { line.cls($0).contains(.ideograph) }.map { line.norm[$0] }
    }

    /// The longest tail all labels end with; a label that is all tail (星级 beside 一星级) names
    /// no kind, so the tail must be shorter than each label.
    private static func commonTail(_ labels: [[UInt32]]) -> [UInt32] {
        guard let shortest = labels.map(\.count).min(), shortest >= 2 else { return [] }
        var length = 0
        while length < shortest - 1, Set(labels.map { $0[$0.count - 1 - length] }).count == 1 { length += 1 }
        return Array(labels[0].suffix(length))
    }

    private static func contains(_ word: [UInt32], _ part: [UInt32]) -> Bool {
        guard part.count <= word.count else { return false }
        return (0...(word.count - part.count)).contains { Array(word[$0..<($0 + part.count)]) == part }
    }
}
