/// A second breakdown of a whole within one sentence (by outcome after by kind): its parts
/// belong to the whole, not to the last part of the first breakdown (sumprobe, errprobe).
extension TotalParts {
    /// 共受理案件300件,其中民事案件210件、刑事案件90件;其中调解结案150件、判决结案150件:
    /// the total is the last of two or more parts of an earlier breakdown in its sentence,
    /// and what follows the new marker fits in that earlier whole — a second breakdown of
    /// the whole (by outcome after by kind), not of this part. Only when the total closes a
    /// 、-list of those parts. (A marker right after a lone
    /// part, 其中文艺演出30场,其中…, still breaks that part down.)
    static func secondBreakdown(_ line: LineText, _ hits: [QuantityHit], _ index: Int, _ members: [QuantityHit],
                                _ sentences: [Range<Int>]) -> Bool {
        let total = hits[index]
        let sentence = sentences[Sentences.sentence(of: total.start, in: sentences)]
        let sum = members.reduce(0) { $0 + $1.normalized }
        for (offset, whole) in hits[..<index].enumerated() where whole.start >= sentence.lowerBound && isPart(whole, of: total)
            && !whole.isApproximate && sum <= whole.normalized + Sentences.tolerance(total: whole, parts: members) * whole.number.magnitude {
            guard let marker = (whole.end..<total.start).first(where: { markers.prefix(in: line.norm, at: $0) > 0 }) else { continue }
            // The total must close a 、-list of those parts (210件、90件), not open a clause of
            // its own (…102条;发布…1条,包括…: a new total with its own breakdown).
            let earlierParts = hits[(offset + 1)...index].filter { $0.start > marker && isPart($0, of: total) }
            if earlierParts.count >= 2, oneList(line, Array(earlierParts.suffix(2))) { return true }
        }
        return false
    }

    /// 共受理案件300件,其中民事案件210件、刑事案件90件;其中调解结案200件、判决结案150件: a 其中 after
    /// ; opens a second breakdown of the first total (the whole), not one of the part before it
    /// (errprobe). Its parts may overlap the first breakdown's, but not exceed the whole: a 、-list
    /// of them adding up to more than the whole is an error, as after the first 其中.
    static func secondBreakdownOfWhole(_ line: LineText, _ hits: [QuantityHit], _ index: Int, marker: Int,
                                       sentence: Range<Int>) -> ArithmeticCheck? {
        let total = hits[index]
        guard let firstMarker = (sentence.lowerBound..<total.start).first(where: { markers.prefix(in: line.norm, at: $0) > 0 }),
              let whole = hits[..<index].last(where: { $0.start >= sentence.lowerBound && $0.end <= firstMarker && isPart($0, of: total) }),
              !whole.isApproximate else { return nil }
        let members = hits[(index + 1)...].filter { $0.start > marker && $0.start < sentence.upperBound && isPart($0, of: whole) }
        // Only a plain 、-list of exact figures: anything else after it may be another line of breakdown.
        guard members.count >= 2, oneList(line, members), !members.contains(where: \.isApproximate),
              !members.contains(where: { insideBrackets(line, $0.start, after: marker) }) else { return nil }
        let sum = members.reduce(0) { $0 + $1.normalized } / whole.number.magnitude
        let tolerance = Sentences.tolerance(total: whole, parts: members)
        guard sum > whole.value + tolerance else { return nil }
        return make(line, whole, members, sum, tolerance, false)
    }
}
