/// A count, the noun it counts, then its members: 抓好三项工作:A、B、C; 建成4个示范点,即A、
/// B、C和D; 实现了“三个全覆盖”,即A、B、C; 开展“四个一”活动:A、B、C、D; 开工建设3个村级活动
/// 场所(A、B、C). Grammar: the count, at most a short noun phrase (8 letters, a closing
/// quote allowed), then a colon, 即/包括/分别是 after a comma, or an opening bracket; the
/// members run to the sentence end (or the closing bracket), split at 、 or, when there
/// is none, at , or ; (中心小学,第二小学,初级中学). Only agreement is reported:
/// the members may go on in the next sentence, and an item may hold 和.
extension NamedLists {
    static let introducers = Lexicon(["即", "包括", "分别是", "分别为", "主要是", "主要有", "具体是", "有"])

    static func countThenMembers(_ line: LineText, _ hit: QuantityHit, _ n: Int) -> ArithmeticCheck? {
        countThenMembers(line, from: hit.start, after: hit.end, n)
    }

    /// 开展“三大行动”:A行动、B行动、C行动: the scanner reads no figure in 三大 (大 counts
    /// nothing), so a Chinese numeral before 大 is read as the count here; quoted names may
    /// also stand before it (“A”、“B”、“C”三大主题活动).
    static func greatCounts(_ line: LineText) -> [ArithmeticCheck] {
        var checks = [ArithmeticCheck]()
        var index = 0
        while index < line.count - 2 {
            defer { index += 1 }
            guard line[index + 1] == U.s("大"), line.cls(index).contains(.cjkNumeral),
                  index == 0 || !line.cls(index - 1).contains(.cjkNumeral),
                  let run = HeadingParser.chineseRun(line, index), run.end == index + 1, run.value >= 2, run.value <= 12,
                  let check = countThenMembers(line, from: index, after: index + 2, Int(run.value))
                    ?? (closesQuotedList(line, before: index) ? quotedItems(line, countStart: index, countEnd: index + 2, Int(run.value))
                        : line[index - 1] == U.rquote ? nil : sureMismatch(line, [], countStart: index, countEnd: index + 2, Int(run.value)))
            else { continue }
            checks.append(check)
        }
        return checks
    }

