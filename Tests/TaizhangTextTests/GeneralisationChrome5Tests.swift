import Testing
@testable import TaizhangText

/// Sixth pass (issue #14, chrome5): chrome found by the shape of its line and by where it
/// stands — above the document's body — written from the general forms of Chinese template,
/// document-shop, news and government pages (the `search` corpus of stored pages), never
/// from corpus text; and the lines of a summary that look alike and must stay untouched.
@Suite struct GeneralisationChrome5Tests {
    private func chromeLines(_ text: String) -> [Int] {
        Checker.check(text: text).findings.filter { $0.kind == .boilerplate }.map(\.line).sorted()
    }

    private let body = "今年以来,我镇在县委县政府的正确领导下,扎实推进各项工作,完成年度任务的56%。"

    /// Dates and times as sites stamp them, keys spelled out, menu items, document shops'
    /// toolbars, labels and preview notes.
    @Test(arguments: ["2016-04-12 08:31某某某", "2019-03-08  本文已影响12人  某某", "某某网/2021-05-06",
                      "2020/3/9 10:12:30 次浏览", "归档时间:2022-03-15", "发布日期: 2022- 04- 27 浏览次数:",
                      "关 键  词:社区 工作 总结", "索 引 号:", "办公文档>", "• 工作计划 »",
                      "书签 分享 收藏 举报 版权申诉 / 23", "English 进入旧版 设为首页 加入收藏", "快捷下载 登录下载",
                      "邮箱/手机:", "支付方式: 支付宝 微信支付", "账号:", "内容概述:",
                      "相关新闻", "热点阅读", "详细信息", "合集下载", "【下载声明】", "请输入搜索",
                      "精品文档---下载后可任意编辑", "本资源只提供5页预览,全部文档请下载后查看", "仅展示300字,全文共1200字",
                      "62t 评论于 [2024-11-06 17:14:22]", "- 目录", "时间:", "推荐文章",
                      "导读 居委会是社区服务的重要机构,在居民生活中扮演着重要角色,本文介绍它的职责。",
                      "中国政府网 省政府网 English 市人大 市政协 市纪委监委", "镇上半年工作总结【范本】",
                      "最新街道上半年工作总结", "本文来自某某公众号"])
    func shapedChrome(line: String) {
        let text = line + "\n" + body
        #expect(chromeLines(text) == [1])
    }

    /// A site's notes to its reader about its documents, whatever their length.
    @Test(arguments: ["如果您对本文档的版权有争议,请及时联系客服,我们将尽快处理。",
                      "下载前请仔细阅读文档内容,确认文档内容符合您的需求后进行下载,若出现内容与标题不符可向平台投诉处理。"])
    func readerNotes(line: String) {
        #expect(chromeLines(body + "\n" + line) == [2])
    }

    /// Numbered notes under any header of site notes (下载须知, 友情提示), not only 温馨提示.
    @Test func numberedNotesUnderHeader() {
        let text = body + "\n下载须知\n1. 本站资源下载后的文档无水印,预览文档经过压缩。\n2. 试题类文档如无说明则没有答案,下载前请确认。\n"
            + "二、下步打算\n下半年,我镇将继续抓好各项工作。"
        #expect(chromeLines(text) == [2, 3, 4])
    }

    /// A bare key on its line and its value on the next (open-government tables).
    @Test func valuesUnderBareKeys() {
        let text = "• 索引号:\n1234567890/2023-00012\n• 发文机构:\n某某县政府网站\n• 成文日期:\n2023年07月06日 16:40\n"
            + "某某县人民政府关于上半年工作情况的报告\n" + body
        #expect(chromeLines(text) == [1, 2, 3, 4, 5, 6])
    }

