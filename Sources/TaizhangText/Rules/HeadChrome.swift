/// The lines a page puts above the document (issue #14, sixth pass). Before its body starts
/// — the first heading or paragraph of text — a summary shows only its title, its unit,
/// its date, a salutation or a subtitle; anything else short up there is the page's: site
/// names, section labels, slogans, buttons, ids, whatever the site's words. So in the head
/// a short line that is none of the document's own kinds is chrome, by what it is not.
///
/// The document's own kinds (never chrome here): titles (a report word: `TitleRepeats`),
/// headings, lines with sentence or list punctuation (、,;。) or a colon (a salutation), a
/// subtitle (——…, (2023年7月)), a speech's occasion (…会议上), dates and periods, units and
/// people (…镇人民政府, …局, 镇长 张三), names of two to four letters (bylines are
/// `TitleRepeats`' business), a red header (…文件, 〔2023〕12号), a run of ten letters or
/// more (a news headline), and a line that continues a cut one.
/// A line followed by a title is its first half when it names a period or ends on a
/// joining word (XX镇2023年上半年 / 安全生产工作总结; 关于… / …的报告): left alone.
/// Also the page's up there: a short key:value line whatever its key (`keyValue`) and a
/// site's intro about the texts it gathered (`siteIntro`).
/// The head ends at the first line of body text, or after `limit` lines.
struct HeadChrome {
    static let limit = 40
    private var inHead = true
    /// True until the document's body starts.
    var isOpen: Bool { inHead }
    private var seen = 0
    /// Candidates waiting for the next line: one, or a run of short cells (a table's header
    /// set one cell per line) that a line of data below shows to be the table's (`HeadData`).
    private var held: [(line: Int, text: String, titleHalf: Bool, cell: Bool)] = []
    private var previousCut = false
    /// Short lines of the head without a sentence end, to meet their copies (`copyAbove`).
    var shown: [(line: Int, scalars: [UInt32])] = []

    /// Returns lines found to be chrome (the held candidates, once the next line shows they are
    /// no title's first half and no table's header; or this one at once when no title may follow).
    mutating func observe(_ line: LineText, chrome: Bool) -> [(line: Int, text: String)] {
        guard inHead else { return [] }
        let start = line.contentStart
        var end = line.count
        while end > start, line.cls(end - 1).contains(.space) { end -= 1 }
        guard end > start else { return [] }
        seen += 1
        // A line the head already showed: the copy above was the page's (chrome17).
        if let earlier = copyAbove(line, start, end, chrome: chrome) {
            return release(before: line, start, end).filter { $0.line != earlier.line } + [earlier]
        }
        // A figure alone or a measured figure (12, 479.89亿元 同比增长45.8%): the short lines
        // just above it are its table's header cells or its graphic's caption.
        // A paragraph of prose with a figure in it (…线损率7.53%,…。) is the body, no graphic's
        // figure: what it holds above stays a candidate (eighteenth pass).
        if HeadChrome.isData(line, start, end), !HeadChrome.isBody(line, start, end) { held.removeAll() }
        let isTitle = TitleRepeats.isTitle(line)
        let cut = previousCut
        // Prose cut by the page (a site's lead under 核心提示, chrome or not) runs on into the
        // next line; a row of chrome without punctuation (发布时间:… 来源:…) does not.
        previousCut = end - start >= 20 && !line.cls(end - 1).contains(.sentenceEnd) && !line.cls(end - 1).contains(.clauseBreak)
            && !line.cls(end - 1).contains(.quote) && !isTitle
            && (!chrome || line.contains(scalar: U.comma) || line.contains(scalar: U.ideoStop))
        // A table's unit caption (单位:元 币种:人民币) is the document's, keyed as it is (chrome17).
        if !chrome, !cut, HeadChrome.keyValue(line, start, end) && !BoilerplateRule.unitCaption(line, start, end)
            || HeadChrome.tagRow(line, start, end) {
            return release(before: line, start, end) + [(line.number, line.text)]
        }
        if !chrome, HeadChrome.siteIntro(line, start, end) {
            return release(before: line, start, end) + [(line.number, line.text)]
        }
        if !chrome, HeadChrome.isBody(line, start, end) {
            inHead = false
            return release(before: line, start, end)
        }
        if seen > HeadChrome.limit { inHead = false; return release(before: line, start, end) }
        // A title above its detail row (发布时间:…, 23602次查看) is the document's own when it
        // stands once; a copy the document repeats is `TitleRepeats`' (chrome17).
        if chrome, HeadChrome.titleAboveDetails(held, line, start, end) { held.removeAll() }
        guard !chrome, !isTitle, !cut, HeadChrome.isForeign(line, start, end) else { return release(before: line, start, end) }
        let cell = HeadChrome.isCell(line, start, end)
        if cell, !held.isEmpty, held.allSatisfy(\.cell) {
            held.append((line.number, line.text, false, true))
            return []
        }
        let found = release(before: line, start, end)
        held = [(line.number, line.text, HeadChrome.titleHalf(line, start, end), cell)]
        return found
    }

