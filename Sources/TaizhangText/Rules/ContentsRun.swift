/// A site's table of contents above the document (twenty-first pass, chrome15). Document sites
/// list a text's headings at the top of the page — (一)…(二)…(三)… one a line, nothing under
/// them — and then print the text, title and all, whose body repeats those headings with their
/// paragraphs. A document never sets three sibling headings in a row before its first sentence
/// and then writes them again: its own outline stands once, each heading with its text under it.
///
/// So, by structure only: before the first line of prose (a sentence of eight letters or more, or
/// any line over 60), consecutive short heading lines without sentence punctuation form a run; a
/// run of three or more that holds three siblings of one style is a candidate. Once the body has
/// started, a heading with the same marker and the same title (letters up to its first stop or
/// comma) confirms an entry; two confirmed entries make the whole run the page's contents.
/// Nothing is reported without the recurrence (an outline-only plan above the text stays), and a
/// bundled text's marker (篇一) closes the candidates (the next text may repeat the headings).
struct ContentsRun {
    struct Entry { var line: Int; var text: String; var style: HeadingStyle; var number: Int; var key: [UInt32]; var matched = false }
    static let message = ("网页残留:网站列出的目录(其标题在正文中再次出现)", "Web residue: the site's table of contents (its headings recur in the text)")
    static let minimumRun = 3, maximumRun = 40, confirmations = 2, entryLength = 40

    private var inHead = true
    private var run: [Entry] = []
    private var candidates: [[Entry]] = []

    /// Returns the lines (number and text) found to be a table of contents.
    mutating func observe(_ line: LineText, heading: Heading?) -> [(line: Int, text: String)] {
        if inHead { return head(line, heading: heading) }
        guard let heading, !candidates.isEmpty else { return [] }
        let key = ContentsRun.key(line, from: heading.markerEnd)
        guard !key.isEmpty else { return [] }
        for index in candidates.indices {
            for entry in candidates[index].indices where !candidates[index][entry].matched {
                let e = candidates[index][entry]
                if e.style == heading.style, e.number == heading.number, e.key == key { candidates[index][entry].matched = true; break }
            }
            if candidates[index].filter(\.matched).count >= ContentsRun.confirmations {
                let found = candidates.remove(at: index).map { ($0.line, $0.text) }
                return found
            }
        }
        return []
    }

    /// Before the body: collects runs of bare heading lines; the first line of prose ends the head.
    private mutating func head(_ line: LineText, heading: Heading?) -> [(line: Int, text: String)] {
        let start = line.contentStart, length = line.count - start
        if let heading, length <= ContentsRun.entryLength, !line.mask.contains(.sentenceEnd),
           !line.contains(scalar: U.comma), !line.contains(scalar: U.ideoComma) {
            let key = ContentsRun.key(line, from: heading.markerEnd)
            if !key.isEmpty, run.count < ContentsRun.maximumRun {
                run.append(Entry(line: line.number, text: line.text, style: heading.style, number: heading.number, key: key))
                return []
            }
        }
        closeRun()
        if length > 60 || length >= 8 && line.mask.contains(.sentenceEnd) { inHead = false }
        return []
    }

    private mutating func closeRun() {
        defer { run.removeAll() }
        guard run.count >= ContentsRun.minimumRun else { return }
        // Three siblings of one style in a row (1, 2, 3 of (一)…): a list, not a parent over its first child.
        var siblings = 1
        for index in run.indices.dropFirst() {
            siblings = run[index].style == run[index - 1].style && run[index].number == run[index - 1].number + 1 ? siblings + 1 : 1
            if siblings >= ContentsRun.minimumRun { candidates.append(run); return }
        }
    }

    /// A bundled text's marker: the next text starts a head of its own.
    mutating func startDocument() {
        run.removeAll()
        candidates.removeAll()
        inHead = true
    }

    /// The heading's title as compared: letters and digits after the marker, up to its first
    /// stop, colon or comma (spaces and quote marks left out: a page may drop or change them).
    static func key(_ line: LineText, from: Int) -> [UInt32] {
        var key = [UInt32]()
        for index in from..<line.count {
            let cls = line.cls(index)
            if cls.contains(.sentenceEnd) || line[index] == U.comma || line[index] == U.colon || line[index] == U.ideoComma { break }
            if cls.contains(.ideograph) || cls.contains(.digit) || cls.contains(.latin) { key.append(line[index]) }
        }
        return key.count >= 4 ? key : []
    }
}
