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
        guard before > 0, line[before] == U.ideoStop else { return brokenDownEarlier(line, hits, index, members, marker: marker, sentences) }
        let sentence = sentences[Sentences.sentence(of: before, in: sentences)]
        let sum = members.reduce(0) { $0 + $1.normalized }
        for whole in hits[..<index] where whole.start >= sentence.lowerBound && isPart(whole, of: hits[index]) && !whole.isApproximate {
            let scale = whole.number.magnitude
            let tolerance = Sentences.tolerance(total: whole, parts: members)
            if abs(sum / scale - whole.value) <= tolerance { return make(line, whole, members, sum / scale, tolerance, true) }
        }
        return nil
    }

    /// 共收到留言3059条,部门收到1904条,县区收到1155条,其中咨询类1160条、投诉类1859条、建言类40条,
    /// 处理答复3055条,还有4条正在处理中: a 其中 in mid-sentence after a part. Its figures exceed that
    /// part, but with the rest of the sentence they cut, in order, into runs that each add up to an
    /// earlier figure of the measure in the sentence (`AgreedSums.breakdowns`, significant against
    /// chance): they break that whole down again, and the parts-exceed flag was against the wrong
    /// total (xagree). The first run is reported as the whole's agreement.
    static func brokenDownEarlier(_ line: LineText, _ hits: [QuantityHit], _ index: Int, _ members: [QuantityHit],
                                  marker: Int, _ sentences: [Range<Int>]) -> ArithmeticCheck? {
        let sentence = sentences[Sentences.sentence(of: marker, in: sentences)]
        let largest = members.map(\.normalized).max() ?? 0
        for whole in hits[..<index].reversed() where whole.start >= sentence.lowerBound && isPart(whole, of: hits[index])
            && AgreedSums.summable(whole) && whole.normalized >= largest {
            guard let groups = AgreedSums.breakdowns(whole, members), AgreedSums.significant(whole, groups[0]) else { continue }
            let sum = groups[0].reduce(0) { $0 + $1.normalized } / whole.number.magnitude
            return make(line, whole, groups[0], sum, Sentences.tolerance(total: whole, parts: groups[0]), true)
        }
        return nil
    }
}
