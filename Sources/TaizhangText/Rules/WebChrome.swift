/// Website chrome recognised by its structure, not by the words of one site:
/// breadcrumbs (首页 > 总结 > 正文), lines of `key:value` metadata (索引号: | 发文机关: …),
/// navigation bars split by |, date-only lines (2011/7/7, 2023-07-13 20:55:03), web
/// addresses, empty link-list items (2、), section labels of download sites (【正文】,
/// 资源描述, 展开阅读全文), site names (职场文秘网, …文库) and page file names (…_第2页).
/// Precision guard: only short lines without a sentence end qualify, except breadcrumbs
/// that announce themselves (当前位置:).
enum WebChrome {
    static let breadcrumbHeads = Lexicon(["当前位置", "您的位置", "你的位置", "所在位置", "当前页面", "现在位置",
                                           "您当前的位置", "您当前位置", "您现在的位置", "当前的位置", "您所在的位置", "你现在的位置"])
    static let separators: ScalarSet = [0x3E, 0xBB, 0x203A, 0x2192, 0x3009, 0x300B]   // > » › → 〉 》
    /// Keys of page metadata (general web vocabulary).
    static let metadataKeys = Lexicon([
        "时间", "日期", "来源", "作者", "浏览", "点击", "阅读", "字体", "字号", "索引号", "发布", "分类", "标签", "页数",
        "大小", "格式", "上传", "贡献", "下载", "收藏", "评分", "价格", "积分", "编号", "文号", "发文", "主题", "编辑",
        "信息来源", "访问", "人气", "热度", "关键词", "所属", "栏目", "文件", "类型", "文档", "用户", "会员",
        // Credits and owners of a news page (审核:张三, 主办单位:…, 技术支持:…).
        "审核", "供稿", "撰稿", "摄影", "校对", "责编", "主办", "承办", "技术支持", "投稿",
        // chrome20: a correspondent's credit row (通讯员:唐开俊 虎彦芳, ze07); never a speaker's
        // line of an interview (记者: stays out: an interview's questions open so).
        "通讯员",
        // Contact footers of any site (fifth pass).
        "录入", "文章", "信息索引", "今日访问", "本站访问", "邮政编码", "原文地址", "分享至", "微信号", "公开方式", "公开范围", "公开时限", "生效日期", "成文日期", "有效性", "更新", "修改", "页面", "查看", "次数", "主管", "发布者", "发布人",
        "地址", "邮编", "电话", "传真", "邮箱", "网站标识码", "备案号", "联系电话", "联系方式", "咨询电话", "电子邮箱",
        // Sixth pass: open-government tables, document shops, login and payment forms.
        "归档时间", "归档日期", "组配分类", "生成日期", "废止日期", "内容概述", "资源ID", "资源大小", "资源格式", "全文页数",
        "下载积分", "账号", "密码", "用户名", "支付方式", "体裁", "评论", "出处", "提供者", "分享者", "创建时间", "创建日期", "页码",
        "总页数", "转载", "本文关键词", "关键字",
        // Eighth pass: open-government tables whose keys and values a page sets apart by spaces.
        "信息索引号", "公开日期", "公开形式", "公开程序", "有效期", "效力", "发布机构", "发布部门", "文件编号", "主题(",
        // chrome17: the page's title quoted by a row of its metadata table (标题: …, 名称: …).
        "标题", "名称",
    ])
    /// Labels and controls of download and news sites, as whole short lines.
    static let labels: Set<[UInt32]> = Set(labelWords.map { [UInt32](literal: $0) })
    static let labelWords: [String] = [
        "概述", "正文", "栏目", "资源描述", "网站导航", "导航", "核心提示", "展开阅读全文", "展开全文", "阅读全文", "收起",
        "相关下载", "返回顶部", "返回列表", "打印", "关闭", "登录", "注册", "首页", "举报", "收藏", "分享", "评论",
        "内容简介", "文档介绍", "文档简介", "资源简介", "目录", "全文", "摘要", "导读", "专题", "精华", "热门",
        "计划总结", "总结范文", "工作总结", "总结汇报", "心得体会", "实用文", "公文", "范文", "写作", "文秘",
        // Fifth pass: comment boxes and page tools of any site.
        "提交", "发表", "匿名发表", "我要纠错", "纠错", "双击自动滚屏", "相关链接", "返回", "手机浏览", "手机访问", "TOP", "Top",
        "立即购买", "广告", "赞助商链接", "加载更多", "点击加载更多", "展开", "收起全文", "文章目录", "点击关注", "关注我们", "官方微信",
        "官方微博", "手机客户端", "排行榜", "最新更新", "网友关注", "文章评论", "更多", "Word文档", "信息公开目录",
        "政府网站找错", "党政机关", "完", "阅读原文", "写留言", "留言", "在看", "功能介绍", "视频加载中",
        // Sixth pass: headers and tools of document shops and news pages.
        "相关新闻", "相关资讯", "相关文档", "相关搜索", "热点阅读", "热门阅读", "精彩阅读", "阅读排行", "点击排行", "为你推荐",
        "推荐文章", "猜你想看", "最新发布", "最新推荐", "详细信息", "全部分类", "文本内容", "合集下载", "付费下载", "下载资源",
        "快捷下载", "立即下载", "配套讲稿", "特殊限制", "下载声明", "下载须知", "版权提示", "最佳经验", "本文心得", "进入旧版",
        "请输入搜索", "请输入关键词", "打开主菜单", "选择搜索类型", "APP下载", "下载APP", "English",
        // Session 13 (chrome-wild): a notice header alone, a news site's app.
        "友情提示", "客户端", "网站首页",
        // Seventh pass: menus and previews of any site.
        "导航菜单", "主菜单", "菜单", "预览", "在线预览", "文档预览", "下载此文档", "下载文档",
        // Sections of template sites (a bare line, or a row of them with 我要投稿 …).
        "半年总结", "年终总结", "年度总结", "个人总结", "述职报告", "自查报告", "调研报告", "思想汇报", "述职述廉", "演讲稿",
        "发言稿", "讲话稿", "主持词", "策划方案", "范文大全", "公文写作",
    ]
    /// Arrows and bullets round a label (<< 返回, ■ 相关链接, » 更多).
    static let decorations = ScalarSet(bulletScalars + [0x3C, 0x3E, 0xAB, 0xBB, 0x25B2, 0x25BC, 0x2193, 0x2191,
                                                          U.lparen, U.rparen, U.emDash, U.dot, 0x2026, U.hyphen])
    static let siteEndings = Lexicon(["网", "文库", "网站", "文库精编", "资源网", "范文网", "文秘网"])

