/// Website residue pasted in with the text: download prompts, "推荐阅读" link lists,
/// upload metadata, page counters, site introductions and collection titles.
struct BoilerplateRule {
    /// Residue anywhere in a line, whatever its length.
    static let strong = Lexicon([
        "小编", "希望大家喜欢", "希望对你有帮助", "希望对您有帮助", "希望对大家有所帮助", "希望能帮助到", "欢迎您的阅读",
        "欢迎阅读与分享", "爱发表网", "点击查看更多", "查看更多>>", "推荐阅读", "热门标签", "推荐度:", "会员上传",
        "你现在阅读的文章", "文章归原作者", "转载请注明", "将本文的Word文档下载", "Word文档下载到电脑", "(未完,全文共",
        "(未完", "全文共", "上传人:", "文档编号:", "文档页数:", "下载docx", "下载doc", "下载word", "下载本文",
        "免费下载", "原文链接", "本文来源于", "写作灵感", "精选了", "本文由", "版权归",
        "以下是为大家", "以下是小编", "下面是小编", "下面就是小编", "相关推荐", "相关阅读", "延伸阅读", "猜你喜欢",
        "热门推荐", "相关文章", "更新时间:", "发布时间:", "阅读次数", "浏览次数", "上一篇:", "下一篇:",
        // How download sites speak about themselves and their users (any length).
        "本站观点", "网友上传", "如有侵权", "侵权请", "上传者", "原创文章", "在线阅读", "赏杯茶", "为你整理", "为您整理",
        "为大家整理", "能够帮助到大家", "供大家参考", "免责声明", "版权所有", "资料共分享", "网络收集", "阅读已结束",
        "下载文档", "离线阅读", "开通VIP", "开通会员", "提示信息", "珍藏版", "由会员分享", "点击下载", "文档下载",
        "查看全文", "继续阅读", "剩余未读", "未读完", "付费阅读", "付费下载", "仅供参考", "仅供学习", "请联系删除",
        "联系我们删除", "我们负责传递知识", "下载本文档", "全文共", "文章来源", "整理发布", "温馨提示", "用户上传",
        // Paywalls and the site speaking of itself.
        "请登录", "登录后", "登陆后", "关注本站", "字数:", "欢迎阅读", "下载网址", "加微", "分享赚钱", "文章标题:",
        "Tag:", "TAG:", "tag:", "标签:", "本文结束", "责任编辑", "来源于网络", "下载券", "复制文档", "ICP备", "公网安备",
        "Copyright", "copyright", "All Rights Reserved", "欢迎来到", "收益归属", "内容提供方", "版权说明", "请进行举报",
        "继续免费阅读", "长按识别", "长按二维码", "返回顶部", "来自网络", "来源网络", "作者原创", "点击上方", "蓝字关注", "文/图", "精彩推荐", "编辑推荐", "猜您喜欢", "热点推荐", "今日推荐",
        "本周热门", "热门排行", "来自互联网", "本站资源",
        "本站所有", "本站部分", "版权声明", "信息存储空间", "自发贡献", "仅代表作者", "转载请",
        "精心整理", "欢迎借鉴", "页眉页脚", "阅读全文", "全屏阅读", "更多精彩", "长按识别", "扫码关注",
        // Reading apps and paywalls; what a page says to keep its reader.
        "页未读", "已阅读到", "文档的结尾", "转载自网络", "大家都在看", "热门搜索", "相关专题", "本文链接", "喜欢本文",
        "点个赞", "收藏一下", "打开APP", "APP内", "APP中", "APP打开", "登录查看", "请先登录", "付费内容", "付费文档",
        // Sixth pass: how document sites speak of previews, resale and their uploaders.
        "任意编辑", "精品文档", "页预览", "仅展示", "已影响", "请放心下载", "不予退换", "一旦售出", "自愿下载", "原文出处",
        "重复下载", "二次下载", "下载记录", "提供交流平台", "上传用户所有", "主动上传", "提供信息存储", "本文来自",
    ])
    /// Residue only in short lines (a long paragraph may legitimately say 下载 or 客服).
    static let shortOnly = Lexicon([
        "下载", "客服", "版权", "上一篇", "下一篇", "分享到", "返回首页", "返回目录", "打印本页", "关闭窗口",
        "作者:", "来源:", "时间:", "大全", "合集", "推荐:", "标签:", "阅读:",
        "上传于", "共享于", "免费阅读", "扫一扫", "举报该", "阅读(", "试读", "购买后", "浏览器", "桌面", "精编之", "举报", "感兴趣", "最近更新", "本文目录", "网址:", "关键字:",
        "发表于", "星级", "手机阅读", "手机查看", "注册登录", "扫码登录", "位访客", "分辨率",
        // Fifth pass: comment boxes, share rows, app prompts of any site (short lines only).
        "网友评论", "发表评论", "我要评论", "条评论", "人评论", "评论区", "文明上网", "理性发言", "分享到", "收藏本文", "收藏本页",
        "加入书签", "本文链接", "本页链接", "原标题:", "下载APP", "友情链接", "帮助中心", "忘记密码", "验证码", "换一换",
        "会员专享", "VIP专享", "加入VIP", "下载积分", "网站标识码", "备案号", "无障碍浏览", "长者模式", "关怀版", "相关下载",
        // Eighth pass: list headers, search and login boxes, end marks of any site (short lines only).
        "还看了", "也看了", "也喜欢", "还喜欢", "为您推荐", "为你推荐", "栏目导航", "今日更新", "站内搜索", "请输入关键",
        "会员登录", "用户登录", "立即注册", "免费注册", "全文完", "点击排行", "阅读排行", "网站地图", "联系我们",
        "打赏", "投稿", "收藏本站", "保护色", "人已读", "网站声明", "隐私政策", "使用帮助", "热词", "扫码阅读", "微信分享",
        "展开全文", "转载自", "查看更多", "信息员:", "欢迎您", "IPv6",
        // Session 10: a site greeting its visitor (欢迎访问…网站,今天是:; 欢迎光临…网!), on
        // official pages as on others; in a short line only (a report may welcome visitors).
        "欢迎访问", "欢迎光临",
        // A site's name for the texts it sells: a title with 范文 or 精编 is the site's, not the author's.
        "www.", ".com", ".cn", ".net",
    ])
    /// Headers of a site's numbered notes about its documents (温馨提示: 1. … 2. …).
    static let noticeHeaders = Lexicon(["温馨提示", "友情提示", "下载须知", "下载声明", "下载说明", "免责声明", "版权声明"])
    static let brackets: ScalarSet = [U.lbracket, U.rbracket, U.s("【"), U.s("】"), U.lparen, U.rparen]
    static let labelWords = Lexicon(["总结", "范文", "精选", "优秀", "推荐", "热门", "原创", "精品", "最新", "模板"])
    static let linkListHeaders = Lexicon(["推荐阅读", "相关推荐", "相关阅读", "延伸阅读", "猜你喜欢", "热门推荐", "相关文章", "热门文章",
                                              "精彩推荐", "编辑推荐", "猜您喜欢", "热点推荐", "今日推荐", "本周热门", "热门排行"])
    static let fileSuffixes = [".docx", ".doc", ".pdf", ".txt", ".wps"].map { [UInt32](literal: $0) }

