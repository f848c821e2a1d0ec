/// More chrome by structure (issue #14, fourth pass): rows of a site's buttons, PDF page
/// footers, slash breadcrumbs from the home page, a page title glued to its own copy and
/// a page title that ends with the site's section (…工作总结 -总结, …总结_范文网).
/// Precision guard as for `WebChrome`: short lines without a sentence end only.
extension WebChrome {
    /// Buttons and links of download and news pages (general web vocabulary): a short line
    /// made of nothing else (收藏 举报 分享; 【打印】【关闭】; 上一页 | 下一页) is chrome.
    static let controls = Lexicon(labelWords + [
        "更多", "点赞", "赞", "顶", "踩", "回复", "投稿", "我要投稿", "纠错", "反馈", "手机版", "电脑版", "网站地图", "联系我们",
        "关于我们", "我要评论", "查看原文", "文档贡献者", "试读结束", "网友评论", "发表评论", "复制链接", "复制", "打印本文", "打印本页", "关闭窗口", "打印此页",
        "上一页", "下一页", "首页", "尾页", "末页", "热门文章", "最新文章", "最新范文", "查看更多", "加入收藏", "设为首页",
        "微信", "微博", "QQ空间", "扫码", "二维码", "字号", "大", "中", "小", "默认", "保存", "编辑", "删除", "置顶",
        // Fifth pass: more buttons any site shows (a row of them only, or one long control).
        "下载", "相关", "返回", "返回首页", "返回上页", "返回上一页", "返回列表", "上一篇", "下一篇", "搜索", "高级搜索", "退出",
        "无障碍", "长者模式", "关怀版", "简体", "繁体", "繁體", "帮助", "帮助中心", "意见反馈", "在线咨询", "分享到", "收藏本文",
        "关闭本页", "关闭页面", "打印页面", "字体", "新浪微博", "腾讯微博", "人人网", "豆瓣", "朋友圈", "微信好友", "QQ好友", "QQ",
        "在看", "写留言", "留言", "阅读原文",
        // Sixth pass: document shops' toolbars and login rows.
        "书签", "版权申诉", "申诉", "旧版", "进入旧版", "English", "登录下载", "快捷下载", "立即下载", "免费下载", "微信登录",
        "QQ登录", "三方登录", "忘记密码", "开通VIP", "VIP", "全部分类",
        // Session 13 (chrome-wild): a close button (X 关闭).
        "X", "×",
    ])

    static func structure(_ line: LineText, _ start: Int, _ end: Int) -> (String, String)? {
        if end - start <= 40, controlRow(line, start, end) { return ("网页残留:网站按钮或链接", "Web residue: a site's buttons or links") }
        if end - start <= 24, formField(line, start, end) { return ("网页残留:模板封面的填写栏", "Web residue: a form field of the template's cover") }
        // ¥3.00, ￥5: the price of a paid document.
        if end - start <= 12, line[start] == 0xA5 || line[start] == 0xFFE5,
           (start + 1..<end).allSatisfy({ line.cls($0).contains(.digit) || line[$0] == U.dot || line.cls($0).contains(.space) }) {
            return ("网页残留:付费文档的价格", "Web residue: the price of a paid document")
        }
        if end - start <= 24 || end - start <= 32 && line.contains(scalar: U.colon), counterLine(line, start, end)
            || end - start <= 24 && namedCounter(line, start, end) {
            return ("网页残留:浏览、下载等计数", "Web residue: view and download counters")
        }
        if end - start <= 16, pageFooter(line, start, end) { return ("网页残留:页码", "Web residue: a page number") }
        if homeBreadcrumb(line, start, end) { return ("网页残留:网站导航路径(面包屑)", "Web residue: a site breadcrumb") }
        if end - start <= 60, titleWithSection(line, start, end) { return ("网页残留:网页标题(含网站栏目)", "Web residue: the page title with the site's section") }
        return nil
    }

