/// Eighteenth pass (corpus-v): what news pages, portals and PDF extractions leave around and
/// inside a text, told by line shape and position, never by the words of a page.
///
/// - A figure alone opening the page (`openingFigure`): a hotline or counter the page prints
///   above everything (12320 ⏎ 手机版). A document opens with its title, never a bare figure;
///   a graphic's figure stands under its caption (`HeadChrome+Data`), and a year alone is a date.
/// - A reporter's credit set on its own line without brackets (`reporterLine`): a news role,
///   a space, one to three names, the last one glued to a credit verb (通讯员 张三报道).
///   Without the space (通讯员队伍建设) it is text.
/// - Photo captions (`captionLine`): after the body has started, a line that is one bracketed
///   phrase of six letters or more with no punctuation inside, right after a sentence's end
///   or another caption — the words under a picture the page dropped. A note of the
///   document's own points at the text or its parties (以上…, 此页…, 注…, 相关…), breaks down
///   the figure before it (其中…, 含…), assigns a task (…负责, …牵头), is a date in numerals or
///   carries punctuation.
/// - An emptied link (`emptyLink`): a bracket whose words end on a colon right before it
///   closes, (…推荐:) — the link the page filled in is gone. A bracket with a value after its
///   colon (单位:万元) is the document's.
/// - A PDF page number glued to a line cut mid-word (`gluedPageNumber`): a long line of prose
///   ending on an ideograph, a space and one to three digits; on the raw text, since the
///   analysis form drops spaces next to digits. A line that spaces its figures elsewhere too
///   (教师 11 人) is a spaced extraction whose wrapped figure may end a line: left alone.
/// - A news page's abstract label (`abstractLabel`): 摘要: and the like opening a line of
///   prose; the label is the page's, the prose is the article's only text here.
/// - Font-size buttons (`fontButtons`): a line of one to three tokens, each one Latin letter
///   and a plus or minus sign (A+ A-). A grade in a sentence (评级A+) or a formula (A+B) is not.
extension BoilerplateRule {
    static let creditVerbs = Lexicon(["报道", "摄影", "摄", "供稿", "采写"])
    static let textPointers = Lexicon(["以上", "上述", "如下", "注", "此", "本", "附", "详见", "见", "相关", "各"])
    /// A bracketed line that opens with a breakdown word ((其中寄宿生850人), (含…)) is a note on
    /// the figure of the line before: the document's, not a picture's caption (corpus-x).
    static let breakdownOpeners = Lexicon(["其中", "含", "包括", "不含", "不包括", "另有"])
    /// A plan's note names who does the task: its last word assigns it ((牵头单位负责), (各村配合)).
    static let assignments = Lexicon(["负责", "牵头", "配合", "落实", "承办", "协办", "实施"])

    /// The news residue of this line, if any (the state tells the line's place).
    func newsResidue(_ line: LineText, _ start: Int, _ end: Int) -> Hit? {
        let whole = { (zh: String, en: String) in
            Hit(kind: .boilerplate, severity: .warning, start: 0, end: line.count, message: zh, en: en, text: line.text)
        }
        if contentLines == 0, BoilerplateRule.openingFigure(line, start, end) {
            return whole("网页残留:页面顶部的号码", "Web residue: a number at the top of the page")
        }
        if BoilerplateRule.controlLabel(line, start, end) { return whole("网页残留:文档网站的按钮文字", "Web residue: a document site's control label") }
        if BoilerplateRule.separatorLine(line, start, end) { return whole("网页残留:链接栏的分隔符", "Web residue: a link row's separator") }
        if BoilerplateRule.fontButtons(line, start, end) { return whole("网页残留:字号按钮", "Web residue: font-size buttons") }
        if BoilerplateRule.reporterLine(line, start, end) || BoilerplateRule.mediaReporterLine(line, start, end)
            || BoilerplateRule.slashCredit(line, start, end) {
            return whole("网页残留:新闻署名(记者、通讯员)", "Web residue: the news site's byline (reporter)")
        }
        if proseSeen, previousClosed, BoilerplateRule.captionLine(line, start, end) {
            return whole("网页残留:图片说明(图片已丢失)", "Web residue: a photo caption without its photo")
        }
        let part = { (range: Range<Int>, zh: String, en: String) in
            Hit(kind: .boilerplate, severity: .warning, start: range.lowerBound, end: range.upperBound, message: zh, en: en)
        }
        if let label = BoilerplateRule.abstractLabel(line, start, end) {
            return part(start..<label, "网页残留:网站的摘要标签", "Web residue: the page's abstract label")
        }
        if let bracket = BoilerplateRule.emptyLink(line, start, end) {
            return part(bracket, "网页残留:正文中的空链接", "Web residue: an emptied link inside the text")
        }
        if let number = BoilerplateRule.gluedPageNumber(line, start, end) {
            return part(number, "网页残留:PDF页码混入正文", "Web residue: a PDF page number inside the text")
        }
        return nil
    }

