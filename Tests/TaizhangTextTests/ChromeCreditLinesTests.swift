import Testing
@testable import TaizhangText

/// Eighteenth pass (chromeprobe): the classes the transplanted-chrome probe found missed away
/// from their page's head or footer, as general shapes (invented names and papers), each
/// between two body paragraphs, with the body lines that look alike and must stay text.
@Suite struct ChromeCreditLinesTests {
    private func lines(_ text: String) -> [Int] {
        Checker.check(text: text).findings.filter { $0.kind == .boilerplate }.map(\.line)
    }

    private let sentence = "今年以来,我们围绕中心工作扎实推进各项任务,群众满意度明显提升,基层治理能力不断增强,"
        + "各项重点工作取得了较好成效,为全年目标的完成打下了坚实基础。"

    private func between(_ line: String) -> String { "\(sentence)\n\(line)\n\(sentence)\n" }

    // MARK: a paper's name before the reporter's role

    @Test(arguments: ["江城晚报全媒体记者 王立新", "本市日报社记者 李明 赵刚", "县融媒体通讯员 陈佳", "东湖电视台记者 周一鸣", "江城晚報全媒體記者 王立新"])
    func aPapersReporterCreditIsChrome(_ credit: String) {
        #expect(lines(between(credit)).contains(2))
    }

    /// Near misses: the role inside a sentence, with no space, or a prefix that is no paper.
    @Test(arguments: ["邀请省市媒体记者采访报道", "组织全媒体记者队伍 建设工作", "积极配合新闻记者 开展采访", "召开县融媒体中心记者节座谈会"])
    func aReportersRoleInTextIsText(_ text: String) {
        #expect(!lines(between(text)).contains(2))
    }

    // MARK: a page's credit with a slash

    @Test(arguments: ["本版制图/王小明", "摄影/李四 王五", "责编/赵六", "文/陈一、刘二", "本版製圖/王小明"])
    func aSlashCreditIsChrome(_ credit: String) {
        #expect(lines(between(credit)).contains(2))
    }

    /// Near misses: roles as words of a summary, a sentence with a slash, another role after it.
    @Test(arguments: ["编辑出版社区简报12期", "开展摄影/书法比赛活动,参与群众200余人次。", "组织编辑/校对培训", "文图并茂"])
    func aRoleWithoutANameIsText(_ text: String) {
        #expect(!lines(between(text)).contains(2))
    }

    // MARK: a document site's control label

    @Test(arguments: ["正文复制", "全文下载", "论文部分内容阅读", "文档在线预览", "正文復製"])
    func aControlLabelIsChrome(_ label: String) {
        #expect(lines(between(label)).contains(2))
    }

    /// Near misses: a line that says something of the text, opens on the activity's verb, or
    /// joins two activities.
    @Test(arguments: ["内容丰富形式多样", "文档管理规范有序", "开展经典文章阅读", "文章写作与阅读", "内容涵盖政策宣传和法律查看"])
    func aLineAboutTextsIsText(_ text: String) {
        #expect(!lines(between(text)).contains(2))
    }

    // MARK: a separator left alone

    @Test(arguments: ["|", "｜", "| |"])
    func aLoneSeparatorIsChrome(_ bar: String) {
        #expect(lines(between(bar)).contains(2))
    }

    @Test func aLoneSeparatorClosingThePageIsChrome() {
        #expect(lines("\(sentence)\n\(sentence)\n|").contains(3))
        #expect(lines("\(sentence)\n\(sentence)\n|\n").contains(3))
    }

    /// Near misses: bars that set figures or clauses apart inside a sentence are not a link
    /// row's leftovers.
    @Test(arguments: ["全年完成投资5.2亿元|同比增长12%,超额完成年度目标任务。", "一是抓学习|二是抓落实|三是抓督查,确保各项任务落地见效。"])
    func barsInASentenceOrADashRuleAreText(_ text: String) {
        #expect(!lines(between(text)).contains(2))
    }
}
