/// Counts that refer back to a list already named: 重点推进东村、西村、南村的改造。上述三个村
/// 均已完成; 完成了东村、西村和南村的改造,这三个村已全部验收. A demonstrative (上述, 以上,
/// 这, 这些, 该, 此, 前述) right before the count points at the last 、-list before it, in
/// its line or at the end of the line before. Only agreement is reported.
///
/// Also lists set apart by commas or spaces instead of 、 (PDF text, loose typing):
/// 新建了东村,西村,南村3个村; 东村 西村 南村三个村 — short segments right before a count
/// of things (个, 项, 家 …), agreement only.
extension NamedLists {
    static let demonstratives = Lexicon(["上述", "以上", "前述", "这些", "这", "该", "此"])

    static func referredList(_ line: LineText, _ hit: QuantityHit, _ n: Int, previous: LineText?) -> ArithmeticCheck? {
        // 完成了东村、西村、南村的改造,共计3个村: the count sums up the clause before.
        let summing = Arithmetic.totalWords.suffix(in: line.norm, endingAt: hit.start)
        if summing > 0, line[hit.start - summing - 1] == U.comma {
            let end = hit.start - summing - 1
            let start = Sentences.listStart(line, before: end)
            let items = listItems(line, start..<end, n: n)
            if items.count == n { return make(line, start, hit.end, n, items, strict: false, consistent: true) }
        }
        guard demonstratives.suffix(in: line.norm, endingAt: hit.start) > 0 else { return nil }
        // The last clause before the count that holds a 、-list.
        var end = hit.start - demonstratives.suffix(in: line.norm, endingAt: hit.start)
        while end > 0 {
            let start = Sentences.listStart(line, before: end)
            let items = listItems(line, start..<end, n: n)
            if items.count >= 2 {
                guard items.count == n || (items.count - 1 == n && items.last?.contains("和") == true) else { return nil }
                return make(line, start, hit.end, n, items, strict: false, consistent: true)
            }
            end = start - 1
            if end < 0 || hit.start - end > 200 { break }
        }
        if let previous, let items = lastListOf(previous), items.count == n {
            return make(line, hit.start, hit.end, n, items, strict: false, consistent: true)
        }
        return nil
    }

    private static func lastListOf(_ line: LineText) -> [String]? {
        var end = line.count
        while end > 0, !line.cls(end - 1).contains(.ideograph) { end -= 1 }
        var scan = end
        while scan > 0 {
            let start = Sentences.listStart(line, before: scan)
            let items = split(line, start..<scan)
            if items.count >= 2 { return items.map { item in
                // The list's last item runs to the clause end (…南村的改造): keep its name.
                item.components(separatedBy: "的").first ?? item
            } }
            scan = start - 1
            if scan < 0 || end - scan > 200 { break }
        }
        return nil
    }

    static func looseList(_ line: LineText, _ hit: QuantityHit, _ n: Int) -> ArithmeticCheck? {
        guard countMeasures.contains(hit) || QuantityHit.isExactly(hit.measure, "所") || QuantityHit.isExactly(hit.measure, "支"), n >= 2 else { return nil }
        var items = [Range<Int>]()
        var end = hit.start
        while items.count < n + 1, end > 0 {
            var start = end
            while start > 0, line.cls(start - 1).contains(.ideograph) { start -= 1 }
            guard end - start >= 1 else { break }
            items.insert(start..<end, at: 0)
            guard start > 0, line[start - 1] == U.comma || line.cls(start - 1).contains(.space) else { break }
            end = start - 1
            while end > 0, line.cls(end - 1).contains(.space) { end -= 1 }
        }
        // Every member but the first (which may carry the verb) is a short name.
        guard items.count == n, items.dropFirst().allSatisfy({ $0.count >= 2 && $0.count <= 6 }),
              let first = items.first, first.count >= 2, first.count <= 12 else { return nil }
        let texts = items.map { line.string($0) }
        return make(line, first.lowerBound, hit.end, n, texts, strict: false, consistent: true)
    }
}
