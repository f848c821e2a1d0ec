/// Shapes of site chrome that dev held no example of, read on chrome-wild (issue #14, session
/// 13: site chrome of public pages outside the corpus). Each is a structure — a journal's name
/// over its issue, a site's date banner, a news dateline left without its lead, a site's
/// account on a platform, a frame of dashes, a row of bracketed links, a labelled address, a
/// photo credit, the site's notes on downloading — read with a cheap test of the line's last
/// or first letter before any loop.
extension BoilerplateRule {
    static func wildShape(_ line: LineText, _ start: Int, _ end: Int, chromeBefore: Bool) -> (String, String)? {
        let length = end - start, last = line[end - 1]
        if last == U.s("期"), length <= 24, journalIssue(line, start, end) {
            return ("网页残留:期刊名与期号", "Web residue: a journal's name and issue")
        }
        if weekdays.contains(last), length <= 40, weekdayBanner(line, start, end) {
            return ("网页残留:网站的日期栏", "Web residue: the site's date banner")
        }
        if last == U.colon, length <= 12, line[end - 2] == U.s("讯"), dateline(line, start, end) {
            return ("网页残留:新闻电头(正文已缺)", "Web residue: a news dateline without its lead")
        }
        if length <= 10, platformAccount(line, start, end) {
            return ("网页残留:网站的平台账号", "Web residue: the site's account on a platform")
        }
        if last == U.hyphen || last == U.s("="), length >= 10, dashFrame(line, start, end, chromeBefore: chromeBefore) {
            return ("网页残留:页面边框(横线)", "Web residue: the page's frame (dashes)")
        }
        if last == U.rbracket || last == U.s("】"), length <= 120, bracketRow(line, start, end) {
            return ("网页残留:网站按钮或链接", "Web residue: a site's buttons or links")
        }
        if last == U.ideoStop, length <= 80, line.contains(scalar: U.colon), labelledAddress(line, start, end) {
            return ("网页残留:网址", "Web residue: a web address")
        }
        if length <= 14, photoCreditHeads.prefix(in: line.norm, at: start) > 0, !line.mask.contains(.sentenceEnd) {
            return ("网页残留:图片来源", "Web residue: a photo credit")
        }
        // A site numbers its notes or sets them under chrome (温馨提示): only such lines are read.
        if length <= 100, line.cls(start).contains(.digit) || chromeBefore, line.contains(scalar: U.s("览")), downloadNotice(line, start, end) {
            return ("网页残留:网站对读者的下载说明", "Web residue: the site's notes to its reader")
        }
        return nil
    }

    static let journalEndings: ScalarSet = [U.s("报"), U.s("究"), U.s("海"), U.s("坛"), U.s("刊"), U.s("志"), U.s("学"), U.s("丛"), U.s("林"), U.s("论"), U.s("苑"), U.s("界")]
    static let bulletinHeads: ScalarSet = [U.s("简"), U.s("通"), U.s("快"), U.s("周"), U.s("月"), U.s("专"), U.s("情"), U.s("汇")]
    static let weekdays: ScalarSet = [U.s("一"), U.s("二"), U.s("三"), U.s("四"), U.s("五"), U.s("六"), U.s("日"), U.s("天")]

    /// 农林经济管理学报 2022年2期, 学海 2016年3期: a journal's name (letters only) and its issue
    /// (a year of four digits, 年, one or two digits, 期) — how article sites head a paper.
    static func journalIssue(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        var cursor = end - 2
        let issueEnd = cursor
        while cursor > start, line.cls(cursor).contains(.digit) { cursor -= 1 }
        guard (1...2).contains(issueEnd - cursor), line[cursor] == U.s("年") else { return false }
        cursor -= 1
        let yearEnd = cursor
        while cursor >= start, line.cls(cursor).contains(.digit) { cursor -= 1 }
        guard yearEnd - cursor == 4 else { return false }
        while cursor >= start, line.cls(cursor).contains(.space) { cursor -= 1 }
        // The name: two letters or more, ideographs only (a citation in 《》 is the text's),
        // ending on a journal's word (学报, 研究, 学海, 论坛 …: 报, 究, 海, 坛, 刊, 志, 学, 丛, 林) —
        // not 简报, 通报, 快报 …, a unit's own bulletins.
        guard cursor - start >= 1, (start...cursor).allSatisfy({ line.cls($0).contains(.ideograph) }) else { return false }
        return journalEndings.contains(line[cursor]) && !(line[cursor] == U.s("报") && bulletinHeads.contains(line[cursor - 1]))
    }

