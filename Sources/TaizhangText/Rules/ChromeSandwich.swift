/// Short lines that stand between two lines of site chrome (issue #14, chrome16). A page
/// prints its chrome in blocks — the bar above the title (无障碍 / 长辈版 / the site's name /
/// 当前位置…), the footer below the text ((来源:…) / a spam link list / 友情链接), a sidebar
/// (浏览: / 来自: 武汉 / 最近访客) — and the lines of a block no other rule knows still stand
/// between lines it does. A document never sets a short unpunctuated line of its own between
/// two lines of the page's chrome: its title stands above its own details or its body, its
/// headings and signature stand beside its text. So a run of at most four short lines (six
/// below the body's first sentence, where a footer's link list stands), chrome right above and
/// right below (blank lines between do not count), is chrome too.
///
/// Precision guard, by what the run's lines are not: a line with a sentence end or a clause
/// mark (、,;), a digit (dates, figures, document numbers), an outline heading, a bundle
/// marker, or over 30 letters. Above the body (no sentence of the text yet) the page's title
/// stands between the breadcrumb and the details row, so there a title (a report word), a run
/// of ten letters or more (a headline) and a line ending on a joining word (a title's first
/// half) stay too.
struct ChromeSandwich {
    static let maxHeadRun = 4, maxRun = 6
    private var held: [(line: Int, text: String)] = []
    /// The last content line was chrome (a run may open under it). The page's top edge counts
    /// as chrome (chrome17): the short lines above its first bar or breadcrumb (大公网 ⏎ 大公报电子版,
    /// 嵊州市人民政府 ⏎ 您当前的位置:) are the site's masthead — unless the line closing them is a
    /// detail row (a figure: 发布时间:2024-…, 123次浏览), under which the document's title stands.
    private var afterChrome = true
    /// No content line but the held run was seen yet.
    private var atTop = true
    /// A sentence of the text was seen (the head is over).
    private var proseSeen = false
    private var lastLine = 0
    /// The run the last line broke, kept one line in case that line is reported late.
    private var closed: [(line: Int, text: String)] = []

    /// Returns the held run once a chrome line closes it. `late`: earlier lines another rule
    /// reported only now (`HeadChrome` judges a line when the next one arrives): chrome too.
    mutating func observe(_ line: LineText, chrome: Bool, late: [Int] = []) -> [(line: Int, text: String)] {
        let start = line.contentStart
        var end = line.count
        while end > start, line.cls(end - 1).contains(.space) { end -= 1 }
        guard end > start else { return [] }
        var found: [(line: Int, text: String)] = []
        if !late.isEmpty {
            if let first = held.firstIndex(where: { late.contains($0.line) }), let last = held.lastIndex(where: { late.contains($0.line) }) {
                found = Array(held[..<first])
                held.removeSubrange(...last)
                afterChrome = true
            } else if late.contains(lastLine) {
                // The line that broke the run was chrome after all: the run it closed is found.
                found = closed
                afterChrome = true
            }
        }
        closed.removeAll()
        lastLine = line.number
        if chrome || late.contains(line.number) {
            defer { held.removeAll(); afterChrome = true; atTop = false }
            return atTop && line.mask.contains(.digit) ? found : found + held
        }
        if afterChrome, held.count < (proseSeen ? ChromeSandwich.maxRun : ChromeSandwich.maxHeadRun), candidate(line, start, end) {
            held.append((line.number, line.text))
            return found
        }
        closed = atTop ? [] : held
        held.removeAll()
        afterChrome = false
        atTop = false
        if !proseSeen, end - start >= 8, line.mask.contains(.sentenceEnd) || end - start > 60 { proseSeen = true }
        return found
    }

    /// At a bundle marker the next document starts: nothing runs across it.
    mutating func startDocument() { held.removeAll(); closed.removeAll(); afterChrome = false; atTop = false }

    private func candidate(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start <= 40, line.mask.isDisjoint(with: [.sentenceEnd, .digit]),
              !line.contains(scalar: U.ideoComma), !line.contains(scalar: U.comma), !line.contains(scalar: U.semicolon),
              HeadingParser.parse(line) == nil, !DocumentMarker.isMarker(line) else { return false }
        var letters = 0, run = 0, longest = 0
        for index in start..<end {
            if line.cls(index).contains(.ideograph) || line.cls(index).contains(.latin) {
                letters += 1; run += 1; longest = max(longest, run)
            } else { run = 0 }
        }
        guard letters >= 2, letters <= 30 else { return false }
        if proseSeen { return true }
        return !TitleRepeats.isTitle(line) && longest < 10 && !HeadChrome.joiningEnds.contains(line[end - 1])
    }
}
