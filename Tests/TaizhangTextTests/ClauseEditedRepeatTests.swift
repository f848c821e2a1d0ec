import Testing
@testable import TaizhangText

/// A paragraph pasted again with a whole clause dropped or added, too short for the paragraph
/// sketch once edited (`EditedRepeats+Clauses`, session 23) — and the near misses the reading
/// must leave alone: a shorter paragraph that is only the longer one's opening, and parallel
/// paragraphs of one frame whose middle clause differs in its words.
@Suite struct ClauseEditedRepeatTests {
    /// One sentence of 69 letters; without its second clause 42 (both under the sketch's 80).
    static let original = "为持续巩固创建成果,对工作领导小组及各工作组进行了调整充实并印发了年度方案,明确职责,形成多部门联动、齐抓共管的工作格局,全年开展环境整治行动35次。"
    static let clauseDropped = "为持续巩固创建成果,明确职责,形成多部门联动、齐抓共管的工作格局,全年开展环境整治行动35次。"
    /// Twenty lines of other work under another heading: the copy is the closing part restating a
    /// section, far from the original (the few-letters edit reads within 15 lines of one section).
    static let between = ["二、存在的问题"] + (1...20).map { "第\($0)项工作:部分小区物业管理不到位,群众反映的问题整改还不够及时\($0)次。" }

    static func duplicateLines(_ lines: [String]) -> [Int] {
        Checker.check(text: lines.joined(separator: "\n")).findings.filter { $0.kind == .duplicate }.map(\.line)
    }

    @Test func aCopyWithAClauseDroppedIsReportedFarFromItsOriginal() {
        let lines = ["一、主要工作", Self.original] + Self.between + [Self.clauseDropped]
        #expect(Self.duplicateLines(lines) == [lines.count])
    }

    @Test func aCopyWithAClauseAddedIsReported() {
        let lines = ["一、主要工作", Self.clauseDropped] + Self.between + [Self.original]
        #expect(Self.duplicateLines(lines) == [lines.count])
    }

    @Test func aParagraphThatIsOnlyTheOpeningOfAnotherIsNoClauseEdit() {
        // The longer paragraph's opening clauses without its closing: a lead or a summary line.
        let opening = "为持续巩固创建成果,对工作领导小组及各工作组进行了调整充实并印发了年度方案。"
        let lines = ["一、主要工作", Self.original] + Self.between + [opening]
        #expect(Self.duplicateLines(lines).isEmpty)
    }

    @Test func parallelParagraphsOfOneFrameAreNoClauseEdit() {
        // The same opening and closing clauses, the middle clauses other work (one more of them).
        let first = "为持续巩固创建成果,对工作领导小组进行了调整,召开专题会议12次,形成多部门联动、齐抓共管的工作格局。"
        let second = "为持续巩固创建成果,开展环境整治行动35次,形成多部门联动、齐抓共管的工作格局。"
        #expect(Self.duplicateLines(["一、主要工作", first] + Self.between + [second]).isEmpty)
    }
}
