/// 共受理案件300件,其中民事案件210件、刑事案件90件;其中调解结案200件、判决结案150件: a 其中 after
/// ; opens a second breakdown of the first total (the whole), not one of the part before it
/// (errprobe). Its parts may overlap the first breakdown's, but not exceed the whole: a 、-list
/// of them adding up to more than the whole is an error, as after the first 其中.
extension TotalParts {
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