    static func classify(_ line: LineText, _ start: Int, _ end: Int) -> (String, String)? {
        let length = end - start
        if (breadcrumbHeads.prefix(in: line.norm, at: start) > 0 || positionHead(line, start)) && length <= 160 || breadcrumb(line, start, end)
            || gluedBreadcrumb(line, start, end) {
            return ("网页残留:网站导航路径(面包屑)", "Web residue: a site breadcrumb")
        }
        let hasStop = line.contains(scalar: U.ideoStop)
        guard length <= 120, !hasStop else { return nil }
        if navigationBar(line, start, end) { return ("网页残留:网站导航栏", "Web residue: a site navigation bar") }
        if address(line, start, end) { return ("网页残留:网址", "Web residue: a web address") }
        // An outline line or a table's caption holds keys of its own (chrome17: `documentsOwnRow`).
        if metadata(line, start, end), !BoilerplateRule.documentsOwnRow(line, start, end) {
            return ("网页残留:页面信息(发布时间、来源、浏览量等)", "Web residue: page details (date, source, views)")
        }
        // 1/5: a page indicator.
        if length <= 7, let slash = (start..<end).first(where: { line[$0] == U.slash }), slash > start, slash < end - 1,
           (start..<end).allSatisfy({ $0 == slash || line.cls($0).contains(.digit) }) {
            return ("网页残留:页码", "Web residue: a page number")
        }
        // ID:2233249, No.123: a Latin key and a number, a page's record id.
        if length <= 24, !line.mask.contains(.ideograph), line.cls(start).contains(.latin),
           let colon = (start..<end).first(where: { line[$0] == U.colon }), (colon + 1..<end).contains(where: { line.cls($0).contains(.digit) }) {
            return ("网页残留:页面信息(发布时间、来源、浏览量等)", "Web residue: page details (date, source, views)")
        }
        if dateOnly(line, start, end) { return ("网页残留:发布日期", "Web residue: a publication date") }
        if length <= 12, emptyListItem(line, start, end) { return ("网页残留:空的链接列表项", "Web residue: an empty link-list item") }
        if accountLine(line, start, end) { return ("网页残留:网站的公众号署名", "Web residue: the site's social-media account line") }
        if length <= 6, line.mask.isDisjoint(with: [.ideograph, .digit, .latin]), !tableRow(line, start, end) {
            return ("网页残留:孤立的标点或空括号", "Web residue: stray brackets or punctuation")
        }
        let bare = label(line, start, end)
        if !bare.isEmpty, WebChrome.labels.contains(bare) { return ("网页残留:网站栏目或按钮文字", "Web residue: a site label or button") }
        if length <= 10, siteEndings.suffix(in: line.norm, endingAt: end) > 0, !line.cls(start).contains(.digit),
           line.contains([U.s("文"), U.s("库")]) || length >= 4 && line[end - 1] == U.s("网") {
            return ("网页残留:网站名称", "Web residue: a site name")
        }
        if pageFileName(line, start, end) { return ("网页残留:分页文件名", "Web residue: a paged file name") }
        if length <= 20, !line.mask.contains(.ideograph),
           (start..<end).filter({ line.cls($0).contains(.latin) && line[$0] | 0x20 != 0x78 }).count >= 3, !latinValueRow(line, start, end) {
            return ("网页残留:网页中的英文按钮或链接文字", "Web residue: Latin link or button text")
        }
        if length <= 18, line[start] == U.s("【"), line[end - 1] == U.s("】") {
            return ("网页残留:网站栏目标签", "Web residue: a site category label")
        }
        return nil
    }

