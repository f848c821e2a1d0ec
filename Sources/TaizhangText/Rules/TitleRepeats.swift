/// A page's title printed again as the document's title: download and news pages show
/// the title in their header, then the document repeats it (often with 范文, 精编之 or
/// 篇1 around it). When a short title line (no sentence end, naming a kind of report)
/// is repeated within a few lines — verbatim, or one containing the other — every
/// occurrence but the last is page chrome.
struct TitleRepeats {
    static let window = 12
    static let minimumShared = 6
    static let titleWords = Lexicon(["总结", "小结", "计划", "报告", "汇报", "打算", "思路", "设想", "要点", "述职", "回顾"])

    /// `labelled`: the title carries a site's label (`WebChrome.titleWithSiteLabel`); such a
    /// title that appears once is the page's (reported when it leaves the window), one that
    /// repeats an earlier title is the document's own. `repeats`: it repeated an earlier one.
    /// `piece`: the line is a bundled text's heading (第一篇:…, …【第一篇】): a title below it
    /// that repeats its words is that piece's own title, and the heading is no page chrome.
    private struct Candidate { var line: Int; var text: [UInt32]; var excerpt: String; var flagged: Bool
                               var labelled = false; var repeats = false; var bundle = false; var piece = false
                               var core: [UInt32] = [] }
    private var recent: [Candidate] = []
    /// Short lines of two to four letters (a name: the page's byline) since the last titles.
    private var bylines: [(line: Int, text: String)] = []

    /// Returns the earlier titles (line number and text) that this line repeats, with the
    /// bylines between a page title and its repeat (镇…工作汇报 / 黄飞 / 镇…工作汇报), and the
    /// titles that a line of site chrome quotes (简介:…为你整理了这篇《…总结》…): the page's.
    /// `holdWindow`: the document's body has not started yet (`HeadChrome`); above it, a
    /// title repeated after a long block of page chrome is still the page's, so nothing expires.
    mutating func observe(_ line: LineText, alreadyChrome: Bool, holdWindow: Bool = false) -> [(line: Int, text: String)] {
        observe(line, alreadyChrome: alreadyChrome, holdWindow: holdWindow, title: TitleRepeats.title(line))
    }

    /// `observe` with the line's `TitleRepeats.title` read once by the caller (the analyzer asks
    /// it for four rules of each line: read four times, ≈ 0.5 % of the check, cli20).
    mutating func observe(_ line: LineText, alreadyChrome: Bool, holdWindow: Bool = false, title: [UInt32]?) -> [(line: Int, text: String)] {
        var repeated = [(line: Int, text: String)]()
        if !holdWindow, let first = recent.first, line.number - first.line > TitleRepeats.window {
            for old in recent where line.number - old.line > TitleRepeats.window && old.labelled && !old.flagged && (!old.repeats || old.bundle) {
                repeated.append((old.line, old.excerpt))
            }
            recent.removeAll { line.number - $0.line > TitleRepeats.window }
        }
        if let first = bylines.first, line.number - first.line > TitleRepeats.window {
            bylines.removeAll { line.number - $0.line > TitleRepeats.window }
        }
        guard let text = title else {
            repeated += gluedCopies(of: line, beforeBody: holdWindow)
            if alreadyChrome { return repeated + quoted(in: line) }
            if TitleRepeats.isByline(line) { bylines.append((line.number, line.text)) }
            return repeated
        }
        if alreadyChrome { repeated += quoted(in: line) }
        var repeats = false
        let core = TitleRepeats.core(text)
        for index in recent.indices where !recent[index].flagged && !recent[index].piece
            && (TitleRepeats.related(recent[index].text, text) || TitleRepeats.sameCore(recent[index].core, core)) {
            repeats = true
            recent[index].flagged = true
            repeated.append((recent[index].line, recent[index].excerpt))
            let from = recent[index].line
            repeated += bylines.filter { $0.line > from }
            bylines.removeAll { $0.line > from }
        }
        let piece = DocumentMarker.isMarker(line)
        let labelled = !alreadyChrome && (WebChrome.titleWithSiteLabel(line, line.contentStart, line.count)
            || WebChrome.bareLabelTitle(line, line.contentStart, line.count) || WebChrome.sitePrefixTitle(line, line.contentStart))
            && !piece
        recent.append(Candidate(line: line.number, text: text, excerpt: line.text, flagged: alreadyChrome,
                                labelled: labelled, repeats: repeats || recent.contains { $0.flagged && TitleRepeats.related($0.text, text) },
                                bundle: labelled && TitleRepeats.namesBundle(text), piece: piece, core: core))
        return repeated
    }