    /// True while inside a "推荐阅读:" block, whose short lines are all links.
    private(set) var inLinkList = false
    /// True after a "温馨提示:" header, whose numbered notes about the site follow.
    private(set) var inNotice = false
    static let noticeWords = Lexicon(["下载", "文档", "预览", "本站", "上传", "版权", "投诉", "网站", "用户"])
    /// True when the last non-empty line was long body text cut mid-word (see PageChunks).
    private(set) var previousCut = false
    /// The page chunk number expected next once a banner opened the chunks (0: none).
    var nextChunk = 0
    /// True when the first chunk carried the text's title (`titledFirstChunk`): the next chunks
    /// follow any long chunk, cut mid-word or not.
    var chunksTitled = false
    /// True when the last non-empty line was a long one (`chunkLength` letters or more).
    private(set) var previousLong = false
    /// True when the last non-empty line was chrome as a whole (a document site's banner
    /// may stand on its own line above the first chunk).
    private(set) var previousChrome = false
    private(set) var chromeBefore = false
    private(set) var unitLine = false, unitLineBefore = false   // a unit's name alone, not chrome (`titleTail`)
    /// True once a line of this document was not chrome as a whole: until then a first
    /// page chunk (1、 cut mid-word) opens the text the site cut into chunks.
    private(set) var bodySeen = false
    /// True after a site's summary label alone on its line (核心提示, 导读, 内容简介): the
    /// next paragraph is the site's summary of the page, not the document.
    private(set) var afterSummaryLabel = false

