/// Counts whose members are lines or headings rather than a list in the sentence:
/// - 重点实施三项工程:⏎道路工程、绿化工程、亮化工程。 — the line after the colon is the list;
/// - 辖区共有小区4个:⏎东苑小区⏎西苑小区⏎… — one short name per line after the colon;
/// - 一、…⏎二、…⏎三、…⏎通过以上三个方面的工作 — a count after 以上/上述 refers back to the run
///   of headings just read.
/// Only agreement is reported: the lines may go on past the excerpt or describe one item.
extension CountAnnouncements {
    mutating func nameLines(_ line: LineText, heading: Heading?, markers: [InlineMarker], into checks: inout [ArithmeticCheck]) {
        guard var pending = pendingHeadings, pending.style == nil else { return }
        if heading == nil, markers.isEmpty, pending.line + pending.names == line.number - 1 {
            if pending.names == 0, let check = listLine(line, pending) {
                checks.append(check); pendingHeadings = nil; return
            }
            if Self.isNameLine(line) { pending.names += 1; pendingHeadings = pending; return }
        }
        finishNames(into: &checks)
    }

    mutating func finishNames(into checks: inout [ArithmeticCheck]) {
        guard let pending = pendingHeadings, pending.style == nil, pending.names >= 2 else { return }
        if pending.names == pending.expected {
            checks.append(ArithmeticCheck(kind: "sum", text: pending.text, line: pending.line, column: pending.column,
                                          statement: "count check: \(pending.expected) announced, \(pending.names) lines of names follow", consistent: true))
        }
        pendingHeadings = nil
    }

    /// 2–16 letters of a name (letters, digits, quotes, brackets), at most a closing 。 or ;.
    static func isNameLine(_ line: LineText) -> Bool {
        var end = line.count
        while end > line.contentStart, line.cls(end - 1).contains(.space) || line[end - 1] == U.ideoStop || line[end - 1] == U.semicolon { end -= 1 }
        let length = end - line.contentStart
        guard length >= 2, length <= 16, (line.contentStart..<end).contains(where: { line.cls($0).contains(.ideograph) }) else { return false }
        return (line.contentStart..<end).allSatisfy { index in
            let cls = line.cls(index)
            return cls.contains(.ideograph) || cls.contains(.digit) || cls.contains(.latin) || cls.contains(.quote)
                || line[index] == U.lparen || line[index] == U.rparen || line[index] == U.lbook || line[index] == U.rbook
        }
    }

    /// 重点实施三项工程:⏎道路工程、绿化工程、亮化工程。: the line after the colon is the list
    /// itself (its first sentence split at 、 and a last 和/及/与). Only agreement: the line
    /// may describe the first item at length.
    private func listLine(_ line: LineText, _ pending: Pending) -> ArithmeticCheck? {
        guard let sentence = Sentences.ranges(line).first else { return nil }
        var end = sentence.upperBound
        while end > sentence.lowerBound, !line.cls(end - 1).contains(.ideograph), line[end - 1] != U.rquote, line[end - 1] != U.rbook { end -= 1 }
        let items = NamedLists.split(line, line.contentStart..<end)
        guard items.count >= 2, items.allSatisfy({ $0.count <= 16 && !$0.contains(",") && !$0.contains("，") }),
              items.count == pending.expected || NamedLists.names(items, pending.expected) else { return nil }
        return ArithmeticCheck(kind: "sum", text: pending.text, line: pending.line, column: pending.column,
                               statement: "count check: \(pending.expected) = " + items.joined(separator: " + ") + " (the line after it)", consistent: true)
    }

    mutating func noteHeading(_ heading: Heading) {
        let count = headingRuns[heading.style] ?? 0
        if heading.number == 1 { headingRuns[heading.style] = 1 }
        else if heading.number == count + 1 { headingRuns[heading.style] = heading.number }
        else { headingRuns[heading.style] = nil }
        lastHeadingStyle = heading.style
    }

    /// 以上三个方面 right after the third of 一、二、三、 (the last style of heading seen).
    func headingReference(_ line: LineText, hits: [QuantityHit]) -> ArithmeticCheck? {
        guard let style = lastHeadingStyle, let run = headingRuns[style], run >= 2 else { return nil }
        for count in hits where count.number.magnitude == 1 && count.number.decimals == 0 && Int(count.number.value) == run
            && !count.isApproximate && CountAnnouncements.countMeasures.contains(count)
            && CountAnnouncements.backWords.suffix(in: line.norm, endingAt: count.start) > 0 {
            return ArithmeticCheck(kind: "sum", text: line.string(count.start..<count.end), line: line.number, column: line.column(of: count.start),
                                   statement: "count check: \(run) headings, \(run) referred to", consistent: true)
        }
        return nil
    }
}
