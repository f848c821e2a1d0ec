/// Sixteenth pass (chrome7): how sites sign, sell and annotate the texts they carry, by word
/// classes that a summary does not combine so.
///
/// - A document site's tagline (`siteTagline`): a word of quality (优质, 精品, 精选, 高品质, 原创 …),
///   at most two letters, then a word for the goods sold (文档, 范文, 文库), optionally a
///   collection's word (集锦, 大全) — alone on a short line, opening a line before the text's title
///   (…文档-倾情为你奉上 ⏎ title), or closing a line after its last sentence. A summary speaks of
///   优质服务 and 精品课程, never of quality documents.
/// - A news site's notice about itself (`siteNotice`): 本网 (the site's own name for itself) with a
///   word of rights or reposting (转载, 版权, 作品, 注明) in one line.
/// - A reading-time line (`readingTime`): a short line that counts the text's characters (174字)
///   and the minutes to read it (读完约1分钟).
/// - A bracketed pointer to other material (`relatedNote`): a line that is one bracket opening
///   with 相关 and pointing elsewhere (相关报道见A02版, 相关资料图) — an editor's note of the page.
/// - A reporter's credit (`reporterCredit`): a bracket holding a news role (通讯员, 记者) and a
///   name of two to four letters after a space, alone on its line (glued after a paragraph's last sentence
///   it is `ClosingByline`'s: only where no paragraph follows).
extension BoilerplateRule {
    static let qualityWords = Lexicon(["优质", "精品", "精选", "高品质", "原创", "优秀", "精编", "精华"])
    static let goodsWords = Lexicon(["文档", "范文", "文库"])
    static let collectionWords = Lexicon(["集锦", "大全", "合集"])
    static let rightsWords = Lexicon(["转载", "版权", "作品", "注明"])
    static let siteSelf = [U.s("本"), U.s("网")]
    static let reporterRoles = Lexicon(["通讯员", "记者", "见习记者", "特约记者"])

    /// The end of a tagline starting at `at` (quality word, ≤ 2 letters, goods word, collection).
    static func taglineEnd(_ line: LineText, at: Int, end: Int) -> Int? {
        let quality = qualityWords.prefix(in: line.norm, at: at)
        guard quality > 0 else { return nil }
        for gap in 0...2 {
            let goods = at + quality + gap
            guard goods < end else { return nil }
            if gap > 0, !line.cls(goods - 1).contains(.ideograph) { return nil }
            let word = goodsWords.prefix(in: line.norm, at: goods)
            if word > 0 { return goods + word + collectionWords.prefix(in: line.norm, at: goods + word) }
        }
        return nil
    }

    func siteTagline(_ line: LineText, _ start: Int, _ end: Int) -> Hit? {
        guard line.mask.contains(.ideograph) else { return nil }
        let hit = { (from: Int, to: Int) in
            Hit(kind: .boilerplate, severity: .warning, start: from, end: to, message: "网页残留:文档网站的口号", en: "Web residue: a document site's tagline")
        }
        // Opening the line: the tagline, then its slogan after a hyphen (-倾情为你奉上), up to a space.
        if let tail = BoilerplateRule.taglineEnd(line, at: start, end: end) {
            if tail == end { return hit(start, end) }
            var stop = tail
            if line[tail] == U.hyphen { while stop < end, !line.cls(stop).contains(.space) { stop += 1 } }
            if stop == tail || stop - tail <= 10 { return hit(start, stop) }
            // Chrome22: the slogan glued to the title that follows (`精选优质文档-倾情为你奉上某某中心卫生院…`,
            // q11, t15, zd16): where the slogan ends is no letter's class, so the tagline alone is marked.
            if line[tail] == U.hyphen { return hit(start, tail) }
        }
        // Closing the line after its last sentence: …条件。 精品办公范文集锦.
        var at = end - 1
        while at > start, end - at <= 12, !line.cls(at - 1).contains(.sentenceEnd) { at -= 1 }
        while at < end, line.cls(at).contains(.space) { at += 1 }
        if at > start, line.cls(at - 1).contains(.space) || line.cls(at - 1).contains(.sentenceEnd),
           BoilerplateRule.taglineEnd(line, at: at, end: end) == end { return hit(at, end) }
        return nil
    }