    /// True after a line of page metadata that ends with its key (索引号:, • 发文日期:): the
    /// next short line is that key's value, set on a line of its own by the page.
    private(set) var afterBareKey = false
    /// True when that key names a count (浏览次数:, 阅读量:): its value is a figure.
    private(set) var afterCounterKey = false
    static let counterNouns = ScalarSet("数量次".unicodeScalars.map(\.value))
    /// True when that key names a number (文号:, 发文字号:): a document number is its value.
    private(set) var afterNumberKey = false
    static let numberNoun = U.s("号")

    /// True when the last content line, in the body and no chrome, may introduce the document's
    /// own table (`introducesTable`): bar rows under it are the document's, separator or not.
    private(set) var tableIntro = false

    /// True when the last non-empty line makes a row of bars the page's frame (`framesBars`).
    private(set) var barsFramed = true
    /// True after a separator row of a table the document holds (---|---|), until a line
    /// without bars (see `BoilerplateRule+Tables`).
    private(set) var inTable = false

    /// Where the line stands (see `BoilerplateRule+NewsResidue`): content lines before it, a
    /// sentence of the body seen, the last line closed by a sentence end or a caption.
    private(set) var contentLines = 0
    private(set) var proseSeen = false
    private(set) var previousClosed = false
    /// The last content line ended on a letter, a figure or `%` and was not chrome as a whole.
    private(set) var previousOpen = false

    /// True when the last content line was a wiki's label cell before its entry (`labelCell`).
    var entryCell = false, entryCellBefore = false
    /// The page's footer below the body (see `FooterRun`).
    private(set) var footer = FooterRun()

    /// A bundled text's marker (篇二) starts a document: the chunks, link list and footer of
    /// the one before end there.
    mutating func startDocument() {
        nextChunk = 0
        chunksTitled = false
        bodySeen = false
        inTable = false
        inLinkList = false
        footer = FooterRun()
    }