    /// Every segment between spaces, brackets and bars is a control, and there are at least
    /// two (a lone 收藏 or 评论 is a label: `labels`).
    private static func controlRow(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        var segments = 0, index = start, longest = 0
        while index < end {
            let scalar = line[index]
            if line.cls(index).contains(.space) || line.cls(index).contains(.clauseBreak) || scalar == 0x7C || scalar == U.slash {
                index += 1
                continue
            }
            // Page links between the buttons: 上一页 1 2 3 下一页.
            if line.cls(index).contains(.digit) {
                // (The analysis form drops the spaces next to digits.)
                while index < end, line.cls(index).contains(.digit) || line.cls(index).contains(.space) { index += 1 }
                continue
            }
            let length = controls.prefix(in: line.norm, at: index)
            guard length > 0 else { return false }
            // The longest control that ends at a separator (热门文章, not 热门 + 文章).
            let cursor = index + length
            guard cursor >= end || line.cls(cursor).contains(.space) || line.cls(cursor).contains(.clauseBreak)
                    || line[cursor] == 0x7C || line[cursor] == U.slash || line.cls(cursor).contains(.digit) else { return false }
            segments += 1
            longest = max(longest, length)
            index = cursor
        }
        // One control alone when it is no ordinary word (热门文章, 网站地图, 手机版; not 微信, 编辑).
        return segments >= 2 || segments == 1 && longest >= 3
    }

    /// What a page counts (浏览 1520, 1520人浏览, 收藏(12), 2.1万次阅读, 更新:2021-07-05).
    static let counterWords = Lexicon(["浏览", "阅读", "下载", "收藏", "点赞", "评论", "分享", "人气", "热度", "访问", "更新", "免费",
                                       "赞", "顶", "踩", "回复", "转发", "关注", "粉丝", "喜欢", "播放", "观看", "点击", "参与",
                                       // Seventh pass: the price of a document in a shop's own currency (10 金币).
                                       "金币", "积分", "下载券", "财富值",
                                       // Session 13 (chrome-wild): a blog's comment count (33 条留言).
                                       "留言",
                                       // chrome17: a blog's view count (23602次查看), the same verb as 浏览.
                                       "查看"])
    /// A time of day as a blog stamps it beside its counts (02:46 AM).
    static let clockWords = Lexicon(["AM", "PM", "am", "pm"])
    /// Words that may stand beside the counts: units and 已.
    static let counterUnits: ScalarSet = [U.s("次"), U.s("人"), U.s("已"), U.s("页"), U.s("万"), U.s("量"), U.s("数"), U.s("条"), U.s("共"), U.s("有")]

    /// A short line of counts: digits, a counter word, units and punctuation only.
    private static func counterLine(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard line.mask.contains(.digit) else { return false }
        var words = 0, index = start
        while index < end {
            let cls = line.cls(index)
            if cls.contains(.digit) || cls.contains(.space) || cls.contains(.clauseBreak) || counterUnits.contains(line[index])
                || line[index] == U.dot || line[index] == U.hyphen || line[index] == 0xB7 || line[index] == 0x7C || line[index] == U.colon {
                index += 1
                continue
            }
            // A stamp's clock (2010 11 2 02:46 AM) right after a time of day's digits.
            if index > start, line.cls(index - 1).contains(.space) || line.cls(index - 1).contains(.digit),
               case let clock = clockWords.prefix(in: line.norm, at: index), clock > 0 {
                index += clock
                continue
            }
            let length = counterWords.prefix(in: line.norm, at: index)
            guard length > 0 else { return false }
            words += 1
            index += length
        }
        return words >= 1
    }

    /// How a site labels the texts it offers (精选, 通用, 可编辑 …), and file kinds (word, PPT).
    static let siteLabels = Lexicon(["精选", "推荐", "通用", "最新", "优秀", "范文", "合集", "多篇", "版", "可编辑", "模板",
                                     "热门", "原创", "精品", "大全", "汇编", "word", "Word", "WORD", "ppt", "PPT", "完整", "必备",
                                     "实用", "经典", "简短", "下载", "免费", "篇",
                                     // Sixth pass: more of the same kind (…总结【范本】, …总结docx). Not 汇总: a
                                     // unit's roll-up is its own (Taizhang's drafts: …工作总结(汇总)).
                                     "范本", "样本", "例文", "模版", "范例", "集锦", "优选", "新版", "doc", "docx", "pdf",
                                     "DOC", "DOCX", "PDF"])

