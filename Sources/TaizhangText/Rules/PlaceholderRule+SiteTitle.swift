/// 某某城中心_某某足球网-【某某平台】: a web page's title joins its segments with _, - and
/// 【】 (page name _ site name - slogan), and a site's title injected into a sentence keeps
/// them (twenty-first pass, zafix). One underscore between two names, the second name closed
/// by a hyphen, a vertical bar or 【, is such a separator, not a blank: a blank in a template
/// stands for a figure or a word inside a clause (于_月_日, 共_人) and no title separator
/// follows the word after it.
extension PlaceholderRule {
    static func joinsTitleSegments(_ line: LineText, _ index: Int) -> Bool {
        guard index > 0, line.cls(index - 1).contains(.ideograph), line.cls(index + 1).contains(.ideograph) else { return false }
        var cursor = index + 1
        while cursor < line.count, cursor - index <= 20, line.cls(cursor).contains(.ideograph) || line.cls(cursor).contains(.latin) {
            cursor += 1
        }
        guard cursor - index >= 3, cursor < line.count else { return false }
        return line[cursor] == U.hyphen || line[cursor] == U.s("|") || line[cursor] == U.s("【")
    }
}