    mutating func scan(_ line: LineText) -> Hit? {
        let start = line.contentStart
        var end = line.count
        while end > start, line.cls(end - 1).contains(.space) { end -= 1 }
        guard end > start else { return nil }
        // Under a counter's key (浏览次数:, 点击数:) only a figure is its value: the page's
        // script fills it in, and the line below an empty one is the document's (chrome16).
        // A count is a figure (1520, 1520次), not a line of words that holds a date (——2024年8月
        // 29日在…会议上, the speech's subtitle under a detail row ending on 阅读次数:); a document
        // number (某委发〔2021〕68号) is the value of a key naming a number only (发文字号:), not
        // of an empty one above it (有效性:) — it is the red header's (chrome17).
        let valueLine = afterBareKey && (!afterCounterKey || BoilerplateRule.countValue(line, start, end))
            && (afterNumberKey || !BoilerplateRule.documentNumber(line, start, end))
        chromeBefore = previousChrome
        (unitLineBefore, unitLine) = (unitLine, false)
        entryCellBefore = entryCell
        entryCell = false
        // A clause mark alone right after a line that ends on a letter or a figure is that
        // sentence's punctuation, broken off by a PDF's extraction (`PDFBreaks`), no stray mark.
        let brokenOff = previousOpen && PDFBreaks.marksOnly(line, start, end)
        previousOpen = !brokenOff && PDFBreaks.endsOpen(line, end)
        let hit = brokenOff ? nil : (scanLine(line) ?? BoilerplateRule.publisherTag(line, start, end)).flatMap { titleTail(line, start, end) ? nil : $0 }
        let whole = hit.map { $0.start == 0 && $0.end == line.count } == true
        contentLines += 1
        let closes = line.cls(end - 1).contains(.sentenceEnd)
        if closes, end - start >= 20 { proseSeen = true }
        previousClosed = closes || BoilerplateRule.captionLine(line, start, end)
        previousChrome = whole
        if whole { previousOpen = false }
        unitLine = !whole && !closes && end - start <= 30 && BylineShape.isUnitEnd(line[end - 1]) && !line.mask.contains(.digit)
        barsFramed = whole || BoilerplateRule.framesBars(line, start, end)
        tableIntro = !whole && proseSeen && BoilerplateRule.introducesTable(line, start, end)
        if !whole { bodySeen = true }
        afterBareKey = whole && BoilerplateRule.endsWithMetadataKey(line, start, end)
        afterCounterKey = afterBareKey && BoilerplateRule.counterNouns.contains(line[end - 2])
        afterNumberKey = afterBareKey && line[end - 2] == BoilerplateRule.numberNoun
        if hit == nil, valueLine, let value = WebChrome.metadataValue(line, start, end) {
            footer.observe(line, start, end, chrome: true)
            return wholeLine(line, start, end, value)
        }
        if footer.observe(line, start, end, chrome: whole) {
            return wholeLine(line, start, end, ("网页残留:正文之后的网页文字", "Web residue: the page's text below the document"))
        }
        return hit
    }

