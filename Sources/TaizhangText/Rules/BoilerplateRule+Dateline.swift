/// Chrome19: a news lead's credit glued between its dateline and its first sentence —
/// `本报讯(记者 王朝朝)近年来,…` (zd19), `本網訊(通訊員 李永明王臘梅)今年以來,…` (zd22),
/// `本报讯(通讯员赵仕锐)2017年上半年,…` (a dev text moved into another by the metamorphic probe).
/// `reporterCredit` reads a credit bracket that ends its line; here the bracket stands right
/// after a dateline ending in 讯 (本报讯, 本网讯, 新华社讯) at the start of the lead, where a
/// document's sentence never opens a bracket: so the names inside may run together (two names
/// glued, a role glued to its name), as long as every part is a reporter's role and a name.
///
/// Chrome21 (series zf): the credit may also stand in a square bracket opening the lead, or after
/// a site's news word (`leadCredit`). Chrome22: the agencies' datelines in 日电, a space before the
/// bracket and a name before the role, once left for the gold's convention, are read by
/// `datelineBracket` (BoilerplateRule+DatelineCredit) where this narrow reader finds no credit.
extension BoilerplateRule {
    static let newsFrom = U.s("讯")

    /// The dateline and its credit, as a finding on the bracket; nil when the bracket holds
    /// anything but roles and names (工作简讯(第3期), 本报讯(记者节特刊)…).
    func datelineCredit(_ line: LineText, _ start: Int, _ end: Int) -> Hit? {
        if let credit = BoilerplateRule.leadCredit(line, start, end) {
            return Hit(kind: .boilerplate, severity: .warning, start: start, end: credit,
                       message: "网页残留:新闻电头的署名(记者、通讯员)", en: "Web residue: the byline in the news lead's dateline (reporter)")
        }
        let wider = { BoilerplateRule.datelineBracket(line, start, end).map {
            Hit(kind: .boilerplate, severity: .warning, start: $0.lowerBound, end: $0.upperBound,
                message: "网页残留:新闻电头的署名(记者、通讯员)", en: "Web residue: the byline in the news lead's dateline (reporter)")
        } }
        guard let mark = (start..<min(end, start + 6)).first(where: { line[$0] == BoilerplateRule.newsFrom }),
              mark + 1 < end, line[mark + 1] == U.lparen else { return wider() }
        var cursor = mark + 2, pairs = 0
        while cursor < end, cursor - mark <= 28, line[cursor] != U.rparen {
            let role = BoilerplateRule.reporterRoles.prefix(in: line.norm, at: cursor)
            guard role > 0 else { return wider() }
            cursor += role
            while cursor < end, line.cls(cursor).contains(.space) { cursor += 1 }
            let name = cursor
            while cursor < end, line.cls(cursor).contains(.ideograph), BoilerplateRule.reporterRoles.prefix(in: line.norm, at: cursor) == 0 { cursor += 1 }
            guard (2...8).contains(cursor - name) else { return wider() }
            pairs += 1
            while cursor < end, line.cls(cursor).contains(.space) { cursor += 1 }
        }
        guard pairs > 0, cursor < end, line[cursor] == U.rparen else { return wider() }
        let close = cursor + 1
        return Hit(kind: .boilerplate, severity: .warning, start: mark + 1, end: close,
                   message: "网页残留:新闻电头的署名(记者、通讯员)", en: "Web residue: the byline in the news lead's dateline (reporter)")
    }

    static let reportVerbs = Lexicon(["报道", "报导"])
    static let newsWord = [U.s("消"), U.s("息")]
    static let leadOpeners: Set<UInt32> = [0x3010, U.lbracketCJK, U.lbracket]
    static let leadClosers: Set<UInt32> = [0x3011, U.rbracketCJK, U.rbracket]

    /// Where a reporter's credit glued before the lead ends (chrome21, series zf): the whole
    /// credit in a square bracket opening the line — a medium, a place, the role, a name and
    /// 报道 (`【本報西莒記者陳樂團報導】莒光鄉民代表會…`, `〔記者侯承旭/高雄報導〕`) — or a site's
    /// news word, a space, a name and 报道 with its colon (`红安网消息 刘志凯报道:1月21日,…`). A
    /// document's own bracket opening a line is a heading or a note (【工作亮点】), and names no
    /// reporter who 报道.
    static func leadCredit(_ line: LineText, _ start: Int, _ end: Int) -> Int? {
        if leadOpeners.contains(line[start]) {
            guard let close = (start + 1..<min(end, start + 26)).first(where: { leadClosers.contains(line[$0]) }),
                  close - start >= 6, reportVerbs.prefix(in: line.norm, at: close - 2) == 2,
                  (start + 1..<close - 2).contains(where: { reporterRoles.prefix(in: line.norm, at: $0) > 0 }),
                  (start + 1..<close).allSatisfy({ line.cls($0).contains(.ideograph) || line[$0] == U.slash }) else { return nil }
            return close + 1
        }
        // 红安网消息 刘志凯报道: a news word within the first eight letters, a space, a name, 报道 and a colon.
        guard line.mayContain(U.s("息")), let news = line.firstIndex(of: newsWord, in: start..<min(end, start + 10)),
              (start..<news).allSatisfy({ line.cls($0).contains(.ideograph) }) else { return nil }
        var name = news + 2
        while name < end, line.cls(name).contains(.space) { name += 1 }
        guard name > news + 2 else { return nil }
        for length in 2...3 where reportVerbs.prefix(in: line.norm, at: name + length) == 2 {
            guard BylineShape.isName(line, name, name + length, anySurname: false), line[name + length + 2] == U.colon else { return nil }
            return name + length + 3
        }
        return nil
    }
}