    static func openingFigure(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard (3...6).contains(end - start), (start..<end).allSatisfy({ line.cls($0).contains(.digit) }) else { return false }
        let year = end - start == 4 && (line[start] == U.s("1") && line[start + 1] == U.s("9") || line[start] == U.s("2") && line[start + 1] == U.s("0"))
        return !year
    }

    static func fontButtons(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start <= 8 else { return false }
        var tokens = 0, index = start
        while index < end {
            if line.cls(index).contains(.space) { index += 1; continue }
            let sign = { (s: UInt32) in s == U.plus || s == U.hyphen || s == 0x2212 }
            guard line.cls(index).contains(.latin), index + 1 < end, sign(line[index + 1]),
                  index + 2 == end || line.cls(index + 2).contains(.space) else { return false }
            tokens += 1
            index += 2
        }
        return (1...3).contains(tokens)
    }

    static func reporterLine(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start <= 24, line.mask.contains(.space), !line.mask.contains(.digit), !line.mask.contains(.latin) else { return false }
        var cursor = start
        while cursor < end, cursor - start <= 2, reporterRoles.prefix(in: line.norm, at: cursor) == 0 { cursor += 1 }
        let role = reporterRoles.prefix(in: line.norm, at: cursor)
        guard role > 0 else { return false }
        cursor += role
        guard cursor < end, line.cls(cursor).contains(.space) else { return false }
        var names = 0
        while cursor < end {
            while cursor < end, line.cls(cursor).contains(.space) { cursor += 1 }
            let from = cursor
            while cursor < end, line.cls(cursor).contains(.ideograph) { cursor += 1 }
            guard cursor > from, cursor == end || line.cls(cursor).contains(.space) else { return false }
            var name = cursor - from
            // The credit verb glued to the last name (张三报道).
            if cursor == end, cursor - from > 2, let verb = (from + 2..<cursor).first(where: { creditVerbs.prefix(in: line.norm, at: $0) == cursor - $0 }) {
                name = verb - from
            }
            guard (2...4).contains(name) else { return false }
            names += 1
        }
        return (1...3).contains(names)
    }

    static func captionLine(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 8, end - start <= 42, line[start] == U.lparen, line[end - 1] == U.rparen,
              textPointers.prefix(in: line.norm, at: start + 1) == 0, breakdownOpeners.prefix(in: line.norm, at: start + 1) == 0,
              !(start + 1..<end - 1).contains(where: { assignments.prefix(in: line.norm, at: $0) == end - 1 - $0 }) else { return false }
        var letters = 0, dated = 0
        for index in start + 1..<end - 1 {
            let cls = line.cls(index)
            if cls.contains(.cjkNumeral) || HeadChrome.dateLetters.contains(line[index]) { dated += 1 }
            if cls.contains(.ideograph) { letters += 1; continue }
            if cls.contains(.digit) || cls.contains(.latin) || cls.contains(.space) { continue }
            return false   // punctuation, a bracket, a quote: a note or a sentence, not a caption
        }
        // (二〇二三年七月十日): a date in numerals, the document's own.
        return letters >= 6 && dated < letters
    }

    static func emptyLink(_ line: LineText, _ start: Int, _ end: Int) -> Range<Int>? {
        // Both scalars have triggers: most lines lack one and skip the scan (it ran on every line).
        guard line.mayContain(U.colon), line.mayContain(U.lparen) else { return nil }
        var index = start
        while index + 1 < end {
            if line[index] == U.colon, line[index + 1] == U.rparen {
                var open = index - 1
                while open > start, line.cls(open).contains(.ideograph) { open -= 1 }
                if line[open] == U.lparen, index - open - 1 >= 4 { return open..<index + 2 }
            }
            index += 1
        }
        return nil
    }

    static func gluedPageNumber(_ line: LineText, _ start: Int, _ end: Int) -> Range<Int>? {
        let raw = line.raw
        var last = raw.count
        let blank = { (s: UInt32) in s == 0x20 || s == 0x3000 || s == 0x09 }
        let digit = { (s: UInt32) in s >= 0x30 && s <= 0x39 }
        while last > 0, blank(raw[last - 1]) { last -= 1 }
        var first = last
        while first > 0, digit(raw[first - 1]) { first -= 1 }
        guard (1...3).contains(last - first), first >= 2, blank(raw[first - 1]), end - start >= 40 else { return nil }
        var before = first - 1
        while before > 0, blank(raw[before - 1]) { before -= 1 }
        guard before > 0, CharClass.of(raw[before - 1]).contains(.ideograph) else { return nil }
        // No other figure of the line is set apart by a space (a spaced extraction).
        for index in 0..<before where digit(raw[index]) {
            if index > 0, blank(raw[index - 1]) || index + 1 < raw.count && blank(raw[index + 1]) { return nil }
        }
        let from = (start..<end).first { line.rawIndex($0) >= first } ?? end
        return from < end ? from..<end : nil
    }

    static func abstractLabel(_ line: LineText, _ start: Int, _ end: Int) -> Int? {
        guard end - start >= 24, let colon = (start + 2..<min(end, start + 6)).first(where: { line[$0] == U.colon }),
              WebChrome.summaryLabels.contains(Array(line.norm[start..<colon])) else { return nil }
        return colon + 1
    }
}
