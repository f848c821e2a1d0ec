/// Counts followed by the list of what they count:
/// - 建成服务站3个,分别是A和B: 分别是 / 分别为 names every member, so the names must
///   match the count (短 names only: a long item may be a clause holding 和);
/// - 两个提升(A、B、C): a count, a short noun and the members in brackets.
extension NamedLists {
    static let respectivelyWords = Lexicon(["分别是", "分别为"])

    static func respectively(_ line: LineText, _ hit: QuantityHit, _ n: Int) -> ArithmeticCheck? {
        var at = hit.end
        if line[at] == U.comma || line[at] == U.colon { at += 1 }
        let length = respectivelyWords.prefix(in: line.norm, at: at)
        guard length > 0 else { return nil }
        if line[at + length] == U.colon { at += 1 }
        let itemsStart = at + length
        var end = itemsStart
        while end < line.count, !Sentences.stops.contains(line[end]), line[end] != U.comma, line[end] != U.semicolon { end += 1 }
        let items = names(line, itemsStart..<end)
        guard items.count >= 2, items.allSatisfy({ $0.count >= 2 && $0.count <= 12 }) else { return nil }
        return make(line, hit.start, end, n, items, strict: true, consistent: items.count == n)
    }

    /// Names split at 、 and a last 和/及/与; without 、, one 和/及/与 makes a pair.
    static func names(_ line: LineText, _ range: Range<Int>) -> [String] {
        let items = split(line, range)
        if !items.isEmpty { return items }
        let text = line.string(range)
        for joiner in ["以及", "和", "及", "与"] {
            let parts = text.components(separatedBy: joiner)
            if parts.count == 2 { return parts }
        }
        return []
    }

    static func bracketedList(_ line: LineText, _ hit: QuantityHit, _ n: Int) -> ArithmeticCheck? {
        guard hit.number.isChinese, hit.measure == "个" || hit.measure == "项" || hit.measure == "大" else { return nil }
        var open = hit.end
        while open < line.count, open - hit.end <= 4, line.cls(open).contains(.ideograph) { open += 1 }
        guard open > hit.end, line[open] == U.lparen,
              let close = (open + 1..<min(line.count, open + 80)).first(where: { line[$0] == U.rparen }) else { return nil }
        let items = names(line, (open + 1)..<close)
        guard items.count >= 2, items.allSatisfy({ $0.count >= 2 && $0.count <= 12 }) else { return nil }
        return make(line, hit.start, close + 1, n, items, strict: true, consistent: items.count == n)
    }
}
