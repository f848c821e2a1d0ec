/// Chrome by the shape of its line (issue #14, sixth pass), forms every kind of site uses:
/// - a site's date (2015-03-06, 2021/8/28: year, month and day joined by - or /) opening a
///   short line, or a date and a time of day anywhere in it (…2017-07-27 06:20 马某): an
///   author writes 2023年7月10日 and never stamps a time;
/// - a key spelled out letter by letter (关 键 词:, 索 引 号:): a metadata table's;
/// - a menu item: a few letters ending in > or » (办公文档>, 更多»);
/// - a note to the reader about the site's documents: 您 and at least two words of a
///   download site's service (下载, 预览, 文档, 客服 …) — a summary never says 您 of them.
/// Precision guard: short lines without a sentence end, except the note to the reader.
extension WebChrome {
    static func shape(_ line: LineText, _ start: Int, _ end: Int) -> (String, String)? {
        // Every shape below is at most 60 letters long: a paragraph is not parsed for them.
        guard end - start <= 60 else { return nil }
        // A line under an outline marker is the document's ((一)2023-06-30前完成…).
        guard HeadingParser.parse(line) == nil else { return nil }
        let hasStop = line.contains(scalar: U.ideoStop)
        if !hasStop, end - start <= 60, let date = siteDate(line, from: start, end),
           date.clock || date.start == start && end - start <= 40 || end - start <= 30 {
            return ("网页残留:发布时间或作者信息", "Web residue: a publication date or byline")
        }
        // A spaced key opening a row of several keys (索 引 号: … 主题分类: 其他) may run longer.
        if !hasStop, end - start <= 40 || (start..<end).filter({ line[$0] == U.colon }).count >= 2, spacedKey(line, start, end) {
            return ("网页残留:页面信息(发布时间、来源、浏览量等)", "Web residue: page details (date, source, views)")
        }
        if end - start <= 12, menuItem(line, start, end) { return ("网页残留:网站菜单", "Web residue: a site menu item") }
        if !hasStop, contactRow(line, start, end) { return ("网页残留:联系人和电话", "Web residue: a contact name and phone number") }
        if end - start <= 14, bareKey(line, start, end) {
            return ("网页残留:页面信息(发布时间、来源、浏览量等)", "Web residue: page details (date, source, views)")
        }
        return nil
    }

    /// • 索引号:, 邮箱/手机:, 成文日期: — a key of page metadata alone on its line, after a
    /// bullet at most; its value stands on the next line (`BoilerplateRule.afterBareKey`).
    static func bareKey(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard line[end - 1] == U.colon else { return false }
        var index = start
        while index < end, line.cls(index).contains(.space) || decorations.contains(line[index]) { index += 1 }
        let known = metadataKeys.prefix(in: line.norm, at: index)
        // The whole key is known, or it ends on a noun of data (发文机构, 邮箱/手机); not a
        // heading that opens with such a word (更新观念:).
        return known > 0 && (index + known == end - 1 || keyNouns.contains(line[end - 2]))
    }

    static let keyNouns = ScalarSet("号期间源者人构关类式词述性址编话箱码数小格型机位称题".unicodeScalars.map(\.value))

    /// The first site-style date in the line: four digits, a month and a day joined by the
    /// same - or /, and whether a time of day (digits:digits) follows it.
    static func siteDate(_ line: LineText, from start: Int, _ end: Int) -> (start: Int, clock: Bool)? {
        var index = start
        while index + 7 < end + 1 {
            guard line.cls(index).contains(.digit), !line.cls(index - 1).contains(.digit) else { index += 1; continue }
            var cursor = index
            while line.cls(cursor).contains(.digit) { cursor += 1 }
            let joint = line[cursor]
            guard cursor - index == 4, joint == U.hyphen || joint == U.slash,
                  let (month, afterMonth) = number(line, skipSpaces(line, cursor + 1)), month >= 1, month <= 12, line[afterMonth] == joint,
                  let (day, afterDay) = number(line, skipSpaces(line, afterMonth + 1)), day >= 1, day <= 31 else { index = cursor; continue }
            var clock = afterDay
            while line.cls(clock).contains(.space) { clock += 1 }
            let hasClock = number(line, clock).map { line[$0.end] == U.colon && line.cls($0.end + 1).contains(.digit) } ?? false
            return (index, hasClock)
        }
        return nil
    }

    /// Sites write 2022- 04- 27 too.
    private static func skipSpaces(_ line: LineText, _ index: Int) -> Int {
        var cursor = index
        while line[cursor] == 0x20, cursor - index < 2 { cursor += 1 }
        return cursor
    }

