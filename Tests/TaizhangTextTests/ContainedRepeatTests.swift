import Testing
@testable import TaizhangText

/// A paragraph pasted again with a clause dropped or added (`ParagraphSketch+Containment`,
/// session 22): the shorter copy lies within the longer paragraph though the two share too few
/// 4-grams for the similarity threshold — and the near misses the reading must leave alone.
@Suite struct ContainedRepeatTests {
    /// One sentence: no sentence of it repeats on its own when a clause is dropped.
    static let original = "为持续巩固创建成果,街道对创建工作领导小组及各专项工作组的成员和分工进行了全面调整充实并印发了年度工作方案和考核细则,明确各部门职责,形成多部门联动、齐抓共管的工作格局,全年共开展环境整治行动35次,清理卫生死角420处,拆除违章搭建57处,新增绿化面积3200平方米,群众满意度达到96%。"
    /// The original without its long second clause (135 letters → 87; 4-gram similarity 0.60, 96 % of
    /// the copy's 4-grams in the original). Its MinHash shares a band with the original's (a copy at
    /// similarity 0.6 does about two times in three: the index finds no candidate otherwise).
    static let clauseDropped = "为持续巩固创建成果,明确各部门职责,形成多部门联动、齐抓共管的工作格局,全年共开展环境整治行动35次,清理卫生死角420处,拆除违章搭建57处,新增绿化面积3200平方米,群众满意度达到96%。"
    static let between = ["二、存在的问题", "部分小区物业管理不到位,群众反映的问题整改还不够及时。"]

    static func duplicateLines(_ lines: [String]) -> [Int] {
        Checker.check(text: lines.joined(separator: "\n")).findings.filter { $0.kind == .duplicate }.map(\.line)
    }

    @Test func aCopyWithAClauseDroppedIsReported() {
        let lines = [Self.original] + Self.between + [Self.clauseDropped]
        #expect(Self.duplicateLines(lines) == [4])
    }

    @Test func aCopyWithAClauseAddedIsReported() {
        let lines = [Self.clauseDropped] + Self.between + [Self.original]
        #expect(Self.duplicateLines(lines) == [4])
    }

    @Test func aShortParagraphInsideALongOneIsNoCopy() {
        // A later paragraph restating a run of clauses of a long one (81 letters of 199, all in it):
        // under half the longer, it is a restatement, not the paragraph again.
        let long = "上半年,街道坚持以党建引领基层治理,把创建工作作为全年重点,先后召开专题会议12次,印发工作方案和考核细则,形成多部门联动、齐抓共管的工作格局,全年共开展环境整治行动36次,清理卫生死角420处,拆除违章搭建57处,新增绿化面积3200平方米,改造老旧小区9个,惠及居民2100户,群众满意度达到96%,获评全市文明创建先进单位,辖区治安案件同比下降18%,信访总量同比下降23%,12345热线工单按时办结率达到99%,基层治理效能持续提升。"
        let short = "形成多部门联动、齐抓共管的工作格局,全年共开展环境整治行动36次,清理卫生死角420处,拆除违章搭建57处,新增绿化面积3200平方米,改造老旧小区9个,惠及居民2100户家庭。"
        #expect(Self.duplicateLines([long] + Self.between + [short]).isEmpty)
    }

    @Test func twoParagraphsOfOneFrameAreNoCopy() {
        // Parallel paragraphs of one report, of different lengths: the same frame (opening and
        // closing clauses), other work and figures — 64 % of the shorter's 4-grams in the longer.
        let first = "今年以来,我镇坚持以项目建设为抓手,全力推进重点工程建设,全年共实施重点项目12个,完成投资3.5亿元,新建农村公路28公里,改造危旧房屋156户,群众出行难、住房难问题得到有效缓解,人居环境明显改善,全镇经济社会保持平稳健康发展态势。"
        let second = "今年以来,我镇坚持以民生保障为抓手,全力推进重点工程建设,全年新增就业岗位460个,发放救助资金120万元,群众出行难、住房难问题得到有效缓解,人居环境明显改善,全镇经济社会保持平稳健康发展态势。"
        #expect(Self.duplicateLines([first, second]).isEmpty)
    }
}