    /// 2024…工作总结 ⏎ 2024…工作总结2024年,…: the line right below a title opens with that
    /// very title glued to its first sentence — the document's own title; the one above, alone
    /// on its line, was the page's.
    /// A copy that differs from the title as a copy does (`coreEnd`: the year masked or spaced) may
    /// stand further down before the body (`beforeBody`), below the page's details (• 5页 / 网站客服…).
    /// An identical copy keeps the two-line reach: further down, dev's gold splits on which of the
    /// two is the document's (zb37's page title is chrome, a31's the text's own; chrome23).
    private mutating func gluedCopies(of line: LineText, beforeBody: Bool) -> [(line: Int, text: String)] {
        var found = [(line: Int, text: String)]()
        for index in recent.indices where !recent[index].flagged && (beforeBody || line.number - recent[index].line <= 2) {
            let near = line.number - recent[index].line <= 2
            let title = recent[index].text
            var position = line.contentStart, matched = 0
            while position < line.count, matched < title.count {
                if !line.cls(position).contains(.space) {
                    guard line[position] == title[matched] else { break }
                    matched += 1
                }
                position += 1
            }
            if !near, matched == title.count { continue }
            // The copy may be set apart by a space (a document site's preview: title, then text).
            if matched < title.count, let end = TitleRepeats.coreEnd(of: recent[index].core, in: line) { (matched, position) = (title.count, end) }
            while matched == title.count, position < line.count, line.cls(position).contains(.space) { position += 1 }
            guard matched == title.count, position < line.count,
                  line.cls(position).contains(.ideograph) || line.cls(position).contains(.digit) else { continue }
            recent[index].flagged = true
            found.append((recent[index].line, recent[index].excerpt))
        }
        return found
    }

    /// At the end of the input: the labelled titles still waiting appeared once.
    mutating func finish() -> [(line: Int, text: String)] {
        defer { recent.removeAll() }
        return recent.filter { $0.labelled && !$0.flagged && (!$0.repeats || $0.bundle) }.map { ($0.line, $0.excerpt) }
    }

    /// …工作总结7篇, …总结(精选十篇): a count of 篇 after the report word names a site's bundle
    /// of texts, never one document's own title — the page's even when it repeats (篇1, 第2篇
    /// are a bundled text's own markers: no count before 篇).
    static func namesBundle(_ text: [UInt32]) -> Bool {
        guard let word = text.indices.first(where: { titleWords.prefix(in: text, at: $0) > 0 }), word + 2 < text.count else { return false }
        for index in (word + 2)..<text.count where text[index] == U.s("篇") {
            var first = index
            while first > word + 2, CharClass.of(text[first - 1]).contains(.digit) || CharClass.of(text[first - 1]).contains(.cjkNumeral) { first -= 1 }
            if first < index, text[first - 1] != U.s("第") { return true }
        }
        return false
    }

    /// The titles a line of chrome quotes, whole or without their year (2024年).
    /// Years are left out on both sides (社会事业局上半年工作总结 / 文章标题:社会事业局2023年上半年工作总结).
    private mutating func quoted(in line: LineText) -> [(line: Int, text: String)] {
        guard recent.contains(where: { !$0.flagged }) else { return [] }
        let chrome = TitleRepeats.withoutYears(line.norm[line.contentStart...])
        var found = [(line: Int, text: String)]()
        for index in recent.indices where !recent[index].flagged {
            let core = TitleRepeats.withoutYears(recent[index].text[...])
            guard core.count >= TitleRepeats.minimumShared, chrome.count >= core.count,
                  (0...(chrome.count - core.count)).contains(where: { chrome[$0..<($0 + core.count)].elementsEqual(core) }) else { continue }
            recent[index].flagged = true
            found.append((recent[index].line, recent[index].excerpt))
        }
        return found
    }