    /// 网站首页 个人文档 工作总结 述职报告 …: five or more short words split by spaces.
    /// Keyword rows (街道 2021 上半年 工作总结) count too: a segment may be a year. Letters
    /// spaced out one by one (政 府 工 作 报 告) are a title, not a bar.
    /// Read on the raw text: the analysis form drops a space next to a digit.
    static func navigationBar(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        var segments = 0, words = 0, segment = 0
        let raw = line.raw
        for index in 0...raw.count {
            let scalar = index < raw.count ? raw[index] : 0x20
            // A bullet before an item (• 新闻 要闻 国内 …) parts it as a space does.
            if scalar == 0x20 || scalar == 0x3000 || scalar == 0x09 || bullets.contains(scalar) {
                if segment > 0 { segments += 1; if segment >= 2 { words += 1 }; if segment > 6 { return false } }
                segment = 0
            } else if CharClass.of(scalar).contains(.latin) {
                // A Latin word is one more segment (a bar offers English beside its sections).
                if segment == 0 { segment = 1 }
            } else if CharClass.of(scalar).contains(.ideograph) || CharClass.of(scalar).contains(.digit) {
                segment += 1
            } else {
                return false
            }
        }
        return segments >= 5 && words >= 3
    }

    /// Two or more separators between short segments: 首页 > 总结汇报 > 工作总结.
    static func breadcrumb(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start <= 120, !line.contains(scalar: U.ideoStop) else { return false }
        var count = 0, segment = 0
        for index in start..<end {
            if separators.contains(line[index]) { count += 1; segment = 0 } else {
                segment += 1
                if segment > 24 { return false }
            }
        }
        if count == 1 { return singleStep(line, start, end) }
        return count >= 2
    }

