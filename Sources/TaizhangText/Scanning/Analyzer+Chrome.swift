/// The page's chrome that a line reveals about earlier lines (a title it repeats, a list of tags,
/// links or titles it closes, the header above the document): split out of `Analyzer.swift` to
/// keep that file under 400 lines (session 16); the rules' state stays on the analyzer.
extension Analyzer {
    /// Earlier lines that this one repeats as a title were the page's header.
    func repeatedTitles(_ line: LineText, chrome: Bool) {
        var chrome = chrome
        for tag in tags.observe(line, chrome: chrome) {
            if tag.line == line.number { chrome = true }
            sink.finding(Finding(kind: .boilerplate, severity: .warning, line: tag.line, column: 1, text: tag.text,
                                 message: "网页残留:标签或关键词列表", messageEn: "Web residue: a list of tags or keywords"))
        }
        // The line's title form, read once for the four rules that ask it.
        let lineTitle = TitleRepeats.title(line)
        for link in links.observe(line, alreadyChrome: chrome, title: lineTitle) {
            titleChrome(link, message: ("网页残留:相关文章链接列表", "Web residue: a list of links to other texts"))
        }
        for title in splitTitles.observe(line, title: lineTitle, alreadyChrome: chrome) {
            titleChrome(title, message: ("网页残留:页面标题(正文标题分两行再次出现)", "Web residue: the page title (the document's own title follows on two lines)"))
        }
        for item in titleLists.observe(line, title: lineTitle, alreadyChrome: chrome) {
            titleChrome(item, message: ("网页残留:其他文章的标题列表", "Web residue: a list of other texts' titles"))
        }
        for earlier in titles.observe(line, alreadyChrome: chrome, holdWindow: head.isOpen, title: lineTitle) {
            titleChrome(earlier, message: ("网页残留:页面标题(正文中再次出现同一标题)", "Web residue: the page title (the document repeats the same title)"))
        }
        let above = head.observe(line, chrome: chrome || reportedTitles.contains(line.number))
        // A line holds one finding: a head line `TitleRepeats` took just now (a copy above) is not
        // reported twice (chrome17: `HeadChrome.copyAbove` meets the same copies).
        for earlier in above where !reportedTitles.contains(earlier.line) { headChrome(earlier) }
        closing.observe(line, chrome: chrome)
        for short in sandwich.observe(line, chrome: chrome, late: above.map(\.line)) where !headLines.contains(short.line) {
            titleChrome(short, message: ("网页残留:夹在网页文字之间的短行", "Web residue: a short line between lines of the page's chrome"))
        }
        for page in pages.observe(line) {
            titleChrome(page, message: ("网页残留:单独成行的页码", "Web residue: a printed page number alone on its line"))
        }
        // The short lines above the page's first breadcrumb are its masthead (chrome18).
        for top in masthead.observe(line, chrome: chrome) where !headLines.contains(top.line) {
            titleChrome(top, message: ("网页残留:导航路径之上的网站页头", "Web residue: the site's masthead above its breadcrumb"))
        }
    }

    func headChrome(_ above: (line: Int, text: String)) {
        headLines.append(above.line)
        if headLines.count > 8 { headLines.removeFirst() }
        sink.finding(Finding(kind: .boilerplate, severity: .warning, line: above.line, column: 1, text: above.text,
                             message: "网页残留:正文之前的网页文字", messageEn: "Web residue: the page's text above the document"))
    }

    func titleChrome(_ title: (line: Int, text: String), message: (zh: String, en: String)) {
        guard !reportedTitles.contains(title.line) else { return }
        reportedTitles.append(title.line)
        if reportedTitles.count > 8 { reportedTitles.removeFirst() }
        sink.finding(Finding(kind: .boilerplate, severity: .warning, line: title.line, column: 1, text: title.text,
                             message: message.zh, messageEn: message.en))
    }
}
