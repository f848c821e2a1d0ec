import Testing
@testable import TaizhangText

/// Session 21 (issue #14, missing21): the deleted-number families series zf showed — a document
/// site that deleted every digit of its dates, spaced PDF text, a list of named indicators —
/// written as general shapes, never corpus text. Each positive has near misses.
@Suite struct Missing21Tests {
    private func deleted(_ text: String) -> [String] {
        Checker.check(text: text).findings.filter { $0.kind == .missingNumber }.map(\.text)
    }

    // MARK: a document whose dates lost their digits

    /// 于年月10-日 shows the trace: from that line on, each bare year, month and day is a flag of its own.
    @Test func aDocumentWithTheTraceOfDeletedDatesHasItsYearsRead() {
        let text = "本所于年月10-日组织安全检查,依据区年安全生产责任书进行考核。\n截止至年月日,全区共排查隐患120处,比年下降3处。"
        #expect(deleted(text) == ["年", "月", "日", "年", "年", "月", "日", "年"])
    }

    /// Near misses in the same document: 年 closing a word (今年, 全年, 青年, 上年), opening one
    /// (年度, 年底, 年检), after a figure or a blank year, and 年月 as a noun are no deleted year.
    @Test func wordsWithYearAreNotReadEvenInSuchADocument() {
        let text = "本所于年月10-日组织安全检查。\n今年以来全年共开展青年志愿活动,比上年增加,年度考核与年底年检按期完成,2020年、20xx年的岁月年月如梭。"
        #expect(deleted(text) == ["年", "月", "日"])
    }

    /// Without the trace the same sentences are plain text: 区年安全 alone is not read.
    @Test func noTraceNoYearRead() {
        #expect(deleted("依据区年安全生产责任书进行考核,比年下降3处。\n出生年月日:").isEmpty)
    }

    /// 月日-3日: a range whose first bound lost its figures is a trace too; 月8日 at a line's start then reads.
    @Test func aBareRangeBoundIsATrace() {
        let text = "月日-3日,馆内举办书画展。\n月8日举办迎新春演出。"
        #expect(deleted(text) == ["月", "日", "月"])
    }

    // MARK: spaced PDF text

    /// Every letter spaced: a measure letter after a space is no blank (區 公 所, 計 處 理).
    @Test func aLetterSpacedLineHasNoBlanks() {
        #expect(deleted("一 東 區 區 公 所 部 分 二 西 區 區 公 所 部 分").isEmpty)
        #expect(deleted("辦 理 本 市 業 務 共 計 處 理 完 成").isEmpty)
    }

    /// Near miss: a blank in text written solid is still read.
    @Test func aBlankInSolidTextIsStillRead() {
        #expect(deleted("全年共举办 场。") == ["场"])
    }

    // MARK: named indicators

    /// 门诊人次、出院人次…等五项指标: count units naming the members of a counted list.
    @Test func countUnitsNamingAListsMembersAreNoDeletedNumbers() {
        #expect(deleted("对门诊人次、出院人次、手术例数等五项指标进行了分析。").isEmpty)
    }

    /// Near miss: the same names without 等 and a count are deleted figures.
    @Test func theSameNamesWithoutACountedListAreRead() {
        #expect(deleted("完成门诊人次、出院人次。").count == 2)
    }
}
