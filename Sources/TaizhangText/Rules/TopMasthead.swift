/// The lines above a page's first breadcrumb are the site's (issue #14, chrome18). A page sets
/// its masthead — the site's name, its hotline, its accounts (• 24小时值班电话:…, • 微信公众号,
/// …人民政府) — then the breadcrumb (当前位置:首页 > …), then the document: its title always
/// stands below the breadcrumb, never above it. So when a breadcrumb is the first thing that
/// ends the page's top lines, every short line above it is the masthead, whatever it holds: a
/// digit (a phone number), a ten-letter run or a unit's name, which `ChromeSandwich`'s top edge
/// keeps because under another kind of chrome they may be the title.
///
/// Precision guard, by what the top lines are: at most four lines, each of at most 40 letters,
/// with no sentence end or comma (a sentence is the body: the page began with its text) and no
/// outline heading; a longer line or a sentence above the breadcrumb ends the top edge, and the
/// lines held above it stay. Lines another rule already took do not count either way.
struct TopMasthead {
    static let maximumRun = 4
    private var open = true
    private var held: [(line: Int, text: String)] = []

    /// Returns the held lines when this line is the page's first breadcrumb.
    mutating func observe(_ line: LineText, chrome: Bool) -> [(line: Int, text: String)] {
        guard open else { return [] }
        let start = line.contentStart
        var end = line.count
        while end > start, line.cls(end - 1).contains(.space) { end -= 1 }
        guard end > start else { return [] }
        if chrome {
            guard TopMasthead.breadcrumb(line, start, end) else { return [] }
            open = false
            defer { held.removeAll() }
            return held
        }
        guard held.count < TopMasthead.maximumRun, TopMasthead.topLine(line, start, end) else {
            open = false
            held.removeAll()
            return []
        }
        held.append((line.number, line.text))
        return []
    }

    /// At a bundle marker the next document starts below the page's top: nothing more is held.
    mutating func startDocument() { open = false; held.removeAll() }

    /// A breadcrumb by its head (当前位置:, 您的位置:) or a path of two named steps or more
    /// (首页 > 新闻公告 > 医院动态). A selector that only shows separators (选择区域:>>) is no path:
    /// a statistical bulletin's title stands right above one (corpus z03).
    static func breadcrumb(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start <= 160 else { return false }
        if WebChrome.breadcrumbHeads.prefix(in: line.norm, at: start) > 0 || WebChrome.positionHead(line, start) { return true }
        guard WebChrome.breadcrumb(line, start, end) else { return false }
        var steps = 0, named = false
        for index in start..<end {
            if WebChrome.separators.contains(line[index]) {
                if named { steps += 1 }
                named = false
            } else if line.cls(index).contains(.ideograph) || line.cls(index).contains(.latin) {
                named = true
            }
        }
        return steps + (named ? 1 : 0) >= 2
    }

    static func topLine(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard !line.mask.contains(.sentenceEnd), !line.contains(scalar: U.comma), !line.contains(scalar: U.ideoStop),
              HeadingParser.parse(line) == nil else { return false }
        var letters = 0
        for index in start..<end where line.cls(index).contains(.ideograph) || line.cls(index).contains(.latin) { letters += 1 }
        return letters >= 2 && letters <= 40
    }
}