    static func siteNotice(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard let self_ = line.firstIndex(of: siteSelf, in: start..<end) else { return false }
        // Not 本网格 (a grid of community management) nor 本网点 (a bank's branch): the site's 本网 only.
        guard end - start <= 80, line[self_ + 2] != U.s("格"), line[self_ + 2] != U.s("点") else { return false }
        return (start..<end).contains { rightsWords.prefix(in: line.norm, at: $0) > 0 }
    }

    static func readingTime(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start <= 30, line.mask.contains(.digit) else { return false }
        var characters = false, minutes = false, reading = false
        for index in start..<end {
            // 阅读 or 浏览 (共 9778字,需浏览 20分钟).
            if line[index] == U.s("读") || line[index] == U.s("览") { reading = true }
            guard line.cls(index).contains(.digit), !line.cls(index + 1).contains(.digit) else { continue }
            if line[index + 1] == U.s("字") { characters = true }
            if line[index + 1] == U.s("分"), line[index + 2] == U.s("钟") { minutes = true }
        }
        return characters && minutes && reading
    }

    static func relatedNote(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start <= 20, line[start] == U.lparen, line[end - 1] == U.rparen,
              line[start + 1] == U.s("相"), line[start + 2] == U.s("关") else { return false }
        // It points elsewhere: 见 (see page …) or a picture (…图); (相关单位按职责分工负责) is a task's note.
        guard !(start + 1..<end - 1).contains(where: { line[$0] == U.lparen || line[$0] == U.rparen }) else { return false }
        return (start + 3..<end - 1).contains { line[$0] == U.s("见") } || line[end - 2] == U.s("图")
    }

    /// (通讯员 陈道强), (本报记者 张三): a role, a space, a name of two to four letters; a news
    /// byline often credits several in one bracket, each pair the same shape
    /// ((记者 吴宏雄 通讯员 陈昌和), series zd).
    func reporterCredit(_ line: LineText, _ start: Int, _ end: Int) -> Hit? {
        guard line[end - 1] == U.rparen,
              let open = (max(start, end - 32)..<(end - 1)).last(where: { line[$0] == U.lparen }),
              open == start else { return nil }
        var cursor = open + 1, pairs = 0
        while cursor < end - 1 {
            let from = cursor
            while cursor < end - 1, line.cls(cursor).contains(.ideograph), BoilerplateRule.reporterRoles.prefix(in: line.norm, at: cursor) == 0 { cursor += 1 }
            let role = BoilerplateRule.reporterRoles.prefix(in: line.norm, at: cursor)
            guard role > 0, cursor - from <= 2 else { return nil }   // 本报记者, 市报通讯员
            cursor += role
            // The name set apart by a space: (记者节活动) names no reporter.
            guard line.cls(cursor).contains(.space) else { return nil }
            while line.cls(cursor).contains(.space) { cursor += 1 }
            let name = cursor
            while cursor < end - 1, line.cls(cursor).contains(.ideograph) { cursor += 1 }
            guard (2...4).contains(cursor - name) else { return nil }
            pairs += 1
            guard cursor < end - 1 else { break }
            // Another pair follows only after a space; anything else is text.
            guard line.cls(cursor).contains(.space), pairs < 4 else { return nil }
            while line.cls(cursor).contains(.space) { cursor += 1 }
        }
        guard pairs > 0 else { return nil }
        return Hit(kind: .boilerplate, severity: .warning, start: open, end: end,
                   message: "网页残留:新闻署名(记者、通讯员)", en: "Web residue: the news site's byline (reporter)")
    }
}