    static func countThenMembers(_ line: LineText, from start: Int, after countEnd: Int, _ n: Int) -> ArithmeticCheck? {
        var at = countEnd, letters = 0
        // 不合格率最高的5种产品是A(83.1%)、B(46.2%)…: 是 after the counted noun introduces
        // its members as a colon would.
        var copula = false
        while at < line.count, letters < 8, line.cls(at).contains(.ideograph) || line[at] == U.rquote || line[at] == U.lquote {
            if letters >= 1, line[at] == U.s("是"), line.cls(at + 1).contains(.ideograph) { copula = true; at += 1; break }
            at += 1; letters += 1
        }
        // 完成2个投资额在500万元以上的项目(A计划投资1400万元;B…): a noun phrase with a
        // figure in it, when a bracket with the members follows.
        if !copula, letters == 8 || line.cls(at).contains(.digit) {
            var phrase = at
            while phrase < line.count, phrase - countEnd < 24, line.cls(phrase).contains(.ideograph) || line.cls(phrase).contains(.digit)
                    || line[phrase] == U.dot { phrase += 1 }
            if line[phrase] == U.lparen { at = phrase }
        }
        // 4个村(居),即A、B、C、D: a short qualifier of the noun in brackets before 即/包括.
        if !copula, line[at] == U.lparen, line[at + 2] == U.rparen || line[at + 3] == U.rparen {
            let after = line[at + 2] == U.rparen ? at + 3 : at + 4
            if line[after] == U.comma, introducers.prefix(in: line.norm, at: after + 1) > 0 { at = after }
        }
        var close: Int? = nil
        var bare = false, introduced = false, respectively = false
        // 从三大门类看:A增长…;B增长…;C下降…: after 看 (a statistical frame) each member opens
        // a clause of its own with its figures, longer than a bare name.
        var framed = false
        if copula {
        } else if line[at] == U.colon {
            framed = line[at - 1] == U.s("看")
            at += 1
        } else if line[at] == U.lparen {
            close = (at + 1..<min(line.count, at + 120)).first { line[$0] == U.rparen }
            guard close != nil else { return nil }
            at += 1
        } else if line[at] == U.comma {
            var length = introducers.prefix(in: line.norm, at: at + 1)
            // 成立了3个工作组,分别负责宣传、排查、整改: 分别 and a verb of one or two letters.
            if length == 0, line.matches([U.s("分"), U.s("别")], at: at + 1), line.cls(at + 3).contains(.ideograph),
               line.cls(at + 4).contains(.ideograph) {
                length = 4
            }
            // 涉及3个村,东村、西村、南村。: no introducer, when the rest of the sentence is a
            // plain list of short names (checked below).
            bare = length == 0
            introduced = length > 0
            respectively = respectivelyWords.prefix(in: line.norm, at: at + 1) > 0
            at += 1 + length
            if line[at] == U.colon { at += 1 }
        } else { return nil }
        var end = at
        if let close { end = close } else {
            let limit = min(line.count, at + 160)
            while end < limit, !Sentences.stops.contains(line[end]), line[end] != U.semicolon { end += 1 }
            // 开展三项活动:读书活动;演讲活动;征文活动: a first member without 、 or , before
            // the ; means the members are set apart by ; up to the sentence end.
            if end < limit, line[end] == U.semicolon, !(at..<end).contains(where: { line[$0] == U.ideoComma || line[$0] == U.comma }) {
                while end < limit, !Sentences.stops.contains(line[end]) { end += 1 }
            }
            // 7个股室,即A、B、…、G,设14个派出机构…: after 即/包括/分别是 a list of 、 ends at
            // the first comma after a 、 (outside brackets); the next clause is no member.
            if introduced { end = listClauseEnd(line, at..<end) }
        }
        // 成立3个工作组,分别是A、B和C。: 分别是 names every member; a list that reaches the
        // sentence's end (not cut at a comma) must match the count (as `respectively`).
        let strict = respectively && (end >= line.count || Sentences.stops.contains(line[end]))
            && !(at..<end).contains { line[$0] == U.comma || line[$0] == U.semicolon }
        guard end - at >= 2 * min(n, 2) && strict || end - at >= 2 * n else { return nil }
        // A bare list is one of 、 with no comma (checked on scalars before any string is made).
        if bare, !(at..<end).contains(where: { line[$0] == U.ideoComma }) || (at..<end).contains(where: { line[$0] == U.comma }) { return nil }
        var items = split(line, at..<end)
        if items.isEmpty, bare { return nil }   // clauses set apart by commas are no list
        if items.isEmpty { items = separated(line, at..<end, longest: framed ? 40 : close == nil ? 12 : 24) }
        // 落实两个责任:主体责任和监督责任: two members joined by one 和/及/与.
        if items.isEmpty, n == 2 || strict { items = pair(line, at..<end) }
        if strict, items.count >= 2, items.count != n, items.allSatisfy({ $0.count >= 2 && $0.count <= 12 }) {
            return make(line, start, end, n, items, strict: true)
        }
        // 2家(A、B、C) / 三个村,即A、B、C、D: a mismatch no reading of the members can mend.
        // A list after a colon that reaches the sentence end names no fewer members than it
        // has segments (too many is sure; too few may go on in the next sentence).
        if items.count != n, close != nil || introduced && !respectively || line[at - 1] == U.colon && !framed,
           let check = sureMembers(line, start, close.map { $0 + 1 } ?? end, at..<end, n, bracketed: close != nil) {
            return check
        }
        // 四名成员:组长张三,成员李四、王五、赵六: names under their roles.
        if items.count != n, close == nil, !bare, let names = labelledNames(line, at..<end), names.count == n {
            return make(line, start, end, n, names, strict: false, consistent: true)
        }
        // One more item than counted: the last may hold 和 (…、工业和商用电动食品加工设备); `make`
        // reports agreement when that reading matches.
        guard items.count == n || items.count == n + 1 && !bare, items.allSatisfy({ $0.count >= 2 && $0.count <= (framed ? 40 : 24) }) else { return nil }
        if bare, !items.allSatisfy({ $0.count <= 8 && !$0.contains(where: { $0.isNumber || "，,;；(（".contains($0) }) }) { return nil }
        if items.count == n + 1 {
            guard let check = make(line, start, close.map { $0 + 1 } ?? end, n, items, strict: false), check.consistent else { return nil }
            return check
        }
        return make(line, start, close.map { $0 + 1 } ?? end, n, items, strict: false, consistent: true)
    }

    /// Members split at , or ; (whichever the list uses) when it has no 、.
    static func separated(_ line: LineText, _ range: Range<Int>, longest: Int = 12) -> [String] {
        var items = [String](), start = range.lowerBound
        let separator = range.contains { line[$0] == U.semicolon } ? U.semicolon : U.comma
        for index in range where line[index] == separator {
            items.append(line.string(start..<index)); start = index + 1
        }
        guard !items.isEmpty else { return [] }
        items.append(line.string(start..<range.upperBound))
        return items.filter { !$0.isEmpty }.count == items.count && items.allSatisfy({ $0.count <= longest }) ? items : []
    }

    /// Two names joined by a single 和/及/与 and nothing else (no other separator).
    static func pair(_ line: LineText, _ range: Range<Int>) -> [String] {
        let text = line.string(range)
        guard !text.contains(where: { "、,;，；".contains($0) }) else { return [] }
        let parts = text.split(whereSeparator: { "和及与".contains($0) }).map(String.init)
        guard parts.count == 2, parts.allSatisfy({ $0.count >= 2 && $0.count <= 8 && !$0.contains(where: \.isNumber) }) else { return [] }
        return parts
    }

    /// The end of a 、-list within `range`: the first comma outside brackets after a 、
    /// (or the range's end). A comma before any 、 leaves the range whole (members set
    /// apart by commas).
    static func listClauseEnd(_ line: LineText, _ range: Range<Int>) -> Int {
        var depth = 0, listed = false
        for index in range {
            let scalar = line[index]
            if scalar == U.lparen || scalar == U.lquote || scalar == U.lbook { depth += 1 }
            else if scalar == U.rparen || scalar == U.rquote || scalar == U.rbook { depth = max(0, depth - 1) }
            else if depth == 0, scalar == U.ideoComma { listed = true }
            else if depth == 0, scalar == U.comma { return listed ? index : range.upperBound }
        }
        return range.upperBound
    }
}