    /// One or two digits at `index` and where they end.
    private static func number(_ line: LineText, _ index: Int) -> (value: Int, end: Int)? {
        var cursor = index, value = 0
        while line.cls(cursor).contains(.digit), cursor - index < 3 { value = value * 10 + Int(line[cursor]) - 0x30; cursor += 1 }
        guard cursor > index, cursor - index <= 2 else { return nil }
        return (value, cursor)
    }

    /// 关 键 词:…, 索 引 号:…: two to six letters with a space between each, then a colon;
    /// the letters without the spaces make a key of page metadata.
    static func spacedKey(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        var letters = [UInt32](), index = start, spaced = false
        while index < end, letters.count <= 6 {
            if line.cls(index).contains(.ideograph) { letters.append(line[index]) } else if line.cls(index).contains(.space) {
                spaced = true
            } else { break }
            index += 1
        }
        guard spaced, letters.count >= 2, letters.count <= 6, line[index] == U.colon else { return false }
        return metadataKeys.prefix(in: letters, at: 0) > 0 || metadataKeys.suffix(in: letters, endingAt: letters.count) >= 2
    }

    /// 办公文档>, • 工作总结 », 更多>>: a few letters and a closing arrow (not a 《title》).
    static func menuItem(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        var tail = end
        while tail > start, line[tail - 1] == 0x3E || line[tail - 1] == 0xBB || line.cls(tail - 1).contains(.space) { tail -= 1 }
        guard tail < end, tail > start else { return false }
        var letters = 0
        for index in start..<tail {
            if line.cls(index).contains(.ideograph) || line.cls(index).contains(.latin) { letters += 1; continue }
            if line.cls(index).contains(.space) || decorations.contains(line[index]) { continue }
            return false
        }
        return letters >= 2 && letters <= 8
    }

    /// The value under a bare key (索引号: / 6107280000/2024-001005, 发文机构: / 县政府网站):
    /// a short line without a sentence end that is no heading and no title. A line that
    /// closes a bracket it never opened (2017年2月23日) under 点击数:) is the tail of the
    /// document's own bracketed date line whose opening the page lost, not a key's value
    /// (twenty-first pass, zafix).
    static func metadataValue(_ line: LineText, _ start: Int, _ end: Int) -> (String, String)? {
        guard end - start <= 40, !line.mask.contains(.sentenceEnd), HeadingParser.parse(line) == nil,
              !TitleRepeats.isTitle(line), !closesUnopened(line, start, end) else { return nil }
        return ("网页残留:页面信息(发布时间、来源、浏览量等)", "Web residue: page details (date, source, views)")
    }

    /// How a site heads the texts it lists (最新…工作总结, 精选…): no unit opens its own title so.
    static let sitePrefixes = Lexicon(["最新", "精选", "精编", "热门", "推荐", "优秀范文", "范文"])

    /// 最新街道上半年工作总结, 精选社区工作总结: a site's word opening a title (`TitleRepeats`
    /// takes it like a labelled title: the page's when it appears once).
    static func sitePrefixTitle(_ line: LineText, _ start: Int) -> Bool {
        sitePrefixes.prefix(in: line.norm, at: start) > 0 && TitleRepeats.isTitle(line)
    }

    /// What a download site talks about when it addresses its reader.
    static let serviceWords = Lexicon(["下载", "预览", "文档", "客服", "上传", "版权", "侵权", "付费", "退款", "售出", "金币",
                                       "积分", "本站", "网站", "浏览器", "会员", "VIP", "vip", "资源", "水印", "格式", "加载"])
    static let you = U.s("您")

    /// 如果您对本文档版权有争议请及时联系客服, 确认文档内容符合您的需求后进行下载: 您 and two
    /// different service words, one of them about the site's documents or its service.
    static func readerNotice(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard line.contains(scalar: you), HeadingParser.parse(line) == nil || line.cls(start).contains(.digit) else { return false }
        var seen = [[UInt32]](), core = false
        var index = start
        while index < end {
            let length = serviceWords.prefix(in: line.norm, at: index)
            if length > 0 {
                let word = Array(line.norm[index..<(index + length)])
                if !seen.contains(word) { seen.append(word) }
                if coreServiceWords.prefix(in: line.norm, at: index) > 0 { core = true }
                index += length
            } else { index += 1 }
        }
        return seen.count >= 2 && core
    }

    static let coreServiceWords = Lexicon(["下载", "预览", "文档", "客服", "侵权", "退款", "售出", "金币", "水印"])
}

extension WebChrome {
    /// The line ends on a closing bracket with no opening one before it on the line.
    static func closesUnopened(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        let last = line[end - 1]
        guard last == U.rparen || last == U.s("）") else { return false }
        return !(start..<(end - 1)).contains { line[$0] == U.lparen || line[$0] == U.s("（") }
    }
}
