import Testing
@testable import TaizhangText

/// Eighth pass (issue #14, chrome6): site chrome by structure (lists of other texts' titles,
/// navigation rows whose separators were lost, template sites' names, a page title the
/// document repeats on two lines, the footer below the body) and outline markers of long
/// reports (第一部分, 一 主要工作). Synthetic texts written from the general forms of Chinese
/// template, news and government pages, not from corpus text.
@Suite struct GeneralisationChromeGTests {
    private func lines(_ text: String, _ kind: FindingKind) -> [Int] {
        Array(Set(Checker.check(text: text).findings.filter { $0.kind == kind }.map(\.line))).sorted()
    }

    private let title = "某镇2023年上半年工作总结"
    private let body = "今年以来,我镇在县委县政府的正确领导下,扎实推进各项工作,完成年度任务的56%。"
    private let close = "下半年,我镇将继续抓好各项工作,确保完成全年目标任务。"

    // MARK: lists of other texts' titles

    /// A contents list: numbered titles in a row, above the document.
    @Test func contentsListAboveTheDocument() {
        let text = "本文目录\n1、乡镇上半年工作总结\n2、社区上半年工作总结\n3、街道上半年工作总结\n\(title)\n\(body)"
        #expect(lines(text, .boilerplate) == [1, 2, 3, 4])
    }

    /// Below the document, a label of any wording and the titles under it, numbered or not.
    @Test(arguments: ["看了本文的人还看了:\n1.社区上半年工作总结范文\n2.街道半年工作总结",
                      "大家正在读\n社区上半年工作总结范文\n村委会上半年工作总结及下半年计划",
                      "· 街道上半年工作总结\n· 乡镇半年工作汇报"])
    func titleListBelowTheDocument(list: String) {
        let text = "\(title)\n\(body)\n\(close)\n\(list)"
        let count = list.split(separator: "\n").count
        #expect(lines(text, .boilerplate) == Array(4..<(4 + count)))
    }

    /// A document's own numbered headings have text under them; its attachments list is its own.
    @Test(arguments: ["1、上半年工作总结\n全镇共开展活动12场,服务群众3000余人次,群众满意度明显提升。\n2、下半年工作计划\n继续抓好各项工作。",
                      "附件:\n1.某镇安全生产工作方案\n2.某镇防汛工作总结"])
    func documentsOwnListsStay(list: String) {
        #expect(lines("\(title)\n\(body)\n\(list)", .boilerplate).isEmpty)
    }

    // MARK: navigation rows and site names

    @Test(arguments: ["首页总结社区工作总结", "网站首页 工作总结 半年总结", "文库 实用文档 报告/总结", "工作总结之家", "第一范文网"])
    func rowsAndSiteNamesAboveTheTitle(line: String) {
        #expect(lines("\(line)\n\(title)\n\(body)", .boilerplate) == [1])
    }

    /// Ordinary lines that share a word with those rows.
    @Test(arguments: ["三、建设职工之家", "职工之家", "二、门户网站首页改版", "(一)首页改版", "资料整理 归档 上报/备案率达100%。"])
    func lookalikesStay(line: String) {
        #expect(!lines("\(title)\n\(body)\n\(line)\n\(close)", .boilerplate).contains(3))
    }

    // MARK: open-government tables set apart by spaces

    @Test(arguments: ["索引号 AB1234567/2023-00012 生成日期 2023-01-17 公开日期 2023-01-17",
                      "文件编号 发布机构 某某街道办事处 效力状况 有效",
                      "有效期 长期 公开程序 部门编制,经办公室审核后公开 体裁 其他",
                      "主题(一级) 其他 主题(二级) 其他 关键词 规划,统计",
                      "内容概述 某镇2023年上半年工作总结",
                      "网站支持IPv6某某市人民政府  欢迎您!"])
    func spacedMetadataRows(line: String) {
        #expect(lines("\(title)\n\(line)\n\(body)", .boilerplate).contains(2))
    }