    /// The held candidates as chrome, but a title's first half right above this line's report word.
    private mutating func release(before line: LineText, _ start: Int, _ end: Int) -> [(line: Int, text: String)] {
        defer { held.removeAll() }
        var lines = held
        if let last = lines.last, last.titleHalf, HeadChrome.namesReport(line, start, end) { lines.removeLast() }
        return lines.map { ($0.line, $0.text) }
    }

    /// At the end of the input: candidates still waiting had no title after them.
    mutating func finish() -> [(line: Int, text: String)] {
        defer { held.removeAll() }
        return held.map { ($0.line, $0.text) }
    }

    /// A heading, a sentence (a sentence end after a few letters), or any long line.
    static func isBody(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        if HeadingParser.parse(line) != nil { return true }
        if end - start > 60 { return true }
        return end - start >= 8 && line.mask.contains(.sentenceEnd)
    }

    static let roles = Lexicon(["书记", "镇长", "乡长", "县长", "市长", "区长", "局长", "主任", "院长", "校长", "行长", "所长",
                                "站长", "馆长", "部长", "处长", "科长", "同志", "代表", "委员", "主席", "经理", "社长", "队长"])
    /// Last letters of a unit's name (…政府, …局, …中心, …社区, …支行, …卫生院 …).
    static let unitEndings = ScalarSet("府委室办处局厅院校心区村镇乡道司团行所站队馆部科会组园学社场庭署监狱中联协支厂矿县市省州旗门".unicodeScalars.map(\.value))
    /// Letters of dates and periods (2023年7月10日, 二〇二三年上半年, 1-6月).
    static let dateLetters = ScalarSet("年月日号季度上下半全第期至到初末底旬".unicodeScalars.map(\.value))
    static let joiningEnds = ScalarSet("的和及与关于暨在对".unicodeScalars.map(\.value))

    /// Words of a speech's occasion (在…会议上的讲话): the document's subtitle.
    static let speechWords = Lexicon(["讲话", "发言", "致辞", "会议", "大会"])