    private mutating func scanLine(_ line: LineText) -> Hit? {
        let start = line.contentStart
        let end = trimmedEnd(line)
        guard end > start else { return nil }
        let length = end - start
        if BoilerplateRule.barsOnly(line, start, end) {
            return barsFramed ? wholeLine(line, start, end, ("网页残留:页面边框(竖线)", "Web residue: the page's frame (bars)")) : nil
        }
        let afterCut = previousCut || chunksTitled && previousLong
        previousCut = BoilerplateRule.endsCut(line, start, end)
        previousLong = length >= BoilerplateRule.chunkLength
        // The document's own table (its separator row and its rows) is text, not page details.
        if BoilerplateRule.tableSeparator(line, start, end) { inTable = true; return nil }
        if tableIntro, !inTable, BoilerplateRule.holdsBar(line, start, end) { inTable = true }
        if BoilerplateRule.documentTableRow(line, start, end, inTable: inTable) { return nil }
        if !BoilerplateRule.holdsBar(line, start, end) { inTable = false }
        let isShort = length <= 40 && !line.contains(scalar: U.ideoStop)
        if afterSummaryLabel {
            afterSummaryLabel = false
            if !line.cls(start).contains(.digit), !line.cls(start).contains(.cjkNumeral), line[start] != U.lparen,
               !BoilerplateRule.opensWithTitledHeading(line, start, end) {
                return wholeLine(line, start, end, ("网页残留:网站的内容提要", "Web residue: the site's summary of the page"))
            }
        }
        if length <= 8, WebChrome.summaryLabels.contains(WebChrome.label(line, start, end)) { afterSummaryLabel = true }
        if inNotice {
            let numbered = line.cls(start).contains(.digit)
            if numbered && (start..<end).contains(where: { BoilerplateRule.noticeWords.prefix(in: line.norm, at: $0) > 0 }) {
                return wholeLine(line, start, end, ("网页残留:网站提示", "Web residue: the site's notes"))
            }
            inNotice = false
        }
        let headerAt = line[start] == U.s("【") || line[start] == U.lbracket ? start + 1 : start
        if BoilerplateRule.noticeHeaders.prefix(in: line.norm, at: headerAt) > 0 { inNotice = true }
        if inLinkList {
            if isShort { return wholeLine(line, start, end, ("网页残留:推荐链接列表", "Web residue: a list of recommended links")) }
            inLinkList = false
        }
        let strong = BoilerplateRule.strong, shortOnly = BoilerplateRule.shortOnly
        let hasStop = line.contains(scalar: U.ideoStop)
        var index = start
        let shortLine = length <= 40 && !hasStop
        while index < end {
            // Straight to the next position where a word of either list may start.
            // In a long line only a strong word can match: positions where none may start are
            // skipped by the pair test too.
            index = shortLine ? strong.nextCandidate(in: line.norm, from: index, to: end, or: shortOnly)
                : strong.nextPrefixCandidate(in: line.norm, from: index, to: end)
            guard index < end else { break }
            let strongLength = strong.prefix(in: line.norm, at: index)
            if strongLength > 0 {
                if BoilerplateRule.linkListHeaders.prefix(in: line.norm, at: index) > 0 && length <= 20 { inLinkList = true }
                // 《file (7) .doc》由会员分享…: a line that opens by naming a file in 《》 and goes
                // straight on to a chrome word is the site's banner, however long.
                if length <= 60 || line[start] == U.lbook && line[index - 1] == U.rbook {
                    return wholeLine(line, start, end, ("网页残留(下载提示、推荐阅读、上传信息等),应删除",
                                                        "Web residue (download prompts, recommended reading, upload details): delete it"))
                }
                if BoilerplateRule.cutPreview(line, before: index, end: end) {
                    return wholeLine(line, start, end, ("网页残留:网站截取的开头与整理说明", "Web residue: the site's cut preview and its intro"))
                }
                return inline(line, at: index)
            }
            // 下载量, 浏览量: a measure of the unit's own work, not the site's (…量达到1.2万次).
            if length <= 40 && !hasStop, case let word = shortOnly.prefix(in: line.norm, at: index), word > 0,
               line[index + word] != U.s("量"), line[index + word] != U.s("率") {
                return wholeLine(line, start, end, ("网页残留(网站标题或元信息),应删除", "Web residue (a site title or page details): delete it"))
            }
            index += 1
        }
        if length <= 60, let message = pattern(line, start, end) { return wholeLine(line, start, end, message) }
        if doubledTitle(line, start, end) {
            return Hit(kind: .boilerplate, severity: .warning, start: start, end: min(end, start + 60),
                       message: "网页残留:页面标题(重复)", en: "Web residue: the page title, twice")
        }
        if let column = categorisedTitle(line, start, end) {
            return Hit(kind: .boilerplate, severity: .warning, start: start, end: column,
                       message: "网页残留:网站栏目与页面标题", en: "Web residue: the site's column and page title")
        }
        if WebChrome.introLabels.prefix(in: line.norm, at: start) > 0 || WebChrome.wordCount(line, start, end) {
            return wholeLine(line, start, end, ("网页残留:网站的导语或字数", "Web residue: the site's summary or word count"))
        }
        if let copy = gluedTitleCopy(line, start, end) {
            return Hit(kind: .boilerplate, severity: .warning, start: start, end: copy,
                       message: "网页残留:页面标题(与正文标题相连)", en: "Web residue: the page title, glued to the document's own")
        }
        if let message = WebChrome.classify(line, start, end) { return wholeLine(line, start, end, message) }
        if line.count - start <= 80, !line.contains(scalar: U.ideoStop), let message = WebChrome.structure(line, start, end) {
            return wholeLine(line, start, end, message)
        }
        if line.count - start <= 80, !line.contains(scalar: U.ideoStop), let message = WebChrome.general(line, start, end) {
            return wholeLine(line, start, end, message)
        }
        if let message = WebChrome.shape(line, start, end) { return wholeLine(line, start, end, message) }
        if WebChrome.readerNotice(line, start, end) {
            return wholeLine(line, start, end, ("网页残留:网站对读者的下载说明", "Web residue: the site's notes to its reader"))
        }
        if let pageHit = pageCounter(line, start, end) { return pageHit }
        if let chunk = pageChunk(line, start, end, afterCut: afterCut) { return chunk }
        if addressesReader(line, start, end) {
            return wholeLine(line, start, end, ("网页残留:网站的导语(对读者说话)", "Web residue: the site's intro, speaking to the reader"))
        }
        if let hit = siteName(line, start, end) { return hit }
        if end - start <= 40, !hasStop, let message = BoilerplateRule.navigationRow(line, start, end) { return wholeLine(line, start, end, message) }
        if end - start <= 80, !hasStop, let message = WebChrome.spacedMetadata(line, start, end) { return wholeLine(line, start, end, message) }
        if BoilerplateRule.siteNotice(line, start, end) || BoilerplateRule.readingTime(line, start, end)
            || BoilerplateRule.relatedNote(line, start, end) {
            return wholeLine(line, start, end, ("网页残留:网站的声明或编者注", "Web residue: the site's notice or editor's note"))
        }
        if let message = BoilerplateRule.wildShape(line, start, end, chromeBefore: chromeBefore) { return wholeLine(line, start, end, message) }
        if let hit = accessNote(line, start, end) ?? chrome19Shapes(line, start, end) ?? datelineCredit(line, start, end) ?? pictureResidue(line, start, end) { return hit }
        return siteTagline(line, start, end) ?? reporterCredit(line, start, end) ?? newsResidue(line, start, end)
            ?? scrambledResidue(line, start, end)
            ?? inlineResidue(line, start, end)
    }