    /// 范文网 > 工作总结: one > or » with a space beside it between two short segments
    /// without punctuation (a 《title》 closes with 》 and is no step).
    static func singleStep(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start <= 30, let step = (start..<end).first(where: { line[$0] == 0x3E || line[$0] == 0xBB }),
              step > start, step < end - 1, line.cls(step - 1).contains(.space) || line.cls(step + 1).contains(.space) else { return false }
        return (start..<end).allSatisfy { $0 == step || line.cls($0).contains(.ideograph) || line.cls($0).contains(.space)
            || line.cls($0).contains(.latin) }
    }

    static let addressMarks = ["www.", "http", "://", ".com", ".cn", ".net", ".org"].map { [UInt32](literal: $0) }

    static func address(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard line.mask.contains(.latin) else { return false }
        return addressMarks.contains { line.firstIndex(of: $0, in: start..<end) != nil }
    }

    /// `key:` pairs: two or more, or one from the metadata vocabulary at the line start,
    /// or a bar-separated row (索引号: | |), or a file size (235 KB, 12页, VIP).
    static func metadata(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        var keys = 0, bars = 0
        // A page may set its detail rows as a bulleted list (• 发布时间:… ⏎ • 【字体:): the
        // key opens the row after its bullet as it would open a bare line.
        var lead = start
        // A Markdown-like list (- 格式:doc) sets a dash and a space where others set a bullet.
        while lead < end, bullets.contains(line[lead]) || line.cls(lead).contains(.space)
            || line[lead] == U.hyphen && line.cls(lead + 1).contains(.space) { lead += 1 }
        for index in start..<end {
            let scalar = line[index]
            if scalar == 0x7C || scalar == 0xFF5C || scalar == 0x2502 { bars += 1 }
            if scalar == U.colon, index > start {
                // 上传人(卖家):…: a key qualified in brackets before its colon.
                var keyStart = index
                // (The qualifier is a word, 卖家, and the key a short one: 上传人, not a list's name.)
                var qualified = false
                if line[index - 1] == U.rparen, let open = (max(start, index - 6)..<(index - 1)).last(where: { line[$0] == U.lparen }),
                   line.cls(open - 1).contains(.ideograph), (open + 1..<(index - 1)).allSatisfy({ line.cls($0).contains(.ideograph) }) {
                    keyStart = open
                    qualified = true
                }
                let keyEnd = keyStart
                while keyStart > start, line.cls(keyStart - 1).contains(.ideograph) || line.cls(keyStart - 1).contains(.latin),
                      keyEnd - keyStart < (qualified ? 4 : 7) { keyStart -= 1 }
                // (编辑:李四), 【来源:…】: a key right after an opening bracket counts too.
                let atBoundary = keyStart == start || line.cls(keyStart - 1).contains(.space) || line[keyStart - 1] == 0x7C
                    || line[keyStart - 1] == U.lparen || line[keyStart - 1] == U.s("【") || line[keyStart - 1] == U.lbracket
                    || line.cls(keyStart - 1).contains(.clauseBreak) || line[keyStart - 1] == U.slash
                if keyEnd - keyStart >= 2, atBoundary {
                    keys += 1
                    let opensLine = keyStart == lead || keyStart == lead + 1 && (line[lead] == U.lparen || line[lead] == U.s("【"))
                    if opensLine, metadataKeys.prefix(in: line.norm, at: keyStart) > 0 { keys += 1 }
                }
            }
        }
        // A row of bars alone (||||||) is a flattened table's empty cells, not a page's details.
        let words = !line.mask.isDisjoint(with: [.ideograph, .latin, .digit])
        if keys >= 2 || bars >= 2 && words || bars >= 1 && keys >= 1 { return true }
        guard line.mask.contains(.latin) || line.contains(scalar: U.s("页")) else { return false }
        return line.firstIndex(of: vip, in: start..<end) != nil || line.firstIndex(of: vipLower, in: start..<end) != nil
            || fileSize(line, start, end) || pageCount(line, start, end)
    }

