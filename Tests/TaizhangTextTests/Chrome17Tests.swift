import Testing
@testable import TaizhangText

/// chrome17's readers of a page's head and feet (issue #14): each shape with the near miss
/// that must stay as it was.
@Suite struct Chrome17Tests {
    static func chromeLines(_ text: String) -> Set<Int> {
        Set(Checker.check(text: text, path: "t").findings.filter { $0.kind == .boilerplate }.map(\.line))
    }

    @Test func aSpeechSubtitleUnderAnEmptyCounterStays() {
        // Setup
        let page = "首页 > 重要发布 > 常委会会议文件\n区人民法院2024年上半年工作情况报告\n发布时间:2024-09-25 14:33    打印     阅读次数:\n——2024年8月29日在某区第十六届人大常委会第二十三次会议上\n某区人民法院\n主任、各位副主任、各位委员:\n上半年,全院共受理各类案件19768件,结案15399件,结案率77.90%。"
        let counted = "首页 > 工作动态\n某镇召开上半年工作总结会\n浏览次数:\n1520次\n7月5日,某镇召开上半年工作总结会,总结上半年工作。"
        // Act
        let lines = Self.chromeLines(page), counter = Self.chromeLines(counted)
        // Assert
        #expect(!lines.contains(4), "the speech's subtitle is the document's: \(lines)")
        #expect(lines.contains(3))
        #expect(counter.contains(4), "a figure under a counter's key is its value: \(counter)")
    }

    @Test func aRedHeadersNumberStaysUnderAnEmptyKeyNotUnderANumberKey() {
        // Setup
        let empty = "索引号: 11500383009338112H/2021-00021\n主题分类: 人事工作\n有效性:\n来苏委发〔2021〕68号\n中共某镇委员会\n关于印发《某镇换届选举工作方案》的通知\n各村党总支、村委会:\n现印发给你们,请结合实际,抓好落实。"
        let keyed = "  • 索引号:\n    6107280000/2024-001005\n  • 发文字号:\n    镇政发〔2024〕7号\n  • 发布日期:\n    2024年04月06日 16:34\n镇巴县人民政府工作规则\n一、根据有关规定,结合本县实际,制定本规则。"
        // Act
        let first = Self.chromeLines(empty), second = Self.chromeLines(keyed)
        // Assert
        #expect(!first.contains(4), "the document number under 有效性: is the red header's: \(first)")
        #expect(second.contains(4), "under 发文字号: it is the key's value: \(second)")
    }

    @Test func aTablesUnitCaptionAndAnOutlineLineWithKeysStay() {
        // Setup
        let text = "2.1 公司主要财务数据\n单位:元 币种:人民币\n总资产 64,039,331,350.17 65,347,776,653.12 -2.00\n三、 非经常性损益项目和金额 √适用 不适用 单位:元 币种:人民币 非经常性损益项目 金额 附注(如适用)\n非流动资产处置损益 8,236.80"
        let details = "某县人民政府\n来源:某县政府办 作者:张三\n某县召开防汛工作会议\n6月5日,某县召开防汛工作会议,部署防汛工作。"
        // Act
        let lines = Self.chromeLines(text), page = Self.chromeLines(details)
        // Assert
        #expect(!lines.contains(2) && !lines.contains(4), "a caption and an outline line are the document's: \(lines)")
        #expect(page.contains(2), "a row of the page's keys stays details: \(page)")
    }

    @Test func aPostAndNameUnderTheTitleStays() {
        // Setup
        let text = "来安县人民检察院工作报告\n——2021年12月28日在来安县第十八届人民代表大会第一次会议上\n县人民检察院检察长   朱全胜\n各位代表:\n现在,我代表县人民检察院向大会作工作报告,请予审议。"
        // Act
        let lines = Self.chromeLines(text)
        // Assert
        #expect(lines.isEmpty, "the signature is the report's: \(lines)")
    }

    @Test func aTitleAboveItsDetailRowStaysAShortLabelDoesNot() {
        // Setup
        let blog = "某某博客系统的开发过程\n2010 11 2 02:46 AM 23602次查看\n主要功能算是全部达成了,接下来的重点就是完善一下用户管理和后台界面。"
        let label = "服务粉丝\n2010 11 2 02:46 AM 23602次查看\n主要功能算是全部达成了,接下来的重点就是完善一下用户管理和后台界面。"
        // Act
        let titled = Self.chromeLines(blog), labelled = Self.chromeLines(label)
        // Assert
        #expect(titled == [2], "the title stays, its stamp and counter are the page's: \(titled)")
        #expect(labelled.contains(1), "four letters above the row are the site's: \(labelled)")
    }

    @Test func theMastheadAboveTheFirstBarIsChromeATitleAboveADetailRowIsNot() {
        // Setup
        let masthead = "大公网\n大公报电子版\n首页 > 港聞 > 正文\n林郑月娥今早发表第三份施政报告\n大公文汇全媒体报道:香港行政长官将於今日上午发表施政报告,并於下午会见传媒。"
        let titled = "全区清雪活动纪实\n2010/1/6 16:43:13 次浏览 分类:政府动态\n13日,一场瑞雪给港城披上银装,为农业生产创造了有利条件。"
        // Act
        let top = Self.chromeLines(masthead), kept = Self.chromeLines(titled)
        // Assert
        #expect(top.contains(1) && top.contains(3), "the site's masthead: \(top)")
        #expect(!kept.contains(1) && kept.contains(2), "the title above its details: \(kept)")
    }

    @Test func aLineTheHeadShowsTwiceLeavesTheUpperCopyAsThePages() {
        // Setup
        let copies = "一种文档版本管理方法、系统与流程\n文档序号:32700526发布日期:2022-12-27 22:33阅读:30来源:国知局\n一种文档版本管理方法、系统与流程\n1.本发明涉及数据处理技术领域,具体涉及一种文档版本管理方法。"
        let distinct = "一种文档版本管理方法、系统与流程\n文档序号:32700526发布日期:2022-12-27 22:33阅读:30来源:国知局\n一种文档版本的管理系统与装置\n1.本发明涉及数据处理技术领域,具体涉及一种文档版本管理方法。"
        // Act
        let twice = Self.chromeLines(copies), once = Self.chromeLines(distinct)
        // Assert
        #expect(twice.contains(1) && !twice.contains(3), "the upper copy is the page's: \(twice)")
        #expect(!once.contains(1) && !once.contains(3), "two different lines stay: \(once)")
    }

    @Test func spacedKeysInARowOfKeysAndTitleRowsArePageDetails() {
        // Setup
        let text = "索 引 号: 11330683742010670P/2017-84094 主题分类: 其他\n标题: 某镇人民政府关于印发《某镇村民委员会换届选举工作方案》的通知\n关于印发《某镇村民委员会换届选举工作方案》的通知\n各村党总支、村委会:\n现印发给你们,请结合实际,抓好落实。"
        let sentence = "标题党现象值得关注,这是一个句子。\n政 府 工 作 报 告\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。"
        // Act
        let rows = Self.chromeLines(text), prose = Self.chromeLines(sentence)
        // Assert
        #expect(rows.contains(1) && rows.contains(2) && !rows.contains(3), "\(rows)")
        #expect(prose.isEmpty, "a sentence and a spaced-out title stay: \(prose)")
    }
}
