/// A heading line glued to the end of a paragraph that had lost its final stop: a PDF or a
/// page joined …审直播179件 ⏎ 三、信息宣传工作情况 into …审直播179件三、信息宣传工作情况, or
/// …建设制度 ⏎ 二、营造镇域文艺氛围。 into one line. `GluedHeadings` reads a marker only after
/// a stop (else 统一、规范 and 初三、高三 were headings), so such a heading went unread — its
/// next sibling then looked like a skip, and a deleted sibling before it went unseen.
///
/// Read here, as candidates the outline accepts only when they continue a list it holds
/// (`OutlineTracker.continues`): a 二、 or (二) marker (2 or more) after an ideograph that is
/// no numeral and no marker's prefix (第三、 其三、), with a title after it — a short run with no
/// clause break that ends at a sentence end or at the line's end, and whose second letter is
/// no numeral.
enum StoplessHeadings {
    struct Candidate { var start: Int; var heading: Heading; var toLineEnd: Bool }

    static let titleLetters = 2...24

    static func scan(_ line: LineText, from: Int) -> [Candidate] {
        guard line.mask.contains(.cjkNumeral) else { return [] }
        var result = [Candidate]()
        var index = line.nextIndex(from: from + 1, classes: 0, or: U.ideoComma, U.rparen)
        while index < line.count {
            if let start = markerStart(line, closingAt: index, from: from), let heading = HeadingParser.parse(line, at: start),
               heading.number >= 2, heading.style == .cjk || heading.style == .cjkParen, heading.markerEnd <= index + 2,
               let toLineEnd = title(line, heading.markerEnd) {
                result.append(Candidate(start: start, heading: heading, toLineEnd: toLineEnd))
            }
            index = line.nextIndex(from: index + 1, classes: 0, or: U.ideoComma, U.rparen)
        }
        return result
    }

    /// Where a marker closing at `close` (its 、 or its bracket) starts, if an ideograph that
    /// is no numeral and no 第/其 stands before it and no stop (the glued reader's case).
    private static func markerStart(_ line: LineText, closingAt close: Int, from: Int) -> Int? {
        var start = close
        while start > from, line.cls(start - 1).contains(.cjkNumeral), close - start < 3 { start -= 1 }
        guard start < close, !line.cls(start - 1).contains(.cjkNumeral) else { return nil }
        if line[close] == U.rparen {
            guard start > from, line[start - 1] == U.lparen else { return nil }
            start -= 1
        } else if line[close] != U.ideoComma { return nil }
        guard start > from else { return nil }
        let before = line.cls(start - 1)
        let prefix = line[start - 1] == InlineEnumeration.di || line[start - 1] == InlineEnumeration.qi
        return before.contains(.ideograph) && !before.contains(.cjkNumeral) && !prefix ? start : nil
    }

    /// Whether a title follows the marker: `titleLetters` letters with no clause break, up to
    /// a sentence end (false) or the line's end (true); nil if none.
    private static func title(_ line: LineText, _ markerEnd: Int) -> Bool? {
        // Not a list of like words (初三、高三, 周二、周四): its next item holds a numeral too.
        guard GluedHeadings.titleFollows(line, markerEnd), !line.cls(markerEnd + 1).contains(.cjkNumeral) else { return nil }
        var index = markerEnd, letters = 0
        while index < line.count {
            let cls = line.cls(index)
            if cls.contains(.sentenceEnd) { return titleLetters.contains(letters) ? false : nil }
            if cls.contains(.clauseBreak) && !cls.contains(.space) && line[index] != U.ideoComma || letters > titleLetters.upperBound { return nil }
            if !cls.isDisjoint(with: CharClass.letters) { letters += 1 }
            index += 1
        }
        return titleLetters.contains(letters) ? true : nil
    }
}

extension OutlineTracker {
    /// A 一、 or (一) list is open (the stopless reader's precheck).
    var holdsChineseList: Bool { stack.contains { $0.style == .cjk || $0.style == .cjkParen } }

    /// A stopless candidate continues a list of its style held open: the next number, or —
    /// when its title runs to the line's end (a heading line glued whole) — the one after.
    func continues(_ candidate: StoplessHeadings.Candidate) -> Bool {
        guard let level = stack.last(where: { $0.style == candidate.heading.style }), !level.chrome else { return false }
        return candidate.heading.number == level.last + 1 || candidate.toLineEnd && candidate.heading.number == level.last + 2
    }
}