    private func trimmedEnd(_ line: LineText) -> Int {
        var end = line.count
        while end > 0, line.cls(end - 1).contains(.space) { end -= 1 }
        return end
    }

    /// File names and collection titles such as "…(精选6篇)", "…【5篇】".
    private func pattern(_ line: LineText, _ start: Int, _ end: Int) -> (String, String)? {
        for suffix in BoilerplateRule.fileSuffixes {
            var matches = end - start > suffix.count
            if matches { for (offset, value) in suffix.enumerated() where line[end - suffix.count + offset] | 0x20 != value | 0x20 { matches = false; break } }
            if matches { return ("网页残留:下载文件名", "Web residue: a download file name") }
        }
        // Empty link brackets left by the page ([], 【】).
        if end - start <= 4, (start..<end).allSatisfy({ BoilerplateRule.brackets.contains(line[$0]) }) {
            return ("网页残留:空链接", "Web residue: an empty link")
        }
        // A site's label in front of a title: 【阶段性全面工作总结】, 【优秀范文】.
        if line[start] == U.s("【"), let close = (start + 1..<min(end, start + 16)).first(where: { line[$0] == U.s("】") }),
           (start + 1..<close).contains(where: { BoilerplateRule.labelWords.prefix(in: line.norm, at: $0) > 0 }) {
            return ("网页残留:网站栏目标签", "Web residue: a site's section label")
        }
        var index = start
        while index < end {
            if line[index] == U.lparen || line[index] == U.s("【") || line[index] == U.lbracket {
                var close = index + 1
                while close < end, close - index <= 8, line[close] != U.rparen, line[close] != U.s("】"), line[close] != U.rbracket { close += 1 }
                // A collection counts its texts: (精选6篇), 【5篇】, (实用六篇); (精选多篇) may be a title,
                // and 【第一篇】 is an ordinal: a piece's own heading (sixteenth pass).
                if close < end, line[close - 1] == U.s("篇"),
                   line.cls(close - 2).contains(.digit) || line.cls(close - 2).contains(.cjkNumeral), !BoilerplateRule.ordinal(line, before: close - 1) {
                    return ("网页残留:范文合集标题", "Web residue: the title of a collection of model texts")
                }
            }
            index += 1
        }
        if BoilerplateRule.countedCollection(line, start, end) {
            return ("网页残留:范文合集标题", "Web residue: the title of a collection of model texts")
        }
        return nil
    }

