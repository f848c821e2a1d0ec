/// Lists of other texts' titles that a page sets above or below the document (eighth pass,
/// chrome6), told by their structure rather than by the header's words:
/// - two or more numbered or bulleted titles in a row (1、…工作总结 / 2、…工作计划; · …总结;
///   a contents list, a ranking, "people also read"): a summary's own headings carry text
///   under them, never a second numbered title right below;
/// - a short label line (看了本文的人还看了:, 你可能也喜欢, 栏目导航) followed by two or more
///   titles, numbered or not: the label is the list's header.
/// A title repeated (the page's title and the document's own) is no item of a list, and
/// `附件:` heads the document's attachments, not a site's list.
struct TitleLists {
    static let minimumItems = 2
    static let maximumHeader = 14

    private var header: (line: Int, text: String)?
    private var candidate: (line: Int, text: String)?
    private var items: [(line: Int, text: String, chrome: Bool)] = []
    private var letters: [[UInt32]] = []
    private var numbered = 0
    private var reported = 0
    /// True under 附件: / 附表 while its items follow: the document's attachments, whatever
    /// their titles (chrome16: titles ending on their genre, …工作方案, are titles too).
    private var underAttachments = false

    /// Returns the lines (with their text) that became part of a list of titles. `title` is the
    /// line's letters when it looks like a title (`TitleRepeats.title`, computed once by the caller).
    mutating func observe(_ line: LineText, title: [UInt32]?, alreadyChrome: Bool) -> [(line: Int, text: String)] {
        let start = line.contentStart
        let length = line.count - start
        if OutlineTracker.opensAttachments(line) { reset(); underAttachments = true; return [] }
        if underAttachments {
            if title != nil || TitleLists.itemMarker(line, start) { return [] }
            underAttachments = false
        }
        if let title, !DocumentMarker.isMarker(line),
           !letters.contains(where: { TitleRepeats.related($0, title) }) {
            let marked = TitleLists.itemMarker(line, start)
            // An outline heading (一、…总结) is the document's; only Arabic numbers and bullets.
            if marked || HeadingParser.parse(line) == nil {
                // A list is numbered throughout or not at all: the document's own title after a
                // numbered contents list is no item of it.
                if !items.isEmpty, (numbered > 0) != marked { reset() }
                if items.isEmpty { header = candidate }
                candidate = nil
                items.append((line.number, line.text, alreadyChrome))
                letters.append(title)
                if marked { numbered += 1 }
                return confirmed()
            }
        }
        reset()
        if !alreadyChrome, TitleLists.isHeader(line, start, length) { candidate = (line.number, line.text) }
        return []
    }

    private mutating func reset() {
        // Asked for nearly every line, which mostly finds nothing to reset: no writes then (the
        // writes and `removeAll`s cost ≈ 280 instructions a line).
        guard header != nil || candidate != nil || !items.isEmpty || !letters.isEmpty || numbered != 0 || reported != 0 else { return }
        header = nil; candidate = nil; numbered = 0; reported = 0
        items.removeAll(keepingCapacity: true); letters.removeAll(keepingCapacity: true)
    }

    /// Two numbered items, or a header and two items: the list is the page's.
    /// Lines another rule already took are not reported again.
    private mutating func confirmed() -> [(line: Int, text: String)] {
        guard items.count >= TitleLists.minimumItems, numbered >= TitleLists.minimumItems || header != nil else { return [] }
        var fresh: [(line: Int, text: String)] = []
        if reported == 0, let header { fresh.append(header) }
        for item in items[reported...] where !item.chrome { fresh.append((item.line, item.text)) }
        reported = items.count
        return fresh
    }

    /// A list item's marker: 1、 1. 1 (a number and a space) or a bullet (· • ● ▪ ■ ◆ ▶ > » -).
    static func itemMarker(_ line: LineText, _ start: Int) -> Bool {
        let first = line[start]
        if line.cls(start).contains(.digit) {
            var end = start
            while end - start < 2, line.cls(end).contains(.digit) { end += 1 }
            let sep = line[end]
            return sep == U.ideoComma || sep == U.dot || line.cls(end).contains(.space) || sep == U.rparen
        }
        return TitleLists.bullets.contains(first)
    }

    static let bullets: ScalarSet = [U.middleDot, U.katakanaDot, U.s("•"), U.s("●"), U.s("▪"), U.s("■"), U.s("◆"), U.s("▶"),
                                     U.s("►"), U.s(">"), U.s("»"), U.hyphen, U.s("▍"), U.s("○"), U.s("◇")]

    /// A short label alone on its line: 2–14 letters, no sentence punctuation but a final colon,
    /// no digits (not a date or a count), no report word (not a title), no outline marker, and
    /// not the document's attachments (附件, 附表).
    static func isHeader(_ line: LineText, _ start: Int, _ length: Int) -> Bool {
        guard length >= 2, length <= maximumHeader, line[start] != U.s("附"), !line.mask.contains(.digit),
              !line.mask.contains(.sentenceEnd), HeadingParser.parse(line) == nil else { return false }
        var end = line.count
        while end > start, line.cls(end - 1).contains(.space) { end -= 1 }
        if line[end - 1] == U.colon { end -= 1 }
        guard end - start >= 2 else { return false }
        for index in start..<end {
            let cls = line.cls(index)
            if cls.contains(.clauseBreak) || cls.contains(.space) && index + 1 < end { return false }
            if TitleRepeats.titleWords.prefix(in: line.norm, at: index) > 0 { return false }
        }
        return true
    }
}