    /// …工作总结(精选多篇), …总结【推荐】, …总结[精选], …总结范文3篇, …总结word版, …总结PPT:
    /// a title (a report word) and, after it, only the site's labels, brackets and a count —
    /// in brackets, or with a count (篇), a version (版) or a file kind; a bare …总结范文 or
    /// …总结模板 is left to `TitleRepeats`.
    static func titleWithSiteLabel(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start <= 60, !line.contains(scalar: U.comma), !line.contains(scalar: U.ideoStop) else { return false }
        // The last report word; what follows it must be labels only.
        var tail = end
        while tail > start, TitleRepeats.titleWords.prefix(in: line.norm, at: tail - 2) == 0 { tail -= 1 }
        guard tail - 2 > start else { return false }
        var index = tail, labels = 0, marked = false
        while index < end {
            let cls = line.cls(index)
            if cls.contains(.space) || cls.contains(.clauseBreak) || cls.contains(.digit) || cls.contains(.cjkNumeral) && labels > 0 {
                if cls.contains(.clauseBreak) { marked = true }
                index += 1
                continue
            }
            let length = siteLabels.prefix(in: line.norm, at: index)
            guard length > 0 else { return false }
            if length == 1 || line.cls(index).contains(.latin) || line[index] == U.s("可") { marked = true }   // 篇, 版, word, 可编辑
            labels += 1
            index += length
        }
        return labels > 0 && marked
    }

    /// 导语:…, 简介:…, 内容简介:…, 摘要:本文…: a site's summary of the page, whatever its length.
    static let introLabels = Lexicon(["导语:", "简介:", "内容简介:", "文档简介:", "内容提要:", "文档介绍:", "摘要:本文",
                                      // Sixth pass: the label and the page's summary after a space (导读 居委会作为…).
                                      "导读 ", "导语 ", "核心提示 ", "内容简介 ", "文档简介 "])

    /// 本文约3000字, 全文共2000字, 本篇文章共3000字: the page counting its words.
    static func wordCount(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start <= 30, line.mask.contains(.digit) else { return false }
        let opener = line[start] == U.s("本") || line[start] == U.s("全")
        guard opener, let zi = (start..<end).first(where: { line[$0] == U.s("字") }), zi > start,
              line.cls(zi - 1).contains(.digit) || line[zi - 1] == U.s("万") else { return false }
        return (start..<zi).contains { line[$0] == U.s("共") || line[$0] == U.s("约") }
    }

    /// 撰写人:___________, 日期:______: a cover form of a template, a key and only a blank line.
    private static func formField(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        var index = start
        while index < end, line.cls(index).contains(.ideograph) { index += 1 }
        guard index > start, index - start <= 6, line[index] == U.colon else { return false }
        index += 1
        while index < end, line.cls(index).contains(.space) { index += 1 }
        let blank = index
        while index < end, line[index] == U.underscore || line.cls(index).contains(.space) { index += 1 }
        return index == end && end - blank >= 3
    }

    /// - 2 -, — 3 —, 第3页, 2/8页, 本页为第2页, Page 2: a page number alone on its line.
    private static func pageFooter(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        var digits = 0, dashes = 0, other = 0, page = false
        for index in start..<end {
            let scalar = line[index]
            if line.cls(index).contains(.digit) { digits += 1 } else if scalar == U.hyphen || scalar == U.emDash || scalar == U.enDash
                || scalar == 0x2015 || scalar == 0x2500 { dashes += 1 } else if scalar == U.s("页") { page = true } else if scalar == U.s("第")
                || scalar == U.slash || scalar == U.s("共") || scalar == U.s("本") || scalar == U.s("为") || line.cls(index).contains(.space) {
            } else { other += 1 }
        }
        guard digits >= 1, digits <= 4, other == 0 else { return false }
        return page || dashes >= 2
    }

