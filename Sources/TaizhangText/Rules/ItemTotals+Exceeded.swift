/// Parts on the lines after 其中: that exceed the total (nineteenth pass, sumread):
///
///     全年确定重点项目12个,其中:
///     已完成8个;
///     未完成5个。
///
/// The lines are otherwise read for agreement only (a list may break the total down along two
/// lines, 男党员… / 大专以上…). They are flagged when 其中 opens the breakdown right before the
/// colon, one figure is announced, and the labels name a partition as `TotalParts` reads one
/// in a line: a label and its negation, labels of one attribute, classes (…类), a last label
/// naming the rest. Only lines that are list items count: one figure, ending after it (a
/// paragraph after the list adds figures of its own; its label is empty and names nothing).
extension ItemTotals {
    func exceeded(_ announcing: LineText, _ labels: [[UInt32]]) -> ArithmeticCheck? {
        guard candidates.count == 1, let total = candidates.first, parts.count == labels.count, parts.count >= 2,
              Self.opensBreakdownAtColon(announcing) else { return nil }
        let scale = total.number.magnitude
        let tolerance = Sentences.tolerance(total: total, parts: parts)
        let sum = parts.reduce(0) { $0 + $1.normalized } / scale
        guard sum > total.value + tolerance, TotalParts.partition(labels) else { return nil }
        let statement = "total \(Sentences.format(total.value))\(total.unit) < "
            + parts.map { Sentences.format($0.normalized / scale) }.joined(separator: " + ")
            + " = \(Sentences.format(sum)) (tolerance ±\(Sentences.format(tolerance))); parts exceed the total (the lines after it)"
        return ArithmeticCheck(kind: "sum", text: announcing.string(total.start..<total.end), line: announcing.number,
                               column: announcing.column(of: total.start), statement: statement, consistent: false)
    }

    /// The label of a line that is one list item (its one figure, then only marks), else none.
    static func itemLabel(_ line: LineText, _ hits: [QuantityHit], _ part: QuantityHit) -> [UInt32] {
        guard hits.count == 1, (part.end..<line.count).allSatisfy({ !line.cls($0).contains(.ideograph) && !line.cls($0).contains(.digit) })
        else { return [] }
        return label(line, before: part)
    }

    /// The line ends with 其中: (spaces aside).
    static func opensBreakdownAtColon(_ line: LineText) -> Bool {
        var end = line.count
        while end > 0, line.cls(end - 1).contains(.space) { end -= 1 }
        return end >= 3 && line[end - 1] == U.colon && line.matches([U.s("其"), U.s("中")], at: end - 3)
    }

    /// The letters of a part's line before its figure, past a number or mark that opens the
    /// line, without a verb that introduces the figure (为, 有, 达, 是).
    static func label(_ line: LineText, before part: QuantityHit) -> [UInt32] {
        var start = Sentences.clauseStart(line, before: part.start)
        while start < part.start, !line.cls(start).contains(.ideograph) { start += 1 }
        var end = part.start
        while end > start, !line.cls(end - 1).contains(.ideograph) { end -= 1 }
        while end > start, [U.s("为"), U.s("有"), U.s("达"), U.s("是")].contains(line[end - 1]) { end -= 1 }
        return Array(line.norm[start..<end])
    }
}

extension TotalParts {
    /// Labels that name a partition of one whole (the cues `exhaustive` and `plainlyExceeded`
    /// read in a line): classes (…类), a last label naming the rest, labels of one attribute,
    /// or two labels of which one is the other negated or 男/女.
    static func partition(_ labels: [[UInt32]]) -> Bool {
        guard labels.count >= 2, !labels.contains(where: \.isEmpty) else { return false }
        if labels.allSatisfy({ $0.last == U.s("类") }) || namesTheRest(labels) || oneAttribute(labels) { return true }
        if let last = labels.last, restWords.prefix(in: last, at: 0) > 0 { return true }
        guard labels.count == 2 else { return false }
        let (x, y) = (labels[0], labels[1])
        return negated(x, y) || negated(y, x) || Set([x[0], y[0]]) == Set([U.s("男"), U.s("女")])
    }
}