    /// A short line that is none of the document's own kinds of head line.
    static func isForeign(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        let length = end - start
        // Up to 30 letters; a row of words split by spaces (a site's links) up to 40.
        let spaces = (start..<end).filter { line.cls($0).contains(.space) }.count
        guard length >= 2, length <= 30 || length <= 40 && spaces >= 2, line.mask.contains(.ideograph) || line.mask.contains(.latin),
              !DocumentMarker.isMarker(line), !spacedOut(line, start, end), line[start] != U.s("在"),
              !measuredFigure(line, start, end), !datedGenre(line, start, end) else { return false }
        var letters = 0, dateLike = true
        for index in start..<end {
            let scalar = line[index], cls = line.cls(index)
            if cls.contains(.sentenceEnd) || scalar == U.ideoComma || scalar == U.comma || scalar == U.colon || scalar == U.semicolon
                || cls.contains(.quote) || scalar == U.lbook { return false }
            if TitleRepeats.titleWords.prefix(in: line.norm, at: index) > 0 || roles.prefix(in: line.norm, at: index) > 0
                || speechWords.prefix(in: line.norm, at: index) > 0 { return false }
            if cls.contains(.ideograph) || cls.contains(.latin) { letters += 1 }
            if !(cls.contains(.digit) || cls.contains(.cjkNumeral) || cls.contains(.space) || dateLetters.contains(scalar)
                 || scalar == U.hyphen || scalar == U.slash || scalar == U.dot || scalar == U.lparen || scalar == U.rparen
                 || scalar == U.emDash || scalar == U.enDash || scalar == U.tilde) { dateLike = false }
        }
        if dateLike { return false }
        let first = line[start], last = line[end - 1]
        // Subtitles and occasions: ——在…会议上, (2023年7月), 在…上的讲话.
        if first == U.emDash || first == U.hyphen || first == U.lparen || last == U.s("上") { return false }
        // A post ending on 长 and a name set apart by spaces (县人民检察院检察长   朱全胜, 庭长 李四):
        // the report's signature under its title, as 院长 or 局长 are (chrome17).
        if HeadChrome.postAndName(line, start, end) { return false }
        // Two or three names set apart by spaces (张宏伟 王正平): the news page's byline, whatever
        // letter the last name ends on (a unit's name is one run).
        if namesRow(line, start, end) { return true }
        if line.cls(end - 1).contains(.ideograph), unitEndings.contains(last), !line.contains(HeadChrome.site) { return false }
        // A name of two or three letters (张 三 too; four when spaced, 欧阳 晓明): a byline or a
        // unit's short name. Four letters in one run are a site's name or slogan (服务粉丝) as
        // often; a unit's four-letter name ends like a unit (above).
        if !line.mask.contains(.latin), !line.mask.contains(.digit), letters <= 3 || letters == 4 && spaces > 0,
           letters == length - spaces { return false }
        // Ten letters or more in one run: a news headline without a report word
        // (…有效推进教育民生项目建设), not a site's name or label.
        // With its figures too (新增就业岗位1.6万个完成目标的133%): letters, digits, . and % only;
        // Latin words and brackets as well (全市GDP同比增长5.2%, a gloss 達(dá)), when ten of the
        // letters are ideographs — a site's name with its address (某某网 www.…) has fewer.
        let ideographs = (start..<end).reduce(0) { $0 + (line.cls($1).contains(.ideograph) ? 1 : 0) }
        if ideographs >= 10, (start..<end).allSatisfy({ line.cls($0).contains(.ideograph) || line.cls($0).contains(.digit)
            || line.cls($0).contains(.latin) || line[$0] == U.dot || line[$0] == 0x25 || line[$0] == U.lparen || line[$0] == U.rparen }) {
            return false
        }
        // An official document's header: XX县人民政府文件, X政发〔2023〕12号.
        if line.matches(HeadChrome.document, at: end - 2) || line.contains(scalar: U.lbracketCJK) && last == U.s("号") { return false }
        return letters >= 2
    }

    static let site = [UInt32](literal: "网"), document = [UInt32](literal: "文件")