    static let vip = [UInt32](literal: "VIP"), vipLower = [UInt32](literal: "vip")
    /// List bullets a page sets before its rows (• · ● ○ ■ □ ◆ ◇ ★ ☆ ▶ ►); decorations too.
    static let bulletScalars: [UInt32] = [0x2022, 0xB7, 0x25CF, 0x25CB, 0x25A0, 0x25A1, 0x25C6, 0x25C7, 0x2605, 0x2606, 0x25B6, 0x25BA]
    static let bullets = ScalarSet(bulletScalars)

    /// A line of table bars and spaces only (||||||): the empty cells of a table the page
    /// flattened into lines, part of the document's table.
    static func tableRow(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        (start..<end).allSatisfy { line[$0] == 0x7C || line.cls($0).contains(.space) } && (start..<end).filter { line[$0] == 0x7C }.count >= 2
    }

    /// 235 KB, 1.2MB, 300K: a number and a size unit.
    private static func fileSize(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        for index in start..<end where line.cls(index).contains(.digit) && !line.cls(index + 1).contains(.digit) {
            var unit = index + 1
            if line[unit] == 0x20 { unit += 1 }
            let letter = line[unit] | 0x20
            guard letter == 0x6B || letter == 0x6D else { continue }   // k, m
            if line[unit + 1] | 0x20 == 0x62 || !line.cls(unit + 1).contains(.latin) { return true }
        }
        return false
    }

    /// 共12页, 页数:12页 in a short line.
    private static func pageCount(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start <= 30 else { return false }
        for index in start..<end where line[index] == U.s("页") {
            var cursor = index - 1
            while line[cursor] == 0x20 { cursor -= 1 }
            let digitsEnd = cursor
            while line.cls(cursor).contains(.digit) { cursor -= 1 }
            guard cursor < digitsEnd else { continue }
            while line[cursor] == 0x20 || line[cursor] == U.colon { cursor -= 1 }
            if line[cursor] == U.s("共") || line[cursor] == U.s("数") && line[cursor - 1] == U.s("页") { return true }
        }
        return false
    }

    /// 2011/7/7, 2023-07-13 20:55:03, 2024/11/06总结范文: a date with at most a short label.
    static func dateOnly(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        var digits = 0, joints = 0, index = start
        while index < end {
            let scalar = line[index]
            // Sites write 2023-07-13 or 2011/7/7; 2025年6月13日 alone is the document's own date.
            if line.cls(index).contains(.digit) { digits += 1 } else if scalar == U.hyphen || scalar == U.slash || scalar == U.dot
                || scalar == U.colon {
                joints += 1
            } else if !line.cls(index).contains(.space) { break }
            index += 1
        }
        guard digits >= 5, joints >= 2, index - start >= 6, !figureRow(line, start, index) else { return false }
        return end - index <= 6 && (index..<end).allSatisfy { line.cls($0).contains(.ideograph) || line.cls($0).contains(.space) }
    }

    /// `8 2016 2016.5 2017 2017.5`: three figures or more set apart by spaces, joined inside by dots
    /// only — a chart's axis or a table's row of values as extracted (ze13), no date: a site writes
    /// a date with `-`, `/` or `:` (2023-07-13 20:55), or as one dotted group (2023.07.13).
    static func figureRow(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        var groups = 0, inGroup = false
        for index in start..<end {
            let scalar = line[index]
            if scalar == U.hyphen || scalar == U.slash || scalar == U.colon { return false }
            if line.cls(index).contains(.space) { inGroup = false } else if !inGroup { inGroup = true; groups += 1 }
        }
        return groups >= 3
    }

