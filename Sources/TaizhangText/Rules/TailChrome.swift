/// The page's text below the document, found by where the document ends (issue #14, twentieth
/// pass, chromestruct) rather than by the words of the page.
///
/// A summary ends with its closing: after its last paragraph, the unit's signature and the date,
/// each on a line of its own (…。 / 某某镇人民政府 / 2024年7月5日, 二〇二四年七月). After the
/// closing an official text holds only its own back matter — the records of GB/T 9704 (附件,
/// 抄送, 印发, 联系人 …), a note in brackets ((此件公开发布)), signatures and dates, tables — or
/// the next text of a bundle (its title, headings and prose). A web page goes on with its tail
/// down to the end of the input: related titles, prev/next links, share and print buttons,
/// counters, copyright and contacts.
///
/// So the short lines after the body's end are held (a bounded number: the stream goes on):
/// - prose, a heading, a table's row, a figure or a bundle's marker: the body goes on (an
///   appendix, the next summary); the held lines were the document's and are dropped;
/// - the document's own back matter, signatures and dates are passed over: never held;
/// - lines other rules took are the tail's too (they neither hold nor drop anything);
/// - the end of the input: the held lines are the page's.
/// The body's end is the closing's date; without one, a paragraph followed by a line another
/// rule took whole (the footer's first known line) — then only the few short lines between
/// them wait (`openLimit`), since a cut excerpt's last lines (a newspaper graphic's captions)
/// end a text as often as chrome does. More lines held than the limit: no confident reading,
/// nothing is reported.
struct TailChrome {
    static let limit = 40
    /// Below a paragraph but before any closing, the page's tail is known only once a line of
    /// chrome follows: at most this many candidates wait for it (a footer's first lines).
    static let openLimit = 6
    /// The lines since the last paragraph may be its closing: a paragraph closed by a sentence
    /// end, then signature lines only.
    private var mayClose = false
    /// The closing's date has been read: the lines after it are past the body.
    private var closed = false
    /// A paragraph has been read and nothing of the body since: candidates are held, and a
    /// line of chrome after them confirms that the body has ended.
    private var afterProse = false
    private var confirmed = false
    private var held: [(line: Int, text: String)] = []

    /// Reads one line; `chrome` tells that another rule took it. The tail is reported by `finish`.
    mutating func observe(_ line: LineText, chrome: Bool) {
        let start = line.contentStart
        var end = line.count
        while end > start, line.cls(end - 1).contains(.space) { end -= 1 }
        guard end > start else { return }
        let prose = TailChrome.isProse(line, start, end)
        // A sentence with a site's word inside it (…范文网…。) is the body going on, not the tail.
        if chrome, !(prose && line.cls(end - 1).contains(.sentenceEnd)) {
            mayClose = false
            // A PDF's page footer (- 2 -, 第2页) stands between pages of the body: it confirms nothing.
            if afterProse, line.mask.contains(.ideograph), !line.contains(scalar: U.s("页")) { confirmed = true }
            return
        }
        if prose {
            mayClose = line.cls(end - 1).contains(.sentenceEnd)
            (closed, confirmed, afterProse) = (false, false, true)
            held.removeAll()
            return
        }
        if TailChrome.resumesBody(line, start, end) {
            (mayClose, closed, afterProse, confirmed) = (false, false, false, false)
            held.removeAll()
            return
        }
        if !closed, mayClose, TailChrome.closingDate(line, start, end) {
            // The signature's lines above the date were held as candidates: they are the document's.
            closed = true
            held.removeAll()
            return
        }
        if TailChrome.backMatter(line, start, end) || TailChrome.signature(line, start, end) { return }
        // The signature's lines between the paragraph and the date (a name, 特此报告).
        mayClose = mayClose && TailChrome.shortName(line, start, end)
        // Before a closing, only a label waits for the footer's known line: a few letters without
        // the punctuation of a sentence (an excerpt cut mid-sentence ends on a longer piece, 在…方面,制定了).
        guard closed || afterProse && TailChrome.label(line, start, end) else { return }
        held.append((line.number, line.text))
        if held.count > (closed || confirmed ? TailChrome.limit : TailChrome.openLimit) {
            (mayClose, closed, afterProse, confirmed) = (false, false, false, false)
            held.removeAll()
        }
    }

    /// At the end of the input: a tail still held below the body's end is the page's.
    mutating func finish() -> [(line: Int, text: String)] {
        defer { held.removeAll() }
        return closed || confirmed ? held : []
    }
}
