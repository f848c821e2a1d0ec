/// A 前N rank range counted by members that `countThenMembers` cannot read (issue #14, xsum22):
/// - members opening the range's own clause, the range closing it —
///   《盗墓笔记》《明朝那些事儿》…《红岩》获得借阅量前十 (titles set side by side, no 、), or
///   杭州银行、无锡银行、张家港行的净利润同比增幅在上市银行中排名前三 (a 、-list whose last name ends
///   at the first 的): the range then ranks exactly the members named before it;
/// - members after 的是/为/分别为 set apart by ；, each row carrying its own figures and 、 inside its
///   name — 前10位的是:三农类8308件;规划、住房和城乡建设类2735件;… — so a row, not a 、, is a member.
/// Only agreement is reported, as for every announced list: a range that names fewer members than
/// its count (前5名中,1、3、4、5名…) or a 前 that is no range (前三季度) tells nothing.
extension NamedLists {
    static func rankMembers(_ line: LineText, range index: Int, _ run: (value: Int, end: Int)) -> ArithmeticCheck? {
        let ranked = line[run.end] == U.s("位") || line[run.end] == U.s("名")
        let countEnd = ranked ? run.end + 1 : run.end
        return membersBefore(line, range: index, countEnd: countEnd, run.value)
            ?? (ranked ? rowsAfter(line, range: index, countEnd: countEnd, run.value) : nil)
    }

    /// Closes the clause (a stop, comma, semicolon or the line's end right after the range).
    private static func membersBefore(_ line: LineText, range index: Int, countEnd: Int, _ n: Int) -> ArithmeticCheck? {
        let after = line[countEnd]
        guard countEnd >= line.count || after == U.comma || after == U.semicolon || Sentences.stops.contains(after) else { return nil }
        // The clause start, walking back over titles (a title may hold a colon: 《余罪:我的刑侦笔记》).
        var start = index, depth = 0
        while start > 0 {
            let scalar = line[start - 1]
            if scalar == U.rbook { depth += 1 } else if scalar == U.lbook { depth = max(0, depth - 1) }
            else if depth == 0, scalar == U.comma || scalar == U.semicolon || scalar == U.colon || Sentences.stops.contains(scalar) { break }
            start -= 1
        }
        let items: [String]
        var listEnd = start
        if line[start] == U.lbook {
            // Titles side by side or joined by 、, then a short verb phrase before the range.
            var titles = [String]()
            while line[listEnd] == U.lbook, let close = (listEnd + 1..<index).first(where: { line[$0] == U.rbook }) {
                titles.append(line.string((listEnd + 1)..<close))
                listEnd = close + 1
                if line[listEnd] == U.ideoComma, line[listEnd + 1] == U.lbook { listEnd += 1 }
            }
            guard titles.count >= 2, index - listEnd <= 12,
                  (listEnd..<index).allSatisfy({ line.cls($0).contains(.ideograph) && !line.cls($0).contains(.cjkNumeral) }) else { return nil }
            items = titles
        } else {
            // A 、-list whose last name runs to the first 的 after the last 、.
            guard let lastComma = (start..<index).last(where: { line[$0] == U.ideoComma }),
                  let de = (lastComma + 1..<min(index, lastComma + 14)).first(where: { line[$0] == U.s("的") }) else { return nil }
            listEnd = de
            items = split(line, start..<listEnd)
            guard items.allSatisfy({ LineText.characters($0) >= 2 && LineText.characters($0) <= 12 && !$0.contains(where: \.isNumber) }) else { return nil }
        }
        guard items.count == n else { return nil }
        return make(line, start, countEnd, n, items, strict: false, consistent: true)
    }

    /// 的是 / 为 / 分别为 / 依次是 after the range, then rows set apart by ；up to the sentence end.
    private static func rowsAfter(_ line: LineText, range index: Int, countEnd: Int, _ n: Int) -> ArithmeticCheck? {
        var at = countEnd
        if line[at] == U.s("的") { at += 1 }
        if line.matches([U.s("分"), U.s("别")], at: at) || line.matches([U.s("依"), U.s("次")], at: at) { at += 2 }
        guard line[at] == U.s("是") || line[at] == U.s("为") else { return nil }
        at += 1
        if line[at] == U.colon { at += 1 }
        var end = at
        while end < line.count, !Sentences.stops.contains(line[end]) { end += 1 }
        guard (at..<end).contains(where: { line[$0] == U.semicolon }) else { return nil }
        var rows = [String](), rowStart = at
        for position in at...end where position == end || line[position] == U.semicolon {
            // The row's name: its letters before its first figure, bracket or comma.
            var nameEnd = rowStart
            while nameEnd < position, line.cls(nameEnd).contains(.ideograph) || line[nameEnd] == U.ideoComma { nameEnd += 1 }
            if position > rowStart { rows.append(line.string(rowStart..<nameEnd)) }
            rowStart = position + 1
        }
        guard rows.count == n, rows.allSatisfy({ LineText.characters($0) >= 2 && LineText.characters($0) <= 16 }) else { return nil }
        return make(line, index, end, n, rows, strict: false, consistent: true)
    }
}
