import Testing
@testable import TaizhangText

/// Session 13 (chrome8): the shapes of site chrome that chrome-wild (public pages outside the
/// corpus) showed and dev held none of, as invented lines between two body paragraphs, with
/// the body lines that look alike and must stay text.
@Suite struct ChromeWildShapesTests {
    private func lines(_ text: String) -> [Int] {
        Checker.check(text: text).findings.filter { $0.kind == .boilerplate }.map(\.line)
    }

    private let sentence = "今年以来,我们围绕中心工作扎实推进各项任务,群众满意度明显提升,基层治理能力不断增强,"
        + "各项重点工作取得了较好成效,为全年目标的完成打下了坚实基础。"

    private func between(_ line: String) -> String { "\(sentence)\n\(line)\n\(sentence)\n" }

    @Test(arguments: [
        "城乡发展研究 2021年4期", "江南社会科学学报 2019年11期",                      // a journal and its issue
        "东湖县人民政府 2022年5月9日星期一", "江城市人民政府网 2023年10月8日星期日",            // a portal's date bar
        "江城晚报讯:", "东湖12讯:",                                                   // a dateline without its lead
        "江城网微博", "东湖日报客户端", "客户端",                                      // a site's accounts
        "---------------------------------------------", "------精品资料,欢迎收藏------",   // frames of dashes
        "[收藏]   [打印]   [关闭]   [返回顶部]", "【打印本页】 【关闭窗口】 【返回】",   // rows of bracketed links
        "官网:https://www.example.com。",                                              // a labelled address
        "图片来源:江城网", "圖片來自網絡",                                             // photo credits
        "1、本站文件下载后如被浏览器打开,请右键另存。",                                  // the site's download notes
        "• 首页 新闻 政务 服务 互动 专题", "- 格式:docx", "  • 上传人(会员):江城文档", "开通vip",
        "12 条留言", "共 3200字,需浏览 8分钟", "X 关闭", "友情提示", "  • 网站首页",
    ])
    func aWildShapeIsChrome(_ line: String) {
        #expect(lines(between(line)).contains(2))
    }

    @Test(arguments: [
        "在《城乡发展研究》2021年4期发表论文1篇。", "全年编印工作简报2021年4期", "工作简报 2021年4期",          // an issue inside a sentence
        "工作日志 2022年5月9日星期一", "2022年5月9日(星期一)上午召开推进会",          // a log's heading, a meeting's date
        "通讯:", "喜讯:我校获评市级文明校园",                                          // 讯 without a press name
        "开通微信公众号", "关注微博", "微信公众号运营",                                  // platforms in the text
        "---- ----", "一、总体情况 --------", "[1] [2] [3]", "[一] [二]",             // short or one-sided dashes; notes
        "详见http://www.example.gov.cn。", "具体内容在政府网站公开。",                    // a sentence pointing at an address
        "图片展示了项目建设前后的对比情况。",                                              // a picture in the text
        "指导老年人使用手机浏览器下载政务服务APP,累计培训300余人次。",                   // a browser in a report
        "• 完善制度 • 强化落实", "- 第一阶段:动员部署", "上传人员名单(附件1):已报送",
        "收到群众留言12条,均已办结。", "12 条意见建议",
    ])
    func aLookalikeIsText(_ text: String) {
        let findings = Checker.check(text: between(text)).findings.filter { $0.kind == .boilerplate && $0.line == 2 }
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }
}