    /// 位置:首页 / 总结报告 / 半年总结: segments split by / after 首页 or 主页.
    private static func homeBreadcrumb(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start <= 80, let home = line.firstIndex(of: homeWord, in: start..<end) ?? line.firstIndex(of: mainWord, in: start..<end),
              home - start <= 6 else { return false }
        var slashes = 0
        for index in home..<end where line[index] == U.slash || line[index] == U.s("/") { slashes += 1 }
        return slashes >= 2
    }

    static let homeWord = [UInt32](literal: "首页"), mainWord = [UInt32](literal: "主页")

    /// 上半年行政服务中心办公室工作总结范文 -总结, 社区工作总结_范文网, 工作总结 | 文库: a title
    /// (a report word before the separator) and a short tail of the site after - _ or |.
    private static func titleWithSection(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        var separator = end - 1, tail = 0
        while separator > start, tail <= 8 {
            let scalar = line[separator]
            if scalar == U.hyphen || scalar == U.underscore || scalar == 0x7C { break }
            if line.cls(separator).contains(.ideograph) || line.cls(separator).contains(.latin) { tail += 1 }
            separator -= 1
        }
        guard separator > start, tail >= 2, tail <= 8,
              line[separator] == U.hyphen || line[separator] == U.underscore || line[separator] == 0x7C else { return false }
        // Not a date or a number range (2021-2022, 1-6月): the separator stands between letters or spaces.
        // Nor a blank (20__年): one separator, and a title holds no comma.
        guard !line.cls(separator - 1).contains(.digit), !line.cls(separator + 1).contains(.digit),
              line[separator - 1] != line[separator], !line.contains(scalar: U.comma) else { return false }
        return (start..<separator).contains { TitleRepeats.titleWords.prefix(in: line.norm, at: $0) > 0 }
    }
}

extension BoilerplateRule {
    /// 乡镇…工作计划乡镇…工作打算今年以来,…: the page title glued to the document's own
    /// title (or its first words). The line opens with 8–40 letters without punctuation
    /// naming a report, and the same opening (at least 8 letters) starts again right after:
    /// the first copy is the page's.
    func gluedTitleCopy(_ line: LineText, _ start: Int, _ end: Int) -> Int? {
        let limit = min(end, start + 41)
        var stop = start
        while stop < limit, line.cls(stop).contains(.ideograph) || line.cls(stop).contains(.digit) { stop += 1 }
        guard stop - start >= 16 else { return nil }
        let first = line[start], shared = 8
        for copy in (start + 8)...(stop - 0) where copy + shared <= end && line[copy] == first {
            var same = 1
            while same < shared, line[copy + same] == line[start + same] { same += 1 }
            guard same == shared else { continue }
            let hasTitleWord = (start..<copy).contains { TitleRepeats.titleWords.prefix(in: line.norm, at: $0) > 0 }
            return hasTitleWord ? copy : nil
        }
        return nil
    }
}

extension BoilerplateRule {
    /// A site's intro speaks to its reader, as a summary never does: a sentence that ends in
    /// 吧 and names the kind of text (…汇集成一份工作总结吧。快快来写一份总结吧!), or asks how
    /// to write it (我们该怎么写总结呢?). The whole paragraph is the site's.
    func addressesReader(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        let ba = U.s("吧"), ne = U.s("呢")
        var index = line.nextIndex(from: start, classes: 0, or: ba, ne)
        while index < end {
            let next = line[index + 1]
            if next == U.ideoStop || next == 0x21 || next == 0x3F {
                var sentence = index
                while sentence > start, !line.cls(sentence - 1).contains(.sentenceEnd) { sentence -= 1 }
                let words = line[index] == ba ? TitleRepeats.titleWords : BoilerplateRule.howWords
                if (sentence..<index).contains(where: { words.prefix(in: line.norm, at: $0) > 0 }) { return true }
            }
            index = line.nextIndex(from: index + 1, classes: 0, or: ba, ne)
        }
        return false
    }

    static let howWords = Lexicon(["怎么写", "如何写", "怎样写"])
}
