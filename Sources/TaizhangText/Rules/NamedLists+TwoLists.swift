/// Two lists in one clause, the count after the second: 先后在A、B、C、D设立E、F、G、H4个
/// 委员会 — the places are no members. When the whole clause names more items than the
/// count, the list after the clause's last verb of making (设立, 成立, 建成 …) is read on
/// its own, provided a list stands before that verb too. Only agreement is reported.
extension NamedLists {
    static let listVerbs = Lexicon(["设立", "成立", "建立", "建成", "组建", "新建", "打造", "创建", "命名", "评选出", "确定为"])

    static func listAfterVerb(_ line: LineText, _ range: Range<Int>, n: Int) -> (start: Int, items: [String])? {
        guard let verb = range.reversed().first(where: { listVerbs.prefix(in: line.norm, at: $0) > 0 }) else { return nil }
        let start = verb + listVerbs.prefix(in: line.norm, at: verb)
        guard (range.lowerBound..<verb).contains(where: { line[$0] == U.ideoComma }), start < range.upperBound else { return nil }
        let items = listItems(line, start..<range.upperBound, n: n)
        guard items.count == n, items.allSatisfy({ $0.count >= 2 && $0.count <= 16 }) else { return nil }
        return (start, items)
    }
}