    /// Words of a PDF's spaced text that begin with a key word are no table.
    @Test(arguments: ["发布政策文件 3 份", "时间 地点 人物", "文件 资料 整理归档", "(一)时间 安排 部署"])
    func spacedTextStays(line: String) {
        #expect(!lines("\(title)\n\(body)\n\(line)\n\(close)", .boilerplate).contains(3))
    }

    // MARK: a page title, then the document's own title on two lines

    @Test func pageTitleBeforeASplitTitle() {
        let text = "某县住房和城乡建设局2018年度整体支出 绩效评价报告\n详细信息\n某县住房和城乡建设局2018年度整体支出\n\n绩效评价报告\n\(body)"
        #expect(lines(text, .boilerplate) == [1, 2])
    }

    @Test func splitTitleAloneStays() {
        let text = "某县住房和城乡建设局2018年度整体支出\n绩效评价报告\n\(body)"
        #expect(lines(text, .boilerplate).isEmpty)
    }

    // MARK: vocabulary of footers

    @Test(arguments: ["你可能也喜欢", "全文完", "站内搜索", "会员登录", "还没有账号?立即注册", "栏目导航"])
    func footerWords(line: String) {
        #expect(lines("\(title)\n\(body)\n\(close)\n\(line)", .boilerplate) == [4])
    }

    // MARK: the footer below the body

    /// After the body and a line of chrome, short lines of any words are the page's; the
    /// document's signature and date before the chrome stay.
    @Test func footerRunAfterChrome() {
        let text = "\(title)\n\(body)\n\(close)\n某某镇人民政府\n2023年7月10日\n分享到:\n顶部\n视力保护色\n分享让更多人看到"
        #expect(lines(text, .boilerplate) == [6, 7, 8, 9])
    }

    /// A table after a line of chrome: its caption, cells and figures are the document's.
    @Test func tableAfterChromeStays() {
        let text = "\(title)\n\(body)\n【打印本页】【关闭窗口】\n上半年主要指标完成情况表\n指标\n完成\n12\n85%\n二〇二四年六月三十日"
        #expect(lines(text, .boilerplate) == [3])
    }

    /// A PDF's page footer between the pages of the body opens no footer: the heading without
    /// a marker after it is the document's.
    @Test func pageFooterOpensNoFooter() {
        let text = "\(title)\n\(body)\n第 1 页 共 9 页\n加强组织领导\n\(close)"
        #expect(lines(text, .boilerplate) == [3])
    }

    /// Chrome between two paragraphs opens no footer: the heading and text after it stay.
    @Test func chromeInsideTheBodyOpensNoFooter() {
        let text = "\(title)\n\(body)\n【打印本页】【关闭窗口】\n二、下步打算\n\(close)"
        #expect(lines(text, .boilerplate) == [3])
    }

    /// A bundled text's marker ends the link list of the text before it.
    @Test func markerEndsTheLinkList() {
        let text = "篇一\n\(title)\n\(body)\n相关推荐\n篇二\n某社区2023年上半年工作总结\n今年以来,社区扎实推进各项工作。"
        #expect(lines(text, .boilerplate) == [4])
    }

    // MARK: outline markers of long reports

    @Test(arguments: [("第一部分 主要工作", "第三部分 下步打算"), ("一 主要工作", "三 下步打算"), ("第一章 工作回顾", "第三章 工作打算")])
    func skipsInPartsAndSpacedMarkers(first: String, third: String) {
        let text = "\(title)\n\(first)\n\(body)\n\(third)\n\(close)"
        #expect(lines(text, .numbering) == [4])
        #expect(lines(text, .boilerplate).isEmpty)
    }

    /// A date spaced by a page (二 〇二三年…) and letters spaced one by one are no headings.
    @Test func spacedNumeralsThatAreNoHeadings() {
        let text = "\(title)\n一 主要工作\n\(body)\n\(close)\n某某镇人民政府\n二 〇二三年七月十日\n三 季 度 计 划"
        #expect(lines(text, .numbering).isEmpty)
    }
}
