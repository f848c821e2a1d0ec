/// Chrome of Chinese sites in general (issue #14, fifth pass), by the form a line takes on
/// any template, download, news or government page rather than by one site's words:
/// - a timestamp alone (2023年07月13日 09:30, 昨天 10:20): a page stamps the time of day,
///   a summary's own date (XX街道办事处 / 2023年7月10日) never carries one;
/// - a relative time alone (3天前, 5小时前, 刚刚): only a live page speaks so;
/// - a page title whose tail after " - ", "_" or "|" names a site (…工作总结 - XX县人民政府
///   门户网站, …总结_XX文库): the longer form of `titleWithSection`;
/// - a site's own name alone (XX市人民政府门户网站, XX官方网站).
/// Precision guard: short lines without a sentence end; no outline marker at the start.
extension WebChrome {
    static let clockLetters: ScalarSet = [U.s("年"), U.s("月"), U.s("日"), U.s("时"), U.s("分"), U.s("秒"), U.s("星"),
                                            U.s("期"), U.s("周"), U.s("昨"), U.s("今"), U.s("天"), U.s("上"), U.s("下"), U.s("午")]
    /// Names a site gives itself at the end of its page title.
    static let siteNames = Lexicon(["门户网站", "官方网站", "官网", "网站", "政府网", "信息网", "新闻网", "文库", "资源网", "范文网",
                                    "文秘网", "平台", "频道", "之窗", "在线", "网"])

    static func general(_ line: LineText, _ start: Int, _ end: Int) -> (String, String)? {
        if end - start <= 30, timestamp(line, start, end) { return ("网页残留:发布时间", "Web residue: a publication time") }
        if end - start <= 10, relativeTime(line, start, end) { return ("网页残留:发布时间", "Web residue: a publication time") }
        if end - start <= 80, titleWithSiteName(line, start, end) { return ("网页残留:网页标题(含网站名称)", "Web residue: the page title with the site's name") }
        if end - start <= 24, siteNameAlone(line, start, end) { return ("网页残留:网站名称", "Web residue: a site name") }
        if end - start <= 40, hostCredit(line, start, end) { return ("网页残留:网站主办单位", "Web residue: the site's owner") }
        if end - start <= 16, navigationTail(line, start, end) { return ("网页残留:网站栏目", "Web residue: a site's section") }
        return nil
    }

    /// Digits, date and clock letters, separators only, and a time of day (digits : digits).
    static func timestamp(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        var clock = false, digits = 0
        for index in start..<end {
            let scalar = line[index], cls = line.cls(index)
            if cls.contains(.digit) { digits += 1; continue }
            if scalar == U.colon, line.cls(index - 1).contains(.digit), line.cls(index + 1).contains(.digit) { clock = true; continue }
            if cls.contains(.space) || scalar == U.hyphen || scalar == U.slash || scalar == U.dot || clockLetters.contains(scalar)
                || cls.contains(.cjkNumeral) && index > start && line[index - 1] == U.s("期") { continue }
            return false
        }
        return clock && digits >= 4
    }

    /// 3天前, 5小时前, 10分钟前, 刚刚: a count of time units ending in 前.
    static func relativeTime(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        if end - start == 2, line[start] == U.s("刚"), line[start + 1] == U.s("刚") { return true }
        guard line[end - 1] == U.s("前"), line.cls(start).contains(.digit) else { return false }
        var index = start
        while index < end, line.cls(index).contains(.digit) || line.cls(index).contains(.space) { index += 1 }
        let unit = line[index]
        let units: Set<UInt32> = [U.s("天"), U.s("小"), U.s("分"), U.s("秒"), U.s("周"), U.s("月"), U.s("年"), U.s("个")]
        guard units.contains(unit) else { return false }
        return (index..<end - 1).allSatisfy { line.cls($0).contains(.ideograph) } && end - 1 - index <= 3
    }

