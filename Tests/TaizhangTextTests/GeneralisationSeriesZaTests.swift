import Testing
@testable import TaizhangText

/// Twenty-first pass (issue #14, zafix): precision failures the unseen za series showed,
/// written as general shapes — never corpus text. Each positive has near misses that must
/// hold either way.
@Suite struct GeneralisationSeriesZaTests {
    private func flags(_ text: String) -> [String] {
        Checker.check(text: text).checks.filter { !$0.consistent }.map(\.statement)
    }

    private func findings(_ text: String, _ kind: FindingKind) -> [String] {
        Checker.check(text: text).findings.filter { $0.kind == kind }.map(\.text)
    }

    // MARK: a 其中 list breaks down the figure it follows

    /// The marker's sentence states its own whole (22家) before 其中: a figure of the parts'
    /// measure a sentence back is no total of the list.
    @Test func qizhong_after_its_own_sentences_figure_is_not_read_against_a_sentence_back() {
        // Setup
        let text = "今年引进了5个优质新品种。全县现有龙头企业22家,其中省级2家;农民合作社769个,新增6个。"
        // Act
        let found = flags(text)
        // Assert
        #expect(found.isEmpty)
    }

    /// Near misses: a 其中 that opens its sentence still breaks down the sentence before, and
    /// parts exceeding the whole of their own sentence are still flagged.
    @Test(arguments: ["全县新建村级服务站5个。其中示范站3个、标准站4个。",
                      "全县现有龙头企业22家,其中省级12家、市级15家。"])
    func qizhong_against_its_own_whole_is_still_flagged(text: String) {
        #expect(flags(text).count == 1)
    }

    /// A part of an earlier list (48人) is not the whole of a sibling's list: after a clause
    /// break, a figure of another measure (111户) opens the sibling the next 其中 breaks down.
    @Test func a_siblings_list_is_not_read_against_a_part_before_it() {
        // Setup
        let text = "b类家庭42户,其中:单亲家庭14户24人、困难家庭18户48人,c类家庭111户,占低保户的51%其中:"
            + "因病家庭43户,一般家庭68户,老人83户,122人。"
        // Act
        let found = flags(text)
        // Assert
        #expect(found.isEmpty)
    }

    /// Near misses: a part broken down right after it, and a total with a figure of another
    /// measure between it and 其中 but no earlier list, are still read against their parts.
    @Test(arguments: ["b类家庭42户,其中:单亲家庭14户24人、困难家庭18户48人,其中:老人30人、儿童25人。",
                      "举办培训班8期,培训1200人次,其中:初级班5期、中级班4期。"])
    func a_total_with_its_own_list_is_still_flagged(text: String) {
        #expect(flags(text).count == 1)
    }
}