    /// The letters without spaces, digit runs and the 年 after them.
    private static func withoutYears(_ scalars: ArraySlice<UInt32>) -> [UInt32] {
        var result = [UInt32](), afterDigits = false
        result.reserveCapacity(scalars.count)
        for scalar in scalars {
            let cls = CharClass.of(scalar)
            if cls.contains(.digit) { afterDigits = true; continue }
            if cls.contains(.space) || afterDigits && scalar == U.s("年") { afterDigits = false; continue }
            afterDigits = false
            result.append(scalar)
        }
        return result
    }

    /// Two to four letters alone on a line: a name (a byline), not a heading.
    static func isByline(_ line: LineText) -> Bool {
        let length = line.count - line.contentStart
        return length >= 2 && length <= 4 && (line.contentStart..<line.count).allSatisfy {
            line.cls($0).contains(.ideograph) && !line.cls($0).contains(.cjkNumeral)
        }
    }

    /// A short line without a sentence end that names a kind of report (…工作总结).
    static func isTitle(_ line: LineText) -> Bool { title(line) != nil }

    /// The line without spaces when it looks like a title, else nil.
    static func title(_ line: LineText) -> [UInt32]? {
        let length = line.count - line.contentStart
        guard length >= minimumShared, length <= 60, !line.contains(scalar: U.ideoStop), !line.contains(scalar: U.comma) else { return nil }
        // The title word first: most short lines have none, and the letters are then not
        // copied (the array grew letter by letter for every short line: 1 % of the check).
        var hasTitleWord = false
        for index in line.contentStart..<line.count where !line.cls(index).contains(.space) {
            if titleWords.prefix(in: line.norm, at: index) > 0 { hasTitleWord = true; break }
        }
        guard hasTitleWord || genreTitle(line) else { return nil }
        var text = [UInt32]()
        text.reserveCapacity(length)
        for index in line.contentStart..<line.count where !line.cls(index).contains(.space) { text.append(line[index]) }
        return text
    }

    /// The genres an official document's title ends on besides the report words above: the
    /// statutory kinds of 公文 and the common rule and plan kinds (chrome16). Grammar of a
    /// title, not one site's words: the title names its subject, then its genre.
    static let titleGenres = Lexicon(["方案", "预案", "办法", "制度", "规定", "细则", "规则", "章程", "通知", "意见", "决定",
                                      "通报", "公告", "通告", "纪要", "请示", "批复", "决议", "规划", "措施", "讲话"])

    /// …防汛抗旱应急预案, …管理办法, 关于…的通知: a line ending on a genre after at least four
    /// letters of subject (a site's column of four letters, 通知公告 or 规章制度, names none).
    static func genreTitle(_ line: LineText) -> Bool {
        var end = line.count
        while end > line.contentStart, line.cls(end - 1).contains(.space) { end -= 1 }
        let genre = titleGenres.suffix(in: line.norm, endingAt: end)
        guard genre > 0 else { return false }
        return (line.contentStart..<(end - genre)).filter { line.cls($0).contains(.ideograph) }.count >= 4
    }

    static func related(_ a: [UInt32], _ b: [UInt32]) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard short.count >= minimumShared else { return false }
        if short == long { return true }
        guard long.count - short.count <= 12 else { return false }
        var start = 0
        while start + short.count <= long.count {
            if Array(long[start..<(start + short.count)]) == short { return true }
            start += 1
        }
        return false
    }
}