    /// 本文标签:工作总结, 所属专题:半年总结: above the body, a key of two to eight letters
    /// opening a short line and a value after it is the page's, whatever the key — a
    /// document's own colons end a salutation (各位代表:) or name its author (报告人:, 签发人:).
    static func keyValue(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start <= 40, !line.mask.contains(.sentenceEnd), HeadingParser.parse(line) == nil,
              !DocumentMarker.isMarker(line) else { return false }
        // The key: letters only (not 第一篇: or 篇一:, a bundled text's marker).
        var colon = start
        while colon < end, line.cls(colon).contains(.ideograph) && !line.cls(colon).contains(.cjkNumeral) && line[colon] != U.s("篇")
                || line.cls(colon).contains(.space) { colon += 1 }
        guard colon - start >= 2, colon - start <= 8, line[colon] == U.colon, colon + 1 < end,
              line[colon - 1] != U.s("人"), !(start..<colon).contains(where: { TitleRepeats.titleWords.prefix(in: line.norm, at: $0) > 0
                  || roles.prefix(in: line.norm, at: $0) > 0 }) else { return false }
        // 国家统计局:三季度GDP同比增长4.9%: a value that states a change of a figure is a news
        // headline under its source, not a field of the page (好评率:98% states no change).
        let rate = (colon + 1..<end).contains { line[$0] == U.percent && line.cls($0 - 1).contains(.digit) }
        if rate, (colon + 1..<end).contains(where: { Vocabulary.increaseWords.prefix(in: line.norm, at: $0) > 0
                                                     || Vocabulary.decreaseWords.prefix(in: line.norm, at: $0) > 0 }) { return false }
        return (colon + 1..<end).contains { !line.cls($0).contains(.space) }
    }

    /// A site's intro above the document speaks of the texts it offers (以下, 这篇, 这些),
    /// of gathering them (整理, 精选, 为大家) or how they are written, and of its reader's use
    /// (参考, 借鉴, 喜欢): all three; an opening paragraph of a summary never does.
    static let pointing = Lexicon(["以下", "下面", "这篇", "本篇", "这些", "本文", "此文", "一文"])
    static let gathering = Lexicon(["整理", "收集", "搜集", "精选", "汇编", "为大家", "为您", "为你", "分享"])
    static let readerUse = Lexicon(["参考", "阅读", "借鉴", "帮助", "喜欢", "欣赏", "收藏", "下载", "学习"])

    /// Or it speaks of how the texts are written (范文, 写作风格): a site's lead about the genre
    /// (以下是一些优秀的工作报告,大家可以参考他们的写作风格).
    static let writing = Lexicon(["写作", "写法", "怎么写", "如何写", "范文", "范例", "例文", "模板"])

    static func siteIntro(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        var kinds = 0
        let offers = (start..<end).contains { gathering.prefix(in: line.norm, at: $0) > 0 || writing.prefix(in: line.norm, at: $0) > 0 }
        if offers { kinds += 1 }
        for words in [pointing, readerUse] where (start..<end).contains(where: { words.prefix(in: line.norm, at: $0) > 0 }) {
            kinds += 1
        }
        return kinds == 3
    }

    /// 镇政府,工作报告,2023: above the body, a row of three or more short keywords (two to six
    /// letters or a year) split by commas and nothing else is the page's tags; a document's own
    /// comma lines are sentences or salutations (各位代表、同志们:).
    static func tagRow(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start <= 40, line.contains(scalar: U.comma) else { return false }
        var items = 0, length = 0
        for index in start...end {
            if index == end || line[index] == U.comma {
                guard length >= 2, length <= 6 else { return false }
                items += 1
                length = 0
            } else if line.cls(index).contains(.ideograph) || line.cls(index).contains(.digit) || line.cls(index).contains(.latin) {
                length += 1
            } else {
                return false
            }
        }
        return items >= 3
    }

    /// 政 府 工 作 报 告: letters set apart one by one, a title as PDFs print it.
    static func spacedOut(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        var spaced = 0
        for index in start..<(end - 1) where line.cls(index).contains(.ideograph) {
            if line.cls(index + 1).contains(.space) { spaced += 1 } else { return false }
        }
        return spaced >= 2
    }

    /// Any report word in the line, however short (工作总结: a title's second half).
    static func namesReport(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        (start..<end).contains { TitleRepeats.titleWords.prefix(in: line.norm, at: $0) > 0 }
    }

    /// A line that may be a title's first half: it names a period or ends on a joining word.
    static func titleHalf(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        if joiningEnds.contains(line[end - 1]) || line.matches([U.s("关"), U.s("于")], at: start) { return true }
        return (start..<end).contains { line[$0] == U.s("年") || line[$0] == U.s("季") }
    }
}
