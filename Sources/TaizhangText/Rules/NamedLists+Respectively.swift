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
        guard items.count >= 2, items.allSatisfy({ let n = LineText.characters($0); return n >= 2 && n <= 12 }) else { return nil }
        // A list cut at a comma may go on (分别是A、B,C正在建设): a mismatch is not sure.
        return make(line, hit.start, end, n, items, strict: line[end] != U.comma)
    }

    /// 项目有三个,A、B、C。: a count closing its clause, then the list to the sentence end.
    /// Only agreement is reported (the list may go on in the next sentences).
    static func followingList(_ line: LineText, _ hit: QuantityHit, _ n: Int) -> ArithmeticCheck? {
        guard line[hit.end] == U.comma || line[hit.end] == U.colon else { return nil }
        var end = hit.end + 1, commas = 0
        while end < line.count, !Sentences.stops.contains(line[end]), line[end] != U.semicolon, end - hit.end < 120 {
            if line[end] == U.ideoComma { commas += 1 }
            end += 1
        }
        // n items hold n − 1 enumeration commas (n − 2 with a last 和): no strings otherwise.
        guard commas == n - 1 || commas == n - 2, commas > 0 else { return nil }
        let items = split(line, (hit.end + 1)..<end)
        guard items.count == n, items.allSatisfy({ let n = LineText.characters($0); return n >= 2 && n <= 24 }) else { return nil }
        return make(line, hit.start, end, n, items, strict: false, consistent: true)
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

    /// 三区(A、B、C), 两个提升(A、B、C), 五路(…): a Chinese count and a short noun right
    /// before a bracket that names the members (the quoted form is `abbreviations`).
    static func bracketedLists(_ line: LineText) -> [ArithmeticCheck] {
        var checks = [ArithmeticCheck]()
        var index = line.nextIndex(from: 2, classes: 0, or: U.lparen)
        while index < line.count {
            defer { index = line.nextIndex(from: index + 1, classes: 0, or: U.lparen) }
            guard line.cls(index - 1).contains(.ideograph) else { continue }
            // The noun after the numeral: one to four ideographs, no numeral among them.
            var nounStart = index
            while nounStart > 0, index - nounStart < 4, line.cls(nounStart - 1).contains(.ideograph),
                  !line.cls(nounStart - 1).contains(.cjkNumeral) { nounStart -= 1 }
            var numeralStart = nounStart
            while numeralStart > 0, nounStart - numeralStart < 3, line.cls(numeralStart - 1).contains(.cjkNumeral) { numeralStart -= 1 }
            // 两 is 2 before a noun (两个提升), though never an outline numeral.
            let two = line[numeralStart] == U.s("两") && nounStart == numeralStart + 1
            guard numeralStart < nounStart, nounStart < index, line[numeralStart - 1] != U.s("第"), line[numeralStart - 1] != U.rquote,
                  let run = two ? (2, nounStart) : HeadingParser.chineseRun(line, numeralStart), run.end == nounStart, run.value >= 2, run.value <= 12,
                  let close = (index + 1..<min(line.count, index + 100)).first(where: { line[$0] == U.rparen }) else { continue }
            // Members are split at 、 (or one 和/及/与): no strings for other brackets.
            guard (index + 1..<close).contains(where: { line[$0] == U.ideoComma || line[$0] == U.s("和") || line[$0] == U.s("及") || line[$0] == U.s("与") })
            else { index = close; continue }
            let items = names(line, (index + 1)..<close)
            guard items.count >= 2, items.allSatisfy({ let n = LineText.characters($0); return n >= 2 && n <= 12 }) else { continue }
            checks.append(ifAny: make(line, numeralStart, close + 1, run.value, items, strict: true)
                ?? sureMembers(line, numeralStart, close + 1, (index + 1)..<close, run.value, bracketed: true))
            index = close
        }
        return checks
    }
}
