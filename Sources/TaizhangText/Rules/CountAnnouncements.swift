/// Announced counts versus the items that follow: "抓好四项工作:一是…二是…",
/// "做好以下六项工作:" followed by (一)…(六), "举办大型图片展览两期" followed by a body
/// describing each. Named lists ("五大安全", "四防(…)") are checked by `NamedLists`.
struct CountAnnouncements {
    static let countMeasures: MeasureSet = ["项", "个", "方面", "个方面", "条", "点", "件", "大", "类", "种"]
    static let eventMeasures: Set<String> = ["期", "次", "场", "项", "个", "批", "届"]

    struct Pending {
        var expected: Int
        var line: Int
        var column: Int
        var text: String
        var counted: Int
        var style: HeadingStyle?
        var level: Int?
        var family: UInt32?
        /// Announced without the usual form (an Arabic count, no colon): a count that the
        /// headings contradict may be about something else, so only agreement is reported.
        var agreementOnly = false
        /// Lines of one short name each after the colon (辖区共有小区4个:⏎东苑小区⏎…).
        var names = 0
    }
    private var pendingInline: Pending?
    var pendingHeadings: Pending?
    /// The sequential count of each heading style's current run, and the style last seen
    /// (以上三个方面 after 一、二、三、).
    var headingRuns: [HeadingStyle: Int] = [:]
    var lastHeadingStyle: HeadingStyle? = nil
    private var pendingBody: (verb: [UInt32], expected: Int, line: Int, column: Int, text: String)?
    /// The last line seen ends a sentence (。!?). An input that stops inside a sentence was cut
    /// with its excerpt (`完成二項重點任務。一是抓好…1—` at a page's end, zj02): a list still open
    /// there may go on past the cut.
    private var lastLineEnds = true

    mutating func observe(line: LineText, heading: Heading?, markers: [InlineMarker], hits: [QuantityHit],
                          previous: LineText?, namedLists: [ArithmeticCheck]? = nil, into checks: inout [ArithmeticCheck]) {
        if let heading { noteHeading(heading) }
        lastLineEnds = WrappedBlock.endsSentence(line)
        continueInline(markers, heading, into: &checks)
        nameLines(line, heading: heading, markers: markers, into: &checks)
        continueHeadings(heading, into: &checks)
        if let body = pendingBody, heading == nil {
            let found = countVerbQuotes(line, verb: body.verb)
            if found == body.expected {
                checks.append(ArithmeticCheck(kind: "sum", text: body.text, line: body.line, column: body.column,
                                              statement: "count check: \(body.expected) announced, \(found) described", consistent: true))
            }
            pendingBody = nil
        }
        // `namedLists`: the same checks, computed ahead (LineFacts) for this previous line.
        for check in namedLists ?? NamedLists.check(line, hits: hits, previous: previous) { checks.append(check) }
        let counts = hits.filter { $0.number.isChinese && $0.number.value >= 2 && $0.number.value <= 12 && $0.number.magnitude == 1 }
        if let first = markers.first(where: { $0.number == 1 }) {
            let family = markers.filter { $0.family == first.family && $0.start >= first.start }
            if let announce = counts.last(where: { $0.end <= first.start && first.start - $0.end <= 80
                && CountAnnouncements.countMeasures.contains($0) && !NamedLists.namesPrecedingList(line, $0)
                && !line.cls($0.end).contains(.cjkNumeral) }) {
                let counted = sequentialCount(family)
                pendingInline = Pending(expected: Int(announce.number.value), line: line.number, column: line.column(of: announce.start),
                                        text: line.string(announce.start..<first.end), counted: counted, family: first.family)
                if counted >= Int(announce.number.value) { finishInline(into: &checks) }
            } else if let written = CountAnnouncements.writtenCount(line, before: first.start) {
                // 以下3各方面的工作:一是… (CountAnnouncements+WrittenCounts).
                let counted = sequentialCount(family)
                pendingInline = Pending(expected: written.value, line: line.number, column: line.column(of: written.start),
                                        text: line.string(written.start..<first.end), counted: counted, family: first.family)
                if counted >= written.value { finishInline(into: &checks) }
            }
        } else if endsWithColon(line), let announce = counts.last(where: { line.count - $0.end <= 20 && CountAnnouncements.countMeasures.contains($0) }) {
            pendingHeadings = Pending(expected: Int(announce.number.value), line: line.number, column: line.column(of: announce.start),
                                      text: line.string(announce.start..<line.count), counted: 0)
        } else if heading != nil, pendingHeadings == nil, let announce = counts.last(where: { line.count - $0.end <= 6 && CountAnnouncements.countMeasures.contains($0) }) {
            // (一)抓好三项工作 ⏎ 1.… 2.… 3.…: a heading whose title counts its sub-headings
            // (agreement only: the items may also stand in the paragraph). Not inside a list
            // of headings already announced, whose count it would replace.
            pendingHeadings = Pending(expected: Int(announce.number.value), line: line.number, column: line.column(of: announce.start),
                                      text: line.string(announce.start..<line.count), counted: 0, agreementOnly: true)
        } else if let announce = looseAnnouncement(line, hits) {
            pendingHeadings = Pending(expected: Int(announce.number.value), line: line.number, column: line.column(of: announce.start),
                                      text: line.string(announce.start..<line.count), counted: 0, agreementOnly: true)
        }
        if let check = backReference(line, hits: hits, markers: markers) ?? headingReference(line, hits: hits) { checks.append(check) }
        if let heading, let announce = counts.first(where: { CountAnnouncements.eventMeasures.contains($0.measure) }) {
            let titleStart = heading.markerEnd
            pendingBody = (Array(line.norm[titleStart..<min(titleStart + 2, line.count)]), Int(announce.number.value),
                           line.number, line.column(of: titleStart), line.string(titleStart..<line.count))
        }
    }