    /// Above the body, a short line that is none of a document's own kinds is the page's,
    /// whatever its words: a site's name, slogan, section or stray tokens.
    @Test(arguments: [
        ("某某学习资料库\n社区2023年上半年工作总结\n" + "今年以来,社区各项工作有序推进,完成任务5项。", [1]),
        ("海量资料 一键获取\n镇上半年工作总结\n" + "今年以来,我镇各项工作有序推进,完成任务5项。", [1]),
        ("cwl2\n镇政府上半年工作总结\n" + "今年以来,我镇各项工作有序推进,完成任务5项。", [1]),
        ("镇政府上半年工作总结\n本文标签:工作总结 半年\n" + "今年以来,我镇各项工作有序推进,完成任务5项。", [2]),
        ("镇政府上半年工作总结\n精彩内容马上呈现\n" + "今年以来,我镇各项工作有序推进,完成任务5项。", [2]),
        ("镇政府上半年工作总结\n某某资料库\n发布时间:2023-07-13 来源:某某信息网 作者:某某某\n"
            + "今年以来,我镇各项工作有序推进,完成任务5项。", [2, 3]),
        ("镇政府上半年工作总结\n发布时间:2023-07-13 来源:某某信息网 作者:某某某\n某某资料库\n"
            + "今年以来,我镇各项工作有序推进,完成任务5项。", [2, 3]),
    ])
    func linesAboveTheBody(text: String, lines: [Int]) {
        #expect(chromeLines(text) == lines)
    }

    /// A document's own head lines: title, unit, date, salutation, subtitle, occasion,
    /// speaker, a title split over two lines, and a line continuing a cut one.
    @Test(arguments: [
        "某某县卫生健康局\n2023年上半年工作总结\n(2023年7月10日)\n",
        "关于2023年上半年\n工作情况的报告\n",
        "某某镇2023年上半年\n安全生产工作总结\n",
        "某某镇2023年上半年安全生产\n工作汇报\n",
        "在全县半年工作推进会上的讲话\n——县长 某某某\n各位领导、同志们:\n",
        "政 府 工 作 报 告\n——2023年2月27日在某某镇第十届人民代表大会\n第六次会议上\n镇长 某某某\n各位代表:\n",
        "二〇二三年七月\n某某\n",
        "区政府:\n",
        "镇上半年工作总结\n报告人:某某某\n签发人:某某\n",
        "镇党委、政府\n",
        "某某县人民政府文件\n某政发〔2023〕12号\n关于上半年工作情况的报告\n",
        "某某县妇联\n张 三\n",
        "某某县\n2023年上半年\n",
        "某某镇2024年上半年工作总结(汇总)\n",
        "某某县扎实推进教育民生项目建设\n",
    ])
    func documentHeadStays(head: String) {
        let text = head + "今年以来,我镇各项工作有序推进,完成任务5项。"
        #expect(chromeLines(text).isEmpty)
    }

    /// Body lines that use a site's words as a summary does: never chrome.
    @Test(arguments: ["二、来源于群众的意见建议全部得到落实", "发布政策文件3份,解读材料5篇。", "门户网站浏览量提升30%,群众满意度明显提高。",
                      "(三)网站浏览量达到12万次", "在首页开设专栏,集中展示创建成果。", "2023-06-15完成验收工作。",
                      "下载量达到1.2万次", "窗口服务:", "联系群众 服务群众", "推动政务服务事项网上办理", "资源整合 共建共享",
                      "(四)强化平台建设,提升服务水平", "一是发布信息120条", "全年共接待来访群众3200人次",
                      "确保您的诉求件件有回音,我们将通过网站公开办理结果。", "相关新闻报道20篇", "2023年7月10日",
                      "(一)2023-06-30前完成项目验收", "手机银行APP下载量同比增长20%"])
    func bodyLinesStay(line: String) {
        let text = body + "\n" + line + "\n下半年,我镇将继续抓好各项工作。"
        #expect(chromeLines(text).isEmpty)
    }

    /// A site's intro above the document: it points at the texts, says it gathered them and
    /// what the reader may use them for; the summary's opening paragraph does not.
    @Test(arguments: [
        ("以下文章经过编辑精选整理,值得借鉴。\n镇上半年工作总结\n" + "今年以来,我镇各项工作有序推进,完成任务5项。", [1]),
        ("今年以来,我局收集整理档案1200卷,为群众查阅提供帮助。\n一、主要工作", []),
        ("以下是我镇上半年工作情况,请审阅。\n一、主要工作", []),
    ])
    func introAboveTheBody(text: String, lines: [Int]) {
        #expect(chromeLines(text) == lines)
    }

    /// The head ends at the first sentence: a short line after it is the body's.
    @Test func headEndsAtTheFirstSentence() {
        let text = "镇上半年工作总结\n今年以来,各项工作有序推进。\n召开会议3天后完成整改\n一、主要工作"
        #expect(chromeLines(text).isEmpty)
    }
}