    /// …工作总结 - XX县人民政府门户网站, …总结_XX文库, …总结 | XX网: a report word before the
    /// separator, a site name at the end of the tail (up to 24 letters), no comma.
    static func titleWithSiteName(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard !line.contains(scalar: U.comma), siteNames.suffix(in: line.norm, endingAt: end) > 0 else { return false }
        var separator = end - 1
        while separator > start, end - separator <= 26 {
            let scalar = line[separator]
            if scalar == U.hyphen || scalar == U.underscore || scalar == 0x7C || scalar == U.emDash { break }
            separator -= 1
        }
        let scalar = line[separator]
        guard separator > start, scalar == U.hyphen || scalar == U.underscore || scalar == 0x7C || scalar == U.emDash,
              !line.cls(separator - 1).contains(.digit), !line.cls(separator + 1).contains(.digit) else { return false }
        // A dash is a separator only with spaces round it (a title may say 总结——XX街道).
        if scalar == U.hyphen || scalar == U.emDash, !line.cls(separator - 1).contains(.space) && !line.cls(separator + 1).contains(.space) {
            return false
        }
        return (start..<separator).contains { TitleRepeats.titleWords.prefix(in: line.norm, at: $0) > 0 }
    }

    /// Labels a page puts over its own summary of the article (core points, lead, abstract).
    static let summaryLabels: Set<[UInt32]> = Set(["核心提示", "导读", "导语", "摘要", "内容简介", "文档简介", "内容提要", "资源简介",
                                                   "文档介绍", "简介", "内容摘要"].map { [UInt32](literal: $0) })

    static let hostWords = Lexicon(["主办", "承办", "协办", "主管"])

    /// 某某县人民政府办公室 主办, 某某县人民政府 主办 某某中心 承办: a site footer naming its
    /// owner — a word of hosting alone as a space-separated word, letters and spaces only.
    static func hostCredit(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard line.mask.isDisjoint(with: [.clauseBreak, .sentenceEnd, .digit]) else { return false }
        for index in start + 1..<end where line.cls(index - 1).contains(.space) {
            let length = hostWords.prefix(in: line.norm, at: index)
            if length > 0, index + length == end || line.cls(index + length).contains(.space) { return true }
        }
        return false
    }

    /// Words for a site's sections (全球旧事资料 分类, 工作总结 栏目).
    static let sectionNouns = Lexicon(["分类", "栏目", "频道", "专题", "导航", "标签"])

    /// A short line of space-separated words, the last a section noun, no punctuation.
    static func navigationTail(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        let noun = sectionNouns.suffix(in: line.norm, endingAt: end)
        guard noun > 0, end - noun - 1 > start, line.cls(end - noun - 1).contains(.space) else { return false }
        return (start..<end).allSatisfy { line.cls($0).contains(.ideograph) || line.cls($0).contains(.space) || line.cls($0).contains(.latin) }
    }

    /// What a site calls the texts it offers (no author calls their own summary so).
    static let bareLabels = Lexicon(["范文", "范本", "模板", "大全", "精编", "样本", "例文", "模版", "范例"])

    /// 县卫生局半年工作总结范文, 社区上半年工作计划模板: a report word and right after it a
    /// site's word for its wares, ending the line. Taken only when the title appears once
    /// (`TitleRepeats`): a repeated one's last copy is the document's own.
    static func bareLabelTitle(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        var tail = end
        while tail > start, line.cls(tail - 1).contains(.space) { tail -= 1 }
        guard tail - start <= 40, tail - start >= 6, !line.contains(scalar: U.comma), !line.contains(scalar: U.ideoStop) else { return false }
        let label = bareLabels.suffix(in: line.norm, endingAt: tail)
        guard label > 0 else { return false }
        return TitleRepeats.titleWords.suffix(in: line.norm, endingAt: tail - label) > 0
    }

    /// XX市人民政府门户网站, XX县政务服务网, XX官方网站: a line that is a site's name.
    static func siteNameAlone(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        let length = siteNames.suffix(in: line.norm, endingAt: end)
        guard length >= 2, end - start > length, line.mask.isDisjoint(with: [.clauseBreak, .sentenceEnd]) else { return false }
        let name = line[end - length]
        // Only the words no heading ends with (加强网站建设 is a task; 门户网站 alone is a site).
        guard name == U.s("门") || name == U.s("官") || name == U.s("政") && length == 3 || name == U.s("信") || name == U.s("新") else { return false }
        return !line.cls(start).contains(.digit) && !line.cls(start).contains(.cjkNumeral) && line[start] != U.lparen
    }
}
