/// Navigation rows whose separators a page drew as images or styles, so that only the words
/// came through (eighth pass, chrome6):
/// - a breadcrumb that opens with the site's home (首页总结社区工作总结, 网站首页 工作总结): a
///   summary never opens a line with 首页 or 主页;
/// - a row of three or more short words split by spaces, one of them a pair of sections
///   joined by a slash (文库 实用文档 报告/总结): a page's categories, never a sentence.
/// Short lines without a sentence end only (the caller's guard).
extension BoilerplateRule {
    static let homeWords = Lexicon(["首页", "主页", "网站首页"])

    static func navigationRow(_ line: LineText, _ start: Int, _ end: Int) -> (String, String)? {
        if homeWords.prefix(in: line.norm, at: start) > 0, !line.mask.contains(.clauseBreak), !line.mask.contains(.digit) {
            return ("网页残留:网站导航(面包屑)", "Web residue: the site's breadcrumb")
        }
        guard line.contains(scalar: U.slash) else { return nil }
        var words = 0, paired = false, length = 0
        var index = start
        while index <= end {
            if index == end || line.cls(index).contains(.space) {
                if length > 0 {
                    guard length <= 8 else { return nil }
                    words += 1
                }
                length = 0
            } else {
                let scalar = line[index]
                if scalar == U.slash {
                    guard length > 0, index + 1 < end, line.cls(index + 1).contains(.ideograph) else { return nil }
                    paired = true
                } else if !line.cls(index).contains(.ideograph) || line.cls(index).contains(.cjkNumeral) { return nil }
                length += 1
            }
            index += 1
        }
        return words >= 3 && paired ? ("网页残留:网站栏目", "Web residue: the site's sections") : nil
    }
}