    /// 天津市静海区人民政府 2019年12月3日星期二: a portal's owner (four letters or more, ending on
    /// 府, 网, 站 or 厅) and today's date with its weekday, no colon and no bracket — the date bar
    /// of a portal. (A meeting's 时间:…星期二 has a key; a log's heading names no portal.)
    static func weekdayBanner(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard line[end - 2] == U.s("期"), line[end - 3] == U.s("星"), line[end - 4] == U.s("日") else { return false }
        var cursor = end - 5, digits = 0
        while cursor >= start, line.cls(cursor).contains(.digit) || line[cursor] == U.s("年") || line[cursor] == U.s("月") {
            if line.cls(cursor).contains(.digit) { digits += 1 }
            cursor -= 1
        }
        guard digits >= 6 else { return false }
        while cursor >= start, line.cls(cursor).contains(.space) { cursor -= 1 }
        // The owner of a portal (…人民政府, …网, …站, …厅); a log's heading (工作日志 …) is the text's.
        return cursor - start >= 3 && portalOwners.contains(line[cursor]) && (start...cursor).allSatisfy { line.cls($0).contains(.ideograph) }
    }

    static let portalOwners: ScalarSet = [U.s("府"), U.s("网"), U.s("站"), U.s("厅")]

    /// 电力18讯:, 本报讯: a news dateline (a press name or a digit before 讯) closing a short
    /// line: the lead it opened is not on the line.
    static func dateline(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        let before = line[end - 3]
        guard line.cls(end - 3).contains(.digit) || pressEndings.contains(before) else { return false }
        return (start..<(end - 2)).allSatisfy { line.cls($0).contains(.ideograph) || line.cls($0).contains(.digit) || line.cls($0).contains(.latin) }
    }

    static let pressEndings: ScalarSet = [U.s("报"), U.s("社"), U.s("网"), U.s("台"), U.s("刊")]
    static let platforms = Lexicon(["微信", "微博", "抖音", "快手", "头条", "客户端", "公众号", "视频号", "小程序"])

    /// 中工网微信, 人民日报客户端: a site's or a paper's name (ending on 网, 报, 社, 台, 刊) and a
    /// platform it keeps an account on, nothing else.
    static func platformAccount(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        let platform = platforms.suffix(in: line.norm, endingAt: end)
        guard platform > 0, end - platform - start >= 2, pressEndings.contains(line[end - platform - 1]) else { return false }
        return (start..<end).allSatisfy { line.cls($0).contains(.ideograph) }
    }

    /// ------ alone (40 dashes or more, or after chrome), or ------text------: a frame the page
    /// draws round its banner, in ASCII dashes or equals signs (a document rules lines otherwise).
    static func dashFrame(_ line: LineText, _ start: Int, _ end: Int, chromeBefore: Bool) -> Bool {
        func isDash(_ index: Int) -> Bool { line[index] == U.hyphen || line[index] == U.s("=") }
        var lead = start
        while lead < end, isDash(lead) { lead += 1 }
        if lead == end { return end - start >= 40 || chromeBefore }
        var trail = end
        while trail > lead, isDash(trail - 1) { trail -= 1 }
        return lead - start >= 5 && end - trail >= 5
    }

    /// [保存] [打印] [关闭] [返回首页]: three bracketed links or more with only spaces between,
    /// two of them words (not [1] [2] [3], a document's notes).
    static func bracketRow(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        var index = start, links = 0, words = 0
        while index < end {
            if line.cls(index).contains(.space) { index += 1; continue }
            let close: UInt32 = line[index] == U.lbracket ? U.rbracket : line[index] == U.s("【") ? U.s("】") : 0
            guard close != 0, let shut = (index + 1..<min(end, index + 10)).first(where: { line[$0] == close }) else { return false }
            links += 1
            if (index + 1..<shut).contains(where: { line.cls($0).contains(.ideograph) }) { words += 1 }
            index = shut + 1
        }
        return links >= 3 && words >= 2
    }

    /// 官网:https://ai.example.com。: a label, a colon and a web address closing the line (a
    /// sentence that points at an address says more than its label).
    static func labelledAddress(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard line.mask.contains(.latin), let mark = WebChrome.addressMarks.lazy.compactMap({ line.firstIndex(of: $0, in: start..<end) }).min(),
              mark > start, mark - start <= 10, line[mark - 1] == U.colon else { return false }
        return !(mark..<(end - 1)).contains { line.cls($0).contains(.ideograph) || line[$0] == U.ideoStop }
    }

    static let photoCreditHeads = Lexicon(["图片来自", "图片来源", "图源", "图片由"])
    static let browserWords = Lexicon(["浏览器"])
    static let downloadWords = Lexicon(["下载"])
    static let selfWords = Lexicon(["本站", "文件", "网页", "迅雷"])

    /// 2、PDF文件下载后,可能会被浏览器默认打开…: a note on how to download this site's files —
    /// the browser (浏览器), downloading, and the site, its file or its page. (A report that
    /// taught people to download an app on a phone's browser names neither.)
    static func downloadNotice(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        func has(_ words: Lexicon) -> Bool { (start..<end).contains { words.prefix(in: line.norm, at: $0) > 0 } }
        return has(browserWords) && has(downloadWords) && has(selfWords)
    }
}
