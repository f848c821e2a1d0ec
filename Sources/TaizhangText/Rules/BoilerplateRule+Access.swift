/// Chrome19: a site's note on who may see the text, read by its grammar rather than its
/// wording. Five unseen series brought it each time in another phrasing (t13 `初到新人请【点此
/// 注册】加入会员`, zd10 `未登陆用户请【登录网站】查阅文章`, zd24 `此处内容需要权限查看`, q15
/// `……此处隐藏2813个字……`, zc41 `……(…省略350字,正式會員可完整閱讀)……`), and forums and document
/// sites write it in yet others (`您需要 登录 才可以下载或查看`, `图片隐藏,注册或登陆后显示`).
/// What they share is a clause put to the reader: an account or membership (登录, 注册, 会员,
/// 权限) + a condition (请, 需, 后, 才, 可, 免费) + seeing the text (查看, 阅读, 打开, 全文); or
/// text the site held back (隐藏, 省略), with a count of characters or an account beside it.
/// A work report never speaks to its reader about its own visibility; a sentence of one that
/// names an account (群众注册登录后查看进度。) is long, closes with 。 or carries figures.
extension BoilerplateRule {
    /// An account, a membership, a permission or a paywall.
    static let accessWords = Lexicon(["登录", "登陆", "登入", "注册", "会员", "权限", "VIP", "vip", "解锁", "付费"])
    /// Seeing the text.
    static let viewWords = Lexicon(["查看", "阅读", "查阅", "浏览", "下载", "打开", "显示", "可见", "全文", "完整"])
    /// The grammar of a condition put to the reader.
    static let conditionWords = Lexicon(["请", "需", "后", "才", "可", "免费", "仅"])
    /// Text the site held back.
    static let withheldWords = Lexicon(["隐藏", "省略"])
    static let accessMessage = ("网页残留:网站的会员、登录或隐藏内容提示", "Web residue: the site's members-only, login or hidden-text note")
    static let characterNoun = U.s("字"), measureWord = U.s("个"), ellipsis = UInt32(0x2026)

    /// The note as a whole line, glued before the document's first heading (会员免费查看四、…),
    /// or framed by ellipses inside a paragraph (……此处隐藏2813个字……).
    func accessNote(_ line: LineText, _ start: Int, _ end: Int) -> Hit? {
        let message = BoilerplateRule.accessMessage
        if end - start > 6, BoilerplateRule.accessWords.prefix(in: line.norm, at: start) > 0 {
            // The note's clause stops where the document's outline resumes (read first: the
            // heading after it is the document's).
            for cut in start + 4..<min(end, start + 16) where HeadingParser.parse(line, at: cut) != nil {
                guard BoilerplateRule.notesAccess(line, start, cut) else { break }
                return Hit(kind: .boilerplate, severity: .warning, start: start, end: cut, message: message.0, en: message.1)
            }
        }
        if end - start <= 60, !line.contains(scalar: U.ideoStop), HeadingParser.parse(line, at: start) == nil,
           BoilerplateRule.notesAccess(line, start, end) {
            return Hit(kind: .boilerplate, severity: .warning, start: 0, end: line.count, message: message.0, en: message.1, text: line.text)
        }
        guard let framed = BoilerplateRule.framedNote(line, start, end) else { return nil }
        return Hit(kind: .boilerplate, severity: .warning, start: framed.lowerBound, end: framed.upperBound,
                   message: message.0, en: message.1)
    }

    /// A span `……note……` of at most 60 scalars whose inside is an access note.
    static func framedNote(_ line: LineText, _ start: Int, _ end: Int) -> Range<Int>? {
        // One tight pass over the scalars first: most lines hold no ellipsis (no trigger has it).
        guard line.norm.withUnsafeBufferPointer({ $0[start..<end].contains(ellipsis) }) else { return nil }
        var open = -1, index = start
        while index + 1 < end {
            if line[index] == ellipsis, line[index + 1] == ellipsis {
                if open >= 0, index - open <= 60, notesAccess(line, open, index) { return (open - 2)..<(index + 2) }
                index += 2
                while index < end, line[index] == ellipsis { index += 1 }
                open = index
                continue
            }
            index += 1
        }
        return nil
    }

    /// True when `start..<end` reads as a note on access: an account word, a condition and
    /// seeing the text; or held-back text beside an account word, a count of characters, or alone
    /// in a few letters (隐藏内容). A figure that is no count of characters is the body's.
    static func notesAccess(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        var access = false, view = false, condition = false, withheld = false, characters = false, link = false
        // chrome20: the note may name what is to be seen first and the account after it (ze09
        // `(阅读全部图文内容,您需要先登录!)`, `查看完整内容请登录`) when it speaks to the reader (您,
        // 你, 请) and sets its condition after the seeing: a report's clause that sees and then
        // registers (查阅档案后完成注册登记) addresses nobody.
        var viewFirst = false, addressed = false, conditionAfterView = false
        var index = start
        while index < end {
            if line.cls(index).contains(.digit) {
                var after = index
                while after < end, line.cls(after).contains(.digit) { after += 1 }
                if after < end, line[after] == measureWord { after += 1 }
                guard after < end, line[after] == characterNoun else { return false }
                characters = true
                index = after + 1
                continue
            }
            if withheldWords.prefix(in: line.norm, at: index) > 0 { withheld = true }
            if line[index] == you || line[index] == youPlain || line[index] == please { addressed = true }
            if !access, viewWords.prefix(in: line.norm, at: index) > 0 { viewFirst = true }
            if viewFirst, !access, conditionWords.prefix(in: line.norm, at: index) > 0 { conditionAfterView = true }
            if conditionWords.prefix(in: line.norm, at: index) > 0 {
                condition = true
                // 请【点此注册】: the condition opens a link to an account.
                if index + 1 < end, line[index + 1] == U.s("【") || line[index + 1] == U.lbracket {
                    var close = index + 2
                    while close < end, close - index < 10, line[close] != U.s("】"), line[close] != U.rbracket {
                        if accessWords.prefix(in: line.norm, at: close) > 0 { link = true }
                        close += 1
                    }
                }
            }
            let word = accessWords.prefix(in: line.norm, at: index)
            if word > 0 { access = true; index += word; continue }
            if access || withheld, viewWords.prefix(in: line.norm, at: index) > 0 { view = true }
            index += 1
        }
        return access && condition && (view || link || viewFirst && addressed && conditionAfterView)
            || withheld && (access || characters || end - start <= 6)
    }

    static let you = U.s("您"), youPlain = U.s("你"), please = U.s("请")
}
