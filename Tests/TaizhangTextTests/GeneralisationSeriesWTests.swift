import Testing
@testable import TaizhangText

/// Eighteenth pass (issue #14, corpus w): forms the unseen w series showed the checker not
/// reading, written here as general shapes — never corpus text. Each positive has near misses
/// that must hold either way.
@Suite struct GeneralisationSeriesWTests {
    private static let body = String(repeating: "学校组织教师开展校本培训活动,提升教学水平。", count: 4)

    private func chrome(_ text: String) -> [String] {
        Checker.check(text: text).findings.filter { $0.kind == .boilerplate }.map(\.text)
    }

    // MARK: 平方 for 平方米

    /// 平方 alone measures an area; the sum of the old and the new area is then read.
    @Test func bare_pingfang_is_an_area() {
        // Setup
        let text = "全镇健身场地面积3200平方,今年新增面积800平方,总面积达到4000平方。"
        // Act
        let report = Checker.check(text: text)
        // Assert
        #expect(report.quantities.map(\.unit) == ["平方", "平方", "平方"])
        #expect(report.quantities.map(\.value) == [3200, 800, 4000])
    }

    /// Near misses: 平方米 and 平方公里 stay whole units (the longest match), and 平方 with no
    /// figure before it is no quantity.
    @Test(arguments: [("新建广场1200平方米。", "平方米"), ("辖区面积35平方公里。", "平方公里")])
    func longer_area_units_stay_whole(text: String, unit: String) {
        #expect(Checker.check(text: text).quantities.map(\.unit) == [unit])
    }

    @Test func pingfang_without_a_figure_is_no_quantity() {
        #expect(Checker.check(text: "按每平方收费,面积以平方计算。").quantities.isEmpty)
    }

    // MARK: a page chunk cut after an enumeration comma

    /// A document site's chunk 2 ends inside a list, on 、 (…经验交流、安全专题、); chunk 3
    /// opens with the list's next item. Its number is chrome like the others.
    @Test func a_chunk_cut_after_an_enumeration_comma_is_chrome() {
        // Setup: the first chunk opens the text cut mid-word, the second ends on 、.
        let text = "1、某中学学期工作总结\(Self.body)师\n2、德建设\(Self.body)开展了经验交流、安全专题、\n3、班主任培训等活动。"
        // Act
        let found = chrome(text)
        // Assert
        #expect(found == ["1、", "2、", "3、"])
    }

    /// Near misses: a list item after a line ending on 、 when no chunks were signed, and a
    /// short line ending on 、 (no chunk) before the next number.
    @Test(arguments: [
        "某中学学期工作总结\n一、师德建设\n\(body)开展了经验交流、安全专题、\n3、班主任培训等活动。",
        "1、某中学学期工作总结\(body)师\n2、开展了交流、\n3、班主任培训等活动。",
    ])
    func numbered_items_after_an_enumeration_comma_stay_text(text: String) {
        #expect(!chrome(text).contains("3、"))
    }

    // MARK: a measure word that a wrapped line ends on

    private func missing(_ text: String) -> [String] {
        Checker.check(text: text).findings.filter { $0.kind == .missingNumber }.map(\.text)
    }

    /// A PDF extraction wraps a long line mid-word: 家 ⏎ 长会, 项 ⏎ 目. The measure the line
    /// stops on starts a word; no number was deleted.
    @Test func a_measure_that_ends_a_wrapped_line_is_no_deleted_number() {
        // Setup
        let text = "例行每月一次常规检查工作。定期召开各级学生座谈会,开展问卷调查,11月召开了全校各年级的家\n长会,及时了解学生和家长的意见。"
        // Act / Assert
        #expect(missing(text).isEmpty)
    }

    /// Near misses: a short line that ends on a measure (a form row), and a deleted number
    /// inside a long line, with its comma after the measure, are still flagged.
    @Test(arguments: [
        "全年接待来访群众人次",
        "定期召开各级学生座谈会,开展问卷调查,全年接待来访群众人次,及时了解学生和家长的意见,改进工作。",
    ])
    func deleted_numbers_before_punctuation_or_on_short_lines_stay_flagged(text: String) {
        #expect(!missing(text).isEmpty)
    }
}