    /// `atEnd`: the input ends here. An excerpt may be cut before its list of headings is
    /// complete, so such a list still open at the end is reported only when complete
    /// (an inline list ends with its paragraph, which is there in full — unless the input
    /// stops inside that paragraph's sentence).
    mutating func finishDocument(into checks: inout [ArithmeticCheck], atEnd: Bool = false) {
        finishNames(into: &checks)
        headingRuns = [:]
        lastHeadingStyle = nil
        if atEnd, let pending = pendingHeadings, pending.counted < pending.expected { pendingHeadings = nil }
        if atEnd, !lastLineEnds, let pending = pendingInline, pending.counted < pending.expected { pendingInline = nil }
        finishInline(into: &checks)
        finishHeadings(into: &checks)
        pendingBody = nil
    }

    private func sequentialCount(_ markers: [InlineMarker]) -> Int {
        var count = 0
        for marker in markers where marker.number == count + 1 { count += 1 }
        return count
    }

    private func endsWithColon(_ line: LineText) -> Bool {
        var end = line.count
        while end > 0, line.cls(end - 1).contains(.space) { end -= 1 }
        return end > 0 && line[end - 1] == U.colon
    }

    private mutating func continueInline(_ markers: [InlineMarker], _ heading: Heading?, into checks: inout [ArithmeticCheck]) {
        guard var pending = pendingInline else { return }
        let next = pending.counted + 1
        let continues = markers.first.map { $0.number == next && $0.family == pending.family } ?? false
            || heading.map { $0.style == .shi && $0.number == next } ?? false
        if continues {
            pending.counted += 1
            for marker in markers.dropFirst() where marker.number == pending.counted + 1 { pending.counted += 1 }
            pendingInline = pending
        } else if markers.first.map({ $0.family == pending.family && $0.number > next }) ?? false
                    || heading.map({ $0.style == .shi && $0.number > next }) ?? false {
            pendingInline = nil   // a skip in the list (a numbering finding), not a wrong count
        } else {
            finishInline(into: &checks)
        }
    }

    private mutating func finishInline(into checks: inout [ArithmeticCheck]) {
        guard let pending = pendingInline else { return }
        checks.append(ArithmeticCheck(kind: "sum", text: pending.text, line: pending.line, column: pending.column,
                                      statement: "count check: \(pending.expected) announced, \(pending.counted) listed",
                                      consistent: pending.counted == pending.expected))
        pendingInline = nil
    }

