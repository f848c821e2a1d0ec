/// The second line of a title split after the unit's name (twenty-sixth pass, chrome20):
/// `永和縣城鎮第二幼兒園` ⏎ `自查報告` (ze20). A template site's section label (自查报告, 工作总结,
/// 半年总结) stands alone among other labels or under the site's name; under a line that names a
/// unit — a short line, no chrome, no sentence end, no figure, closing on a unit's last letter
/// (园, 局, 院, 校, 镇 … `BylineShape.isUnitEnd`) — the genre word completes the title the way
/// Chinese titles are built, <unit> + <genre>. Only a genre word is spared (a title's tail), and
/// only right under the unit's line: a run of labels under it stays chrome.
extension BoilerplateRule {
    static let genreEndings = Lexicon(["报告", "总结", "计划", "汇报", "方案", "小结", "规划", "要点"])

    /// True when the line, taken whole by a label reader, is such a title's second line.
    func titleTail(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard unitLineBefore, end - start >= 2, end - start <= 8, !line.mask.contains(.digit), !line.mask.contains(.latin) else { return false }
        return BoilerplateRule.genreEndings.prefix(in: line.norm, at: end - 2) == 2
    }
}