/// Tag clouds and keyword lists of a page: three or more lines in a row of at most four
/// letters each and no punctuation (2023 / 社会 / 事业 / 上半年). Every line of such a run
/// is page chrome; a summary never writes three such lines in a row.
struct TagRuns {
    static let maximumLength = 4
    static let minimumRun = 3
    private var run: [(line: Int, text: String)] = []
    private var reported = 0
    /// The last longer line was a table's caption (…情况统计表): the short lines under it
    /// are the table's header cells, one per line, not tags.
    private var underCaption = false
    /// The last longer line stopped inside a sentence (`PDFBreaks`): the tiny lines under it are
    /// that sentence's fragments, one a line, not tags.
    private var afterBrokenSentence = false

    /// Returns the lines (with their text) that became part of a run of tags.
    mutating func observe(_ line: LineText, chrome: Bool = false) -> [(line: Int, text: String)] {
        let length = line.count - line.contentStart
        // A cell of a flattened table (序号 |) is no tag.
        let tiny = length > 0 && length <= TagRuns.maximumLength && !line.contains(scalar: 0x7C)
            && (line.contentStart..<line.count).allSatisfy { !line.cls($0).contains(.clauseBreak) && !line.cls($0).contains(.sentenceEnd) }
            && (line.mask.contains(.ideograph) || length == 4 && !line.mask.contains(.latin))
        guard tiny, run.last.map({ line.number - $0.line <= 2 }) ?? true else {
            run.removeAll(); reported = 0
            if tiny { run.append((line.number, line.text)) } else {
                underCaption = TagRuns.isCaption(line)
                var end = line.count
                while end > line.contentStart, line.cls(end - 1).contains(.space) { end -= 1 }
                afterBrokenSentence = !chrome && PDFBreaks.stopsMidSentence(line, line.contentStart, end)
            }
            return []
        }
        run.append((line.number, line.text))
        guard run.count >= TagRuns.minimumRun, !underCaption, !afterBrokenSentence else { return [] }
        let fresh = Array(run[reported...])
        reported = run.count
        return fresh
    }
}

extension TagRuns {
    /// …办理情况统计表, 一览表: a line without a sentence end whose last letter is 表.
    static func isCaption(_ line: LineText) -> Bool {
        var end = line.count
        while end > line.contentStart, line.cls(end - 1).contains(.space) || line[end - 1] == U.colon { end -= 1 }
        return end > line.contentStart && line[end - 1] == U.s("表") && !line.mask.contains(.sentenceEnd)
    }
}

/// Lists of links to other texts of the site (相关文章 without a header): four or more
/// title lines in a row (…半年工作总结 / …工作总结汇报5篇 / …个人工作总结 / …). A summary
/// never writes four titles in a row; its headings carry outline markers. Lines of chrome
/// in between neither break nor extend a run.
/// The titles of a run are all different: a title repeated (the page's title and the
/// document's own, `TitleRepeats`) starts a new run.
struct LinkRuns {
    static let minimumRun = 4
    private var run: [(line: Int, text: String)] = []
    private var letters: [[UInt32]] = []
    private var reported = 0

    /// Returns the lines (with their text) that became part of a run of titles.
    mutating func observe(_ line: LineText, alreadyChrome: Bool) -> [(line: Int, text: String)] {
        observe(line, alreadyChrome: alreadyChrome, title: TitleRepeats.title(line))
    }

    /// `observe` with the line's `TitleRepeats.title` read by the caller.
    mutating func observe(_ line: LineText, alreadyChrome: Bool, title known: [UInt32]?) -> [(line: Int, text: String)] {
        if alreadyChrome { return [] }
        guard let title = known, HeadingParser.parse(line) == nil, !DocumentMarker.isMarker(line) else {
            run.removeAll(keepingCapacity: true); letters.removeAll(keepingCapacity: true); reported = 0
            return []
        }
        if letters.contains(where: { TitleRepeats.related($0, title) }) {
            run.removeAll(keepingCapacity: true); letters.removeAll(keepingCapacity: true); reported = 0
        }
        run.append((line.number, line.text))
        letters.append(title)
        guard run.count >= LinkRuns.minimumRun else { return [] }
        let fresh = Array(run[reported...])
        reported = run.count
        return fresh
    }
}
