/// 文档评论(0), 文章阅读(125): a short noun of what the page shows, a counter word and a
/// bracketed count, alone on a line — a document site's counter under the text. The count
/// in brackets closing the line is what makes it a counter (评论 alone is a label).
extension WebChrome {
    static func namedCounter(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start <= 12, line[end - 1] == U.rparen else { return false }
        var open = end - 2
        while open > start, line.cls(open).contains(.digit) { open -= 1 }
        guard open < end - 2, line[open] == U.lparen else { return false }
        let word = counterWords.suffix(in: line.norm, endingAt: open)
        let noun = open - word - start
        guard word >= 2, (1...4).contains(noun) else { return false }
        return (start..<(open - word)).allSatisfy { line.cls($0).contains(.ideograph) && !line.cls($0).contains(.cjkNumeral) }
    }
}
