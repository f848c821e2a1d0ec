/// The page's footer below the document (eighth pass, chrome6): once the body has been read
/// (a sentence of 20 letters or more) and a whole line of chrome follows it (not a PDF's page
/// footer, which the body goes on after), the short lines after it are the page's too —
/// buttons, labels, counters and links whose words no list knows (打赏, 顶部, 视力保护色,
/// Ctrl+D 收藏本站) — until a sentence of the body returns.
/// Not the footer's, and the footer ends there: an outline heading, a title (a list of links is
/// `TitleLists`' and `LinkRuns`'), a unit's signature or a date (某某镇人民政府 / 二〇二四年六月
/// 三十日), a table's caption, a cell with a bar or a figure alone (a table follows), a line of
/// 24 letters or more, a line with a comma or a sentence end.
struct FooterRun {
    static let maximumLength = 24
    private var bodySeen = false
    private var open = false

    /// Whether this line (not taken by another rule) continues the footer; `chrome` tells that
    /// another rule took the whole line.
    @discardableResult
    mutating func observe(_ line: LineText, _ start: Int, _ end: Int, chrome: Bool) -> Bool {
        if chrome {
            // A PDF's page footer (- 2 -, 第2页, 2/8页) stands between the pages of the body, and
            // so does a picture's caption (…现场。新华社记者王全超摄, chrome21).
            if bodySeen, line.mask.contains(.ideograph), !line.contains(scalar: U.s("页")), !BoilerplateRule.pictureLine(line, start, end) { open = true }
            return false
        }
        let sentence = line.contains(scalar: U.ideoStop) || line.mask.contains(.sentenceEnd)
        if end - start >= 20, sentence || line.contains(scalar: U.comma) {
            bodySeen = true
            open = false
            return false
        }
        guard open else { return false }
        guard end - start < FooterRun.maximumLength, !sentence, !line.contains(scalar: U.comma), !line.contains(scalar: 0x7C),
              HeadingParser.parse(line) == nil, TitleRepeats.title(line) == nil, !TagRuns.isCaption(line),
              !FooterRun.signature(line, start, end), !FooterRun.figure(line, start, end) else {
            open = false
            return false
        }
        return true
    }

    /// A unit's name (…政府, …局, …委员会, …办公室, …中心, …社区, …街道, …镇, …村) or a date.
    static func signature(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        if line.mask.contains(.digit) || line.mask.contains(.cjkNumeral), line[end - 1] == U.s("日") || line[end - 1] == U.s("月") { return true }
        return end - start >= 4 && FooterRun.unitEndings.contains(line[end - 1])
    }

    /// A table's value alone in its cell (12, 85%, 3.5万元): a table follows, not a footer.
    static func figure(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard line.cls(start).contains(.digit) else { return false }
        return (start..<end).allSatisfy { line.cls($0).contains(.digit) || line[$0] == U.dot || line[$0] == U.percent
            || line[$0] == U.s("万") || line[$0] == U.s("元") || line[$0] == U.s("亿") }
    }

    static let unitEndings = ScalarSet("府委室局厅院心区村镇乡道司所会".unicodeScalars.map(\.value))
}
