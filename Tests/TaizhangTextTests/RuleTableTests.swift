import Testing
@testable import TaizhangText

/// Rule tables: each row is a sentence and what the checker must (or must not) report.
@Suite struct RuleTableTests {
    private func findings(_ text: String, _ kind: FindingKind) -> [Finding] {
        Checker.check(text: text).findings.filter { $0.kind == kind }
    }

    @Test(arguments: [
        ("20xx年上半年,我站开展活动", "20xx"), ("通过20__年的探索", "20__"), ("签订了20_年责任状", "20_"),
        ("截至201*年底", "201*"), ("截至x月,共开展", "x"), ("共有xx个社区", "xx"), ("投资XX亿元", "XX"),
        ("参加由___院感质控中心组织", "___"), ("在××镇召开", "××"), ("在**年6月", "**"), ("我县兴办*市一流教育", "*"),
        ("AA区文化馆", "AA"), ("增长xx%", "xx"), ("区委办[20xx]号文件", "20xx"),
        ("人均收入1XX32元", "1XX32"), ("投入X00万元", "X00"), ("改造林道x.x公里", "x.x"),
    ])
    func placeholdersAreFound(text: String, token: String) {
        // Act
        let found = findings(text, .placeholder)
        // Assert
        #expect(found.map(\.text).contains(token))
    }

    @Test(arguments: ["4x100米接力赛", "拍摄X光片", "全国职称外语A级考试", "AAAA级景区", "H7N9禽流感", "3*4的方阵", "科普e站",
                      "上传人:我**** 上传时间:2023-07-01", "总结_第2页", "report_2023.docx"])
    func ordinaryTextIsNotAPlaceholder(text: String) {
        #expect(findings(text, .placeholder).isEmpty)
    }

    @Test(arguments: [
        ("共举办节假日大中小文体活动次。", "次"), ("共推介项目项,", "项"), ("收缴非法音像制品余套,", "余套"),
        ("服务面积平方千米。", "平方千米"), ("定期对辖区家网吧检查", "家"), ("我镇有农家乐家,", "家"),
        ("区委办[2023]号文件", "号"),
        ("比上年增加 万元,", "万元"), ("同比增幅为 %,", "%"), ("财政收入占比%。", "%"), ("较年初增加户,", "户"),
        ("全年收入为 万元。", "万元"), ("年上半年,我局认真贯彻", "年"), ("完成投资.52亿元", ".52亿元"),
        ("較年初增加萬元,", "萬元"),
    ])
    func missingNumbersAreFound(text: String, measure: String) {
        #expect(findings(text, .missingNumber).map(\.text).contains(measure))
    }

    @Test(arguments: [
        "开展了多次活动。", "繁荣文化市场,", "组织专家,", "下发文件,", "搭建平台。", "完善配套,", "举办专题讲座,",
        "其余人员,", "农家书屋建设", "共举办活动12场次。", "垃圾填埋场,",
        "坚持以人为本,", "累计完成加强针近10万剂次,", "流感疫苗41520人份,", "单位:万元", "比例(%)",
        "今年上半年,我局", "运动员进场,", "增加人员编制,", "每万元GDP能耗",
    ])
    func wordsEndingInMeasuresAreNotMissingNumbers(text: String) {
        #expect(findings(text, .missingNumber).isEmpty)
    }

    @Test(arguments: [("同比增长20230%", "20230%"), ("办结时限5.2023个工作日", "5.2023个工作日"), ("出口1。.06亿美元", "1。.06"),
                      ("截至15月底", "15月"), ("于2月35日召开", "35日"), ("培训3.5人", "3.5人")])
    func impossibleFiguresAreFound(text: String, excerpt: String) {
        #expect(findings(text, .arithmetic).map(\.text).contains(excerpt))
    }

    @Test(arguments: ["增长12.5%", "历时1.5个月", "1-15日", "共12个月", "第15届", "增加2.5个百分点", "5.2万人"])
    func possibleFiguresAreNotFlagged(text: String) {
        #expect(findings(text, .arithmetic).isEmpty)
    }

    @Test(arguments: ["近1500余人参加", "约100人左右", "超过3000余人", "读者日接待几十余人"])
    func doubledQualifiersAreFound(text: String) {
        #expect(findings(text, .doubledQualifier).count == 1)
    }

    @Test(arguments: [
        ("推荐阅读:", true), ("更新时间:2023-07-24 10:45:28 发布时间:24小时内 作者:文/会员上传 下载docx", true),
        ("第 1 页 共 14 页", true), ("(未完,全文共3000字)", true), ("科室上半年工作总结模板.docx", true),
        ("文联2024年上半年工作总结(精选6篇)", true), ("上传人:张三 文档编号:123", true),
        ("当前位置:首页 > 政府信息公开 > 年度报告", true), ("老地方 > 总结 > 总结范文 > 正文", true), ("索引号: | |", true),
        ("2023-07-13 20:55:03", true), ("【正文】", true), ("资源描述", true), ("展开阅读全文", true),
        ("網站首頁 個人文檔 個人總結 工作總結 述職報告", true), ("整理文档很辛苦,赏杯茶钱您下走!", true), ("www.example.com", true),
        ("上半年工作总结_第2页", true), ("大小:235KB 页数:12页 VIP", true),
        ("一、主要指标完成情况", false), ("全区地区生产总值完成220.1亿元,增速3.1%。", false),
        ("组织群众开展文化活动,丰富了群众生活。", false), ("本站工作人员积极开展活动。", false),
    ])
    func boilerplateLines(text: String, expected: Bool) {
        #expect(!findings(text, .boilerplate).isEmpty == expected)
    }
}
