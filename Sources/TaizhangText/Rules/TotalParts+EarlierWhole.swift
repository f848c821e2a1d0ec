/// 派单601件,按时结案597件,超时办理4件,结案率100%。其中热线派单532件、政民互动派单69件: a
/// 其中 that opens a sentence breaks down a whole of the sentence before, not always its last
/// figure. When the parts exceed that last figure but add up to an earlier figure of the same
/// measure in the sentence before, they are that figure's breakdown: agreement, not a flag
/// (sumforms: dev's sums with their parts listed with 、 were flagged against the wrong total).
extension TotalParts {
    static func earlierWhole(_ line: LineText, _ hits: [QuantityHit], _ index: Int, _ members: [QuantityHit],
                             marker: Int, _ sentences: [Range<Int>]) -> ArithmeticCheck? {
        var before = marker - 1
        while before > 0, line.cls(before).contains(.space) { before -= 1 }
        guard before > 0, line[before] == U.ideoStop else { return nil }
        let sentence = sentences[Sentences.sentence(of: before, in: sentences)]
        let sum = members.reduce(0) { $0 + $1.normalized }
        for whole in hits[..<index] where whole.start >= sentence.lowerBound && isPart(whole, of: hits[index]) && !whole.isApproximate {
            let scale = whole.number.magnitude
            let tolerance = Sentences.tolerance(total: whole, parts: members)
            if abs(sum / scale - whole.value) <= tolerance { return make(line, whole, members, sum / scale, tolerance, true) }
        }
        return nil
    }
}
