/// 〔…〕镇, 投资〔…〕万元, 等〔…〕个村: a site that strips the names and figures of a text
/// leaves an ellipsis in brackets where each stood — brackets holding only an ellipsis,
/// touching Chinese text, are a blank. An ellipsis alone (完成……等工作) trails a list,
/// brackets holding words (详见附件……) are a note, and a bracketed ellipsis alone on its
/// line marks a cut.
extension PlaceholderRule {
    static let ellipses = ScalarSet([0x2026, 0x22EF])   // … ⋯

    static func elidedBlankEnd(_ line: LineText, _ start: Int) -> Int? {
        let open = line[start]
        var end = start + 1
        while end < line.count, end - start <= 6, ellipses.contains(line[end]) || line[end] == U.dot { end += 1 }
        let inner = start + 1..<end
        guard !inner.isEmpty, line[end] == closing(of: open),
              inner.contains(where: { ellipses.contains(line[$0]) }) || inner.count >= 3 else { return nil }
        let touches = line.cls(start - 1).contains(.ideograph) || line.cls(end + 1).contains(.ideograph)
        return touches ? end + 1 : nil
    }
}