    /// Latin words and a figure after them (`Newspaper 9`, `eBooks 7,153`, `Audiovisual 5,446`):
    /// a row of a bilingual table, its label and its value (ze13), no button — a link's text
    /// carries no count. Paging words (`Page 45`, `No. 3`, `Vol. 2`) are the page's own markers.
    static func latinValueRow(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        var figureStart = end
        while figureStart > start, line.cls(figureStart - 1).contains(.digit) || line[figureStart - 1] == U.comma
            || line[figureStart - 1] == U.dot { figureStart -= 1 }
        guard figureStart < end, line.cls(figureStart).contains(.digit), figureStart > start,
              line.cls(figureStart - 1).contains(.space) else { return false }
        var wordEnd = figureStart - 1
        while wordEnd > start, line.cls(wordEnd - 1).contains(.space) { wordEnd -= 1 }
        guard wordEnd > start, line.cls(wordEnd - 1).contains(.latin) else { return false }
        return pagingWords.prefix(in: line.norm, at: start) == 0
    }

    static let pagingWords = Lexicon(["Page", "page", "PAGE", "P.", "p.", "No.", "NO.", "no.", "Vol", "vol", "VOL", "Chapter", "Top", "TOP"])

    /// "2、", "3.", "1、-精品合同推荐-": a list number with nothing or decoration after it.
    static func emptyListItem(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        // Indented like the body's paragraphs (  1、推进… ⏎   2、), it is an item of the
        // text cut after its marker; a page's link list is not indented.
        if start > 0, line.cls(start - 1).contains(.space) { return false }
        var index = start
        while line.cls(index).contains(.digit) { index += 1 }
        guard index > start, line[index] == U.ideoComma || line[index] == U.dot else { return false }
        index += 1
        if index >= end { return true }
        return line[index] == U.hyphen || line[index] == U.emDash
    }

    /// The scalars of a short line without brackets and spaces: 【正文】 → 正文.
    static func label(_ line: LineText, _ start: Int, _ end: Int) -> [UInt32] {
        guard end - start <= 14 else { return [] }
        var scalars = [UInt32]()
        for index in start..<end where !line.cls(index).contains(.space) && !line.cls(index).contains(.clauseBreak)
            && !WebChrome.decorations.contains(line[index]) { scalars.append(line[index]) }
        return scalars
    }

    /// 上半年工作总结_第2页, 总结(2): a page of a paged article as a title.
    static func pageFileName(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        var cursor = end - 1
        if line[cursor] == U.rparen, line[cursor - 1] != U.s("页") {
            cursor -= 1
            let digitsEnd = cursor
            while line.cls(cursor).contains(.digit) { cursor -= 1 }
            guard cursor < digitsEnd, line[cursor] == U.lparen else { return false }
            return (start..<cursor).contains { TitleRepeats.titleWords.prefix(in: line.norm, at: $0) > 0 }
        }
        var paged = false
        if line[cursor] == U.rparen, line[cursor - 1] == U.s("页") { cursor -= 1 }   // 总结(第2页)
        if line[cursor] == U.s("页") { cursor -= 1; paged = true }
        let digitsEnd = cursor
        while line.cls(cursor).contains(.digit) { cursor -= 1 }
        guard cursor < digitsEnd else { return false }
        if line[cursor] == U.s("第") { cursor -= 1 } else { paged = false }
        if line[cursor] == U.underscore { return true }
        // 上半年工作总结 第2页, 总结(第2页), 总结-第2页: 第N页 after a title and a separator.
        let separated = line.cls(cursor).contains(.space) || line[cursor] == U.lparen || line[cursor] == U.hyphen
            || line[cursor + 1] == U.s("第") && cursor + 1 - start >= 4
        return paged && separated && (start..<cursor).contains { TitleRepeats.titleWords.prefix(in: line.norm, at: $0) > 0 }
    }
}
