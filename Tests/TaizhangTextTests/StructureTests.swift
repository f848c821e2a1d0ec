import Testing
@testable import TaizhangText

/// Outline, numbering, document boundaries, arithmetic, duplicates and years.
@Suite struct StructureTests {
    @Test func outlineLevelsFollowTheHierarchy() {
        let text = "一、总体情况\n(一)文化活动\n1.送戏下乡。共演出5场。\n(1)城区\n①社区\n二、存在问题"
        let outline = Checker.check(text: text).outline
        #expect(outline.map(\.level) == [1, 2, 3, 4, 5, 1])
        #expect(outline.map(\.marker) == ["一、", "(一)", "1.", "(1)", "①", "二、"])
        #expect(outline[2].title == "送戏下乡")
    }

    @Test(arguments: ["2022年是关键之年。", "1-5月,共开展活动。", "4.23世界读书日活动。", "“1·26”事件。", "5.12地震纪念。"])
    func notHeadings(text: String) {
        #expect(Checker.check(text: text).outline.isEmpty)
    }

    @Test(arguments: [
        ("1.甲\n3.乙\n4.丙", 1), ("一、甲\n二、乙\n四、丁", 1), ("一、甲\n二、乙\n二、丙", 1),
        ("1.甲\n2.乙\n一、新节\n1.重新开始", 0), ("一、甲\n二、乙\n一、第二篇开始\n二、乙", 0),
        ("工作如下:一是甲;二是乙;四是丁。", 1), ("一是甲,二是乙,三是丙,三是丁。", 1), ("其一是甲,二是乙。", 0),
    ])
    func numberingGaps(text: String, expected: Int) {
        #expect(Checker.check(text: text).findings.filter { $0.kind == .numbering }.count == expected)
    }

    @Test func bundledDocumentsAreSeparated() {
        let text = "总结模板(3篇)\n总结 篇1\n一、甲\n二、乙\n总结 篇2\n一、甲\n总结 篇3\n一、甲"
        let report = Checker.check(text: text)
        #expect(report.subdocuments.count == 3)
        #expect(report.outline.map(\.document) == [1, 1, 2, 3])
    }

    @Test(arguments: [
        ("捐款总额达79.503万元。其中红十字会20万元,民政局36.92万元,慈善总会10万元,总工会3万元,团县委5.454万元,党费4.129万元。", true),
        ("现有经营场所111家,其中歌舞娱乐场所103家,电子游艺8家。", true),
        ("三类场所共120家,分别为歌舞厅50家、网吧40家、游艺厅20家。", false),
        ("共筛查79名患者入组,期间又新加了11名患者,现在共有89名患者接受治疗。", false),
        ("全年任务3381万元,上半年完成1380万元,完成41%。", true),
        ("全年任务3381万元,上半年完成1380万元,完成50%。", false),
        ("抓好四项工作:一是规范急救;二是整治卫生室。", false),
        ("围绕“消防、交通、饮食、校园、校舍”五大安全开展检查。", true),
    ])
    func arithmeticVerdicts(text: String, consistent: Bool) throws {
        let checks = Checker.check(text: text).checks
        try #require(!checks.isEmpty)
        #expect(checks.contains { $0.consistent == consistent })
    }

    @Test func loneQiZhongIsASubsetNotAnError() {
        let text = "采购中标药品达7036万元,其中对患者让利1373万元。"
        let checks = Checker.check(text: text).checks
        #expect(checks.allSatisfy { $0.consistent })
    }

    @Test func nearDuplicateParagraphIsFound() {
        let paragraph = "上半年,我们还从以下几个方面做好我县食品卫生安全工作:一是首次在我县食品行业推行食品卫生监督量化分级管理工作;二是在全县范围内开展了熟肉制品业的专项整治工作,有效净化了我县餐饮业及熟肉制品市场。"
        let copy = paragraph.replacingOccurrences(of: "净化了我县", with: "净化了我市")
        let findings = Checker.check(text: paragraph + "\n其他内容。\n" + copy).findings.filter { $0.kind == .duplicate }
        #expect(findings.map(\.line) == [3])
    }

    @Test func corpusCopyIsFound() {
        let template = "为深入贯彻落实上级关于公共文化服务体系建设的部署要求,我站围绕群众文化需求,精心组织开展了形式多样、内容丰富的群众文化活动,进一步丰富了辖区群众的精神文化生活,取得了良好的社会效果。"
        var corpus = Corpus()
        corpus.add(text: template, name: "范文.txt")
        let findings = Checker.check(text: "开头。\n" + template, corpus: corpus).findings.filter { $0.kind == .duplicate }
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("范文.txt") == true)
    }

    @Test(arguments: [("2024年上半年工作总结\n20xx年上半年,我站开展活动。", 1), ("2024年上半年工作总结\n今年(2021年上半年)共开展活动。", 1),
                      ("2024年上半年工作总结\n今年以来开展活动。", 0)])
    func mixedYears(text: String, expected: Int) {
        #expect(Checker.check(text: text).findings.filter { $0.kind == .year }.count == expected)
    }
}
