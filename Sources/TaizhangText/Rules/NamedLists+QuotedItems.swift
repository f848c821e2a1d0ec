/// A count after a list of quoted names: 开展了“安全生产月”、“119消防宣传”和“防灾减灾日”三项活动;
/// “一票否决”“一岗双责”“党政同责”三项制度; “三八”妇女节、“五一”劳动节、“七一”建党节等3次.
/// Items are split at 、 and 和/及/与 outside the quotes, and between two quotes that touch
/// (”“); an item is a quoted name and the words that follow it up to the separator. Only
/// agreement is reported (a quoted slogan may itself count as several).
extension NamedLists {
    /// “”, ‘’, 「」, 『』 and 《》 all set a name apart (《》 titles of rules and plans).
    static let openers: ScalarSet = [U.lquote, 0x2018, 0x300C, 0x300E, U.lbook]
    static let closers: ScalarSet = [U.rquote, 0x2019, 0x300D, 0x300F, U.rbook]

    static func quotedItems(_ line: LineText, _ hit: QuantityHit, _ n: Int) -> ArithmeticCheck? {
        quotedItems(line, countStart: hit.start, countEnd: hit.end, n)
    }

    /// `countStart..<countEnd`: the count (a figure, or a numeral the scanner reads no figure in:
    /// “A”、“B”、“C”三大主题活动).
    static func quotedItems(_ line: LineText, countStart: Int, countEnd: Int, _ n: Int) -> ArithmeticCheck? {
        var end = countStart
        if line[end - 1] == U.s("等") { end -= 1 } else if let deng = nounAfterDeng(line, before: countStart) { end = deng }
        guard end >= 2, closers.contains(line[end - 1]) || line.cls(end - 1).contains(.ideograph) else { return nil }
        // Back to the clause start, through quotes and 、; a comma inside a quoted name (“法律,离老百姓
        // 的生活不远”) ends no clause.
        var start = end, quotes = 0, depth = 0
        while start > 0 {
            let scalar = line[start - 1]
            if closers.contains(scalar) { depth += 1 } else if openers.contains(scalar) { depth = max(0, depth - 1) }
            if depth == 0, scalar == U.comma || scalar == U.semicolon || scalar == U.colon || Sentences.stops.contains(scalar) { break }
            if openers.contains(scalar) { quotes += 1 }
            start -= 1
        }
        if quotes == 1 { return singleQuotedList(line, from: start, to: end, countEnd: countEnd, n) }
        guard quotes >= 2 else { return nil }
        // Items: cut at 、/和/及/与 outside quotes and at ”“.
        var items = [Range<Int>](), itemStart = start, inside = false
        var index = start
        while index < end {
            let scalar = line[index]
            if openers.contains(scalar) {
                if !inside, index > itemStart, closers.contains(line[index - 1]) { items.append(itemStart..<index); itemStart = index }
                inside = true
            } else if closers.contains(scalar) {
                inside = false
            } else if !inside, scalar == U.ideoComma || scalar == U.s("和") || scalar == U.s("及") || scalar == U.s("与") {
                items.append(itemStart..<index); itemStart = index + 1
            }
            index += 1
        }
        items.append(itemStart..<end)
        // The first item may hold the verb before the list: it starts at its quote.
        if let first = items.first, let quote = first.first(where: { openers.contains(line[$0]) }) { items[0] = quote..<first.upperBound }
        let texts = items.filter { !$0.isEmpty }.map { line.string($0) }
        guard texts.count == n, texts.count == items.count,
              items.allSatisfy({ range in range.contains(where: { openers.contains(line[$0]) }) }),
              zip(items, texts).allSatisfy({ range, text in text.count <= 16 || text.count <= 24 && whollyQuoted(line, range) }) else { return nil }
        return make(line, items[0].lowerBound, countEnd, n, texts, strict: false, consistent: true)
    }

    /// “A”、“B”、“C”等知识讲座6期: the noun counted may stand between 等 and the count (2–6 letters,
    /// no numeral) — 等 still closes the list. Only after a closing quote (dev w03).
    static func nounAfterDeng(_ line: LineText, before countStart: Int) -> Int? {
        var at = countStart
        while at > 0, countStart - at < 6, line.cls(at - 1).contains(.ideograph), !line.cls(at - 1).contains(.cjkNumeral),
              line[at - 1] != U.s("等") { at -= 1 }
        guard countStart - at >= 2, at >= 2, line[at - 1] == U.s("等"), closers.contains(line[at - 2]) else { return nil }
        return at - 1
    }

    /// An item that is one quoted name and nothing else (“收到和处理政府信息公开申请情况”): a title of a
    /// report's part may be longer than a slogan (dev z37's 六个部分).
    static func whollyQuoted(_ line: LineText, _ range: Range<Int>) -> Bool {
        range.count >= 3 && openers.contains(line[range.lowerBound]) && closers.contains(line[range.upperBound - 1])
            && !(range.lowerBound + 1..<range.upperBound - 1).contains { openers.contains(line[$0]) || closers.contains(line[$0]) }
    }

    /// 《宪法》《民法典》《安全生产法》三部法律: a one-letter numeral right after the closing mark
    /// of a quoted list, before a measure the scanner reads no figure in (部 forms words after
    /// a numeral: 十部委); counted by `quotedItems` (agreement only).
    static func quotedListCounts(_ line: LineText) -> [ArithmeticCheck] {
        var checks = [ArithmeticCheck]()
        var index = 2
        while index < line.count - 1 {
            defer { index += 1 }
            // The numeral first: it is one class test, the closing mark a walk back.
            guard line.cls(index).contains(.cjkNumeral), closesQuotedList(line, before: index), line.cls(index + 1).contains(.ideograph),
                  !line.cls(index + 1).contains(.cjkNumeral), let run = HeadingParser.chineseRun(line, index), run.end == index + 1,
                  run.value >= 2, run.value <= 12,
                  let check = quotedItems(line, countStart: index, countEnd: index + 2, Int(run.value)) else { continue }
            checks.append(check)
        }
        return checks
    }

    /// “百姓、老兵、好人”等三大宣讲兵团: one pair of quotes holding the whole 、-list right before
    /// the count (等 between them or not). The members are the 、-segments inside, each a short
    /// name of letters; agreement only, as for every quoted list (xparts; dev zb29).
    static func singleQuotedList(_ line: LineText, from start: Int, to end: Int, countEnd: Int, _ n: Int) -> ArithmeticCheck? {
        guard closers.contains(line[end - 1]), let open = (start..<end).first(where: { openers.contains(line[$0]) }) else { return nil }
        var items = [Range<Int>](), itemStart = open + 1
        for index in (open + 1)..<(end - 1) where line[index] == U.ideoComma {
            items.append(itemStart..<index); itemStart = index + 1
        }
        items.append(itemStart..<(end - 1))
        guard items.count == n, n >= 2, items.allSatisfy({ range in
            (1...8).contains(range.count) && range.allSatisfy { line.cls($0).contains(.ideograph) } }) else { return nil }
        return make(line, open, countEnd, n, items.map { line.string($0) }, strict: false, consistent: true)
    }

    /// A closing mark right before `position`, or before a short word (等, a verb: “A”、“B”、“C”
    /// 创建三大主体活动) of at most three letters that holds no numeral.
    static func closesQuotedList(_ line: LineText, before position: Int) -> Bool {
        var at = position
        while at > 0, position - at < 3, line.cls(at - 1).contains(.ideograph), !line.cls(at - 1).contains(.cjkNumeral) { at -= 1 }
        return at > 0 && closers.contains(line[at - 1])
    }
}