    /// "第 1 页 共 14 页" page counters pasted inside the text.
    private func pageCounter(_ line: LineText, _ start: Int, _ end: Int) -> Hit? {
        var index = start
        while index < end {
            index = line.nextIndex(from: index, classes: 0, or: U.s("第"))   // skip to the next 第
            guard index < end else { break }
            if line[index] == U.s("第") {
                var cursor = index + 1
                while line[cursor] == 0x20 { cursor += 1 }
                let digitsStart = cursor
                while line.cls(cursor).contains(.digit) { cursor += 1 }
                while line[cursor] == 0x20 { cursor += 1 }
                if cursor > digitsStart, line[cursor] == U.s("页") {
                    var tail = cursor + 1
                    while tail < end, tail - cursor < 12, line[tail] != U.s("共") { tail += 1 }
                    if line[tail] == U.s("共") {
                        var close = tail + 1
                        while close < end, close - tail < 10, line[close] != U.s("页") { close += 1 }
                        if line[close] == U.s("页") {
                            return Hit(kind: .boilerplate, severity: .warning, start: index, end: close + 1,
                                       message: "网页残留:页码“第…页 共…页”混入正文",
                                       en: "Web residue: a page counter “第…页 共…页” inside the text")
                        }
                    }
                }
            }
            index += 1
        }
        return nil
    }

    private func wholeLine(_ line: LineText, _ start: Int, _ end: Int, _ message: (zh: String, en: String)) -> Hit {
        Hit(kind: .boilerplate, severity: .warning, start: 0, end: line.count, message: message.zh, en: message.en, text: line.text)
    }

    /// Residue inside a long paragraph: excerpt from the bracket (if any) to the clause end.
    /// How a site introduces the texts it gathered (下面是小编为大家整理的…).
    /// (Only a site's own voice: a document may well say 为大家整理了手册.)
    static let introWords = Lexicon(["小编", "以下是为大家", "下面是为大家"])

    /// …党代会精神,深下面是小编为大家整理的…7篇,供大家参考。: a site's intro glued after text
    /// cut mid-sentence (no sentence end before it) and closing the line is the site's preview of
    /// the text and its intro — the whole line is the site's, not only the intro.
    static func cutPreview(_ line: LineText, before index: Int, end: Int) -> Bool {
        guard index - line.contentStart >= 20, line.cls(index - 1).contains(.ideograph),
              (index..<min(end, index + 8)).contains(where: { introWords.prefix(in: line.norm, at: $0) > 0 }) else { return false }
        // The intro is the line's last sentence.
        guard let stop = (index..<end).first(where: { line.cls($0).contains(.sentenceEnd) }) else { return true }
        return !(stop + 1..<end).contains { line.cls($0).contains(.ideograph) }
    }

    private func inline(_ line: LineText, at index: Int) -> Hit {
        var start = index
        while start > 0, index - start < 6, line[start - 1] != U.lbracket, line[start - 1] != U.s("【"),
              !line.cls(start - 1).contains(.clauseBreak) { start -= 1 }
        if line[start - 1] == U.lbracket || line[start - 1] == U.s("【") { start -= 1 }
        var end = index + 1
        while end < line.count, !line.cls(end).contains(.clauseBreak) || line[end] == U.comma && end - index < 4 { end += 1 }
        if end < line.count, line[end] == U.rbracket { end += 1 }
        return Hit(kind: .boilerplate, severity: .warning, start: start, end: end, message: "正文中混入网页残留文字,应删除",
                   en: "Web residue inside the text: delete it")
    }
}
