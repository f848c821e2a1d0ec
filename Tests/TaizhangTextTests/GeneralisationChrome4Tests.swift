import Testing
@testable import TaizhangText

/// Fifth pass (issue #14, accuracy4): chrome of Chinese sites in general — timestamps,
/// relative times, page titles with a site's name, site names, button rows, counters,
/// contact footers and comment boxes — written from the general forms of such pages,
/// not from corpus text; and the lines of a summary that must stay untouched.
@Suite struct GeneralisationChrome4Tests {
    private func chromeLines(_ text: String) -> [Int] {
        Checker.check(text: text).findings.filter { $0.kind == .boilerplate }.map(\.line)
    }

    @Test(arguments: ["2023年07月13日 09:30", "2023年7月13日 10:20:03", "昨天 10:20", "3天前", "5小时前", "10分钟前", "刚刚",
                      "上半年工作总结 - 某某县人民政府门户网站", "社区上半年工作总结_某某文库", "镇上半年工作汇报 | 某某信息网",
                      "某某市人民政府门户网站", "某某县官方网站",
                      "下载 相关 举报", "返回 下载 相关 举报", "分享到:微信 新浪微博 QQ空间", "无障碍 长者模式 简体 繁体",
                      "赞(3) 回复", "共有12条评论", "网友评论", "文明上网 理性发言", "地址:某某路1号 邮编:100000",
                      "联系电话:0000-1234567", "网站标识码:1234567890", "欢迎来到某某文库!", "长按识别二维码关注我们",
                      "已阅读5页,还剩13页未读, 继续免费阅读", "返回顶部",
                      "您当前的位置:首页 > 政务公开", "范文网 > 工作总结", "某某资料 分类", "文章录入:admin", "更新日期:2023年07月13日",
                      "<< 返回", "■ 相关链接", "匿名发表", "已有0人参与", "本站部分内容来自网络", "主管单位:某某县人民政府",
                      "点击加载更多", "编辑推荐", "本文为作者原创", "公开方式:主动公开", "社区上半年工作总结 - 道客巴巴", "(编辑:李四)",
                      "某某县人民政府办公室 主办", "(完)", "阅读原文", "分享 收藏 在看", "您是第1234位访客", "信息索引号:"])
    func generalChrome(line: String) {
        let text = line + "\n今年以来,各项工作有序推进,完成任务5项。"
        #expect(chromeLines(text) == [1])
    }

    /// A summary's own headings, signature and date, and sentences about websites.
    @Test(arguments: ["某某街道办事处", "2023年7月10日", "二〇二三年七月十日", "一、主要工作", "(三)加强政府网站建设", "附件:",
                      "上半年工作总结——某某街道", "2021-2022年工作计划", "召开会议3天后完成整改", "3个月前已完成",
                      "通过微信公众号发布信息120条", "热线电话接听1200个", "上午9:30召开全体会议,部署下半年工作。",
                      "加强门户网站建设,发布信息300条。", "下载量达到1.2万次,同比增长20%。",
                      "某某县人民政府办公室", "《关于加强安全生产工作的通知》", "(三)加强通讯员队伍建设",
                      "县文化馆主办的读书活动圆满结束", "完成", "留言板回复率100%", "分类施策 精准发力", "(一)更新观念,提高认识"])
    func summaryLinesStay(line: String) {
        let text = "今年以来,各项工作有序推进。\n" + line
        #expect(chromeLines(text).isEmpty)
    }

    /// A title the site calls 范文 or 模板 is the page's when it appears once; repeated, its
    /// last copy is the document's own.
    @Test(arguments: [
        ("县卫生局半年工作总结范文\n上半年,我局各项工作有序推进。", [1]),
        ("社区上半年工作计划模板\n上半年,社区各项工作有序推进。", [1]),
        ("县卫生局半年工作总结范文\n县卫生局半年工作总结范文\n上半年,我局各项工作有序推进。", [1]),
        ("县卫生局半年工作总结\n上半年,我局各项工作有序推进。", []),
    ])
    func labelledTitles(text: String, lines: [Int]) {
        #expect(chromeLines(text).sorted() == lines)
    }

    /// The paragraph under a site's summary label (核心提示, 导读) is the site's; the document
    /// that repeats it is a repeat.
    @Test func summaryUnderLabel() {
        let lead = "本报讯 今年上半年,县教育局认真落实主体责任,采取领导挂包、任务分解等方式推进民生项目建设,确保进度和质量双丰收。"
        let text = "核心提示\n\n\(lead)\n\n\(lead)\n半年来,共投入资金1000万元。"
        let report = Checker.check(text: text)
        #expect(report.findings.filter { $0.kind == .boilerplate }.map(\.line) == [1, 3])
        #expect(report.findings.filter { $0.kind == .duplicate }.map(\.line) == [5])
    }

    @Test func headingUnderSummaryLabelStays() {
        let text = "导读\n一、主要工作\n上半年,我局各项工作有序推进。"
        #expect(chromeLines(text) == [1])
    }

    private func repeats(_ text: String) -> [Int] {
        Checker.check(text: text).findings.filter { $0.kind == .duplicate }.map(\.line)
    }

    /// A site's preview cut with an ellipsis, too short for the 40-letter opening, and a
    /// site's summary line (简介:…) that the text repeats.
    @Test(arguments: [
        ("今年以来,我局在县委县政府的正确领导下……\n\n今年以来,我局在县委县政府的正确领导下,认真落实各项工作,成效明显。", [3]),
        ("今年以来,我局在县委县政府的正确领导下...\n今年以来,我局在县委县政府的正确领导下,认真落实各项工作,成效明显。", [2]),
        ("简介:今年以来,我局在县委县政府的正确领导下,认真落实各项决策部署,扎实推进各项工作,取得了明显成效。\n今年以来,我局在县委县政府的正确领导下,认真落实各项决策部署,扎实推进各项工作,取得了明显成效。", [2]),
        ("今年以来,我局在县委县政府的领导下,认真落实。\n今年以来,我局在县委县政府的领导下,扎实推进。", []),   // no preview, under 20 letters each
        ("一是加强组织领导……\n一是加强组织领导,成立工作专班。", []),                                             // under 16 letters
    ])
    func previews(text: String, lines: [Int]) {
        #expect(repeats(text) == lines)
    }
}