    private mutating func continueHeadings(_ heading: Heading?, into checks: inout [ArithmeticCheck]) {
        guard var pending = pendingHeadings, let heading else { return }
        if pending.style == nil {
            guard heading.number == 1 else { pendingHeadings = nil; return }
            pending.style = heading.style
            pending.counted = 1
        } else if heading.style == pending.style && heading.number == pending.counted + 1 {
            pending.counted += 1
        } else if heading.style != .shi && heading.style != .di && heading.style != .qi && heading.style.rawValue > (pending.style?.rawValue ?? 0) {
            return
        } else if heading.style == pending.style && heading.number > pending.counted + 1 {
            // 一、二、四、: the list goes on with a skip (a numbering finding); the count is
            // not known to be wrong.
            pendingHeadings = nil
        } else {
            finishHeadings(into: &checks)
            return
        }
        pendingHeadings = pending
    }

    private mutating func finishHeadings(into checks: inout [ArithmeticCheck]) {
        // One heading after an announcement is too little to call the list short: the
        // announcement was more likely about something else.
        guard let pending = pendingHeadings, pending.style != nil, pending.counted >= 2 || pending.counted == pending.expected else {
            pendingHeadings = nil; return
        }
        if pending.agreementOnly && pending.counted != pending.expected { pendingHeadings = nil; return }
        checks.append(ArithmeticCheck(kind: "sum", text: pending.text, line: pending.line, column: pending.column,
                                      statement: "count check: \(pending.expected) announced, \(pending.counted) headings follow",
                                      consistent: pending.counted == pending.expected))
        pendingHeadings = nil
    }

    /// "举办了“…”" occurrences of the heading's verb introducing a quoted name.
    private func countVerbQuotes(_ line: LineText, verb: [UInt32]) -> Int {
        guard verb.count == 2 else { return 0 }
        var count = 0, index = 0
        while index + 2 < line.count {
            if line.matches(verb, at: index) {
                var cursor = index + 2
                if line[cursor] == U.s("了") { cursor += 1 }
                if line[cursor] == U.lquote { count += 1 }
            }
            index += 1
        }
        return count
    }

    /// 重点做好以下3个方面工作:, 从以下四个方面开展。, 今年共完成项目3个。: an Arabic count
    /// before a colon, or a count in a line that ends with 。 or nothing after 以下/如下 or a
    /// total word, within the last 20 letters of the line.
    private func looseAnnouncement(_ line: LineText, _ hits: [QuantityHit]) -> QuantityHit? {
        guard let announce = hits.last(where: { $0.number.magnitude == 1 && $0.number.decimals == 0 && $0.number.value >= 2
            && $0.number.value <= 12 && !$0.isApproximate && $0.change == nil && line.count - $0.end <= 20
            && (CountAnnouncements.countMeasures.contains($0) || $0.measure == "个") }) else { return nil }
        if endsWithColon(line) { return announce }
        let clause = Sentences.clauseStart(line, before: announce.start)..<announce.start
        return Sentences.contains(line, CountAnnouncements.announcers, in: clause)
            || Sentences.contains(line, Arithmetic.totalWords, in: clause) ? announce : nil
    }

    static let announcers = Lexicon(["以下", "如下"])

    /// 一是…;二是…;三是…。通过以上三项措施: a count right after 以上/上述 refers back to the
    /// inline list before it in the paragraph (1 to n of one family). Only agreement: the
    /// words may sum up something else.
    func backReference(_ line: LineText, hits: [QuantityHit], markers: [InlineMarker]) -> ArithmeticCheck? {
        guard markers.count >= 2 else { return nil }
        for count in hits where count.number.magnitude == 1 && count.number.decimals == 0 && count.number.value >= 2
            && count.number.value <= 12 && !count.isApproximate && CountAnnouncements.countMeasures.contains(count)
            && CountAnnouncements.backWords.suffix(in: line.norm, endingAt: count.start) > 0 {
            guard let first = markers.first(where: { $0.number == 1 && $0.end <= count.start }) else { continue }
            let listed = sequentialCount(markers.filter { $0.family == first.family && $0.start >= first.start && $0.end <= count.start })
            guard listed == Int(count.number.value) else { continue }
            return ArithmeticCheck(kind: "sum", text: line.string(first.start..<count.end), line: line.number, column: line.column(of: first.start),
                                   statement: "count check: \(listed) listed, \(listed) referred to", consistent: true)
        }
        return nil
    }

    static let backWords = Lexicon(["以上", "上述", "这些", "这"])
}
