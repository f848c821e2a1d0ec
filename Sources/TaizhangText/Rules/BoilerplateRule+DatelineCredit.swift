/// Chrome22 (session 22: the lead settled that credits are boilerplate, as h13, x21, zc03 and series
/// ze, zf and zg mark them; b07, f17, u11 and x17's gold was brought to it): the credit bracket after
/// a news dateline in the forms chrome19's `datelineCredit` leaves —
/// - an agency's or a site's dateline in 日电 (`新華社北京7月21日電(記者王希)`, `人民网芜湖3月7日电(记者 苗子健)`);
/// - a space between the dateline and the bracket (`西江都市报讯 (记者 林创 通讯员 梁观远)`,
///   `湖北日報訊 (記者王晶、通訊員李丹、王儷穎)`);
/// - a name, or the desk's short name, before the role (`本网讯 (马建银 记者 苏晨)`, `星報訊(合公新 記者 王瑋偉)`).
/// The dateline is told by its grammar: it opens the line, holds only letters and digits (at most
/// 18) and closes on 讯, on a site's 消息, or on a date's 日 and 电. The bracket holds only a credit's tokens
/// (`BylineShape`), one of them a news role. A document's own line may open on a bulletin's name
/// (`工作简讯(第3期)`), but its bracket then holds no role and no name.
extension BoilerplateRule {
    static let wire = U.s("电"), dateDay = U.s("日")

    /// The range of the credit bracket after the line's dateline, or nil.
    static func datelineBracket(_ line: LineText, _ start: Int, _ end: Int) -> Range<Int>? {
        guard line.mayContain(U.lparen) else { return nil }
        var cursor = start
        while cursor < end, cursor - start < 18, line.cls(cursor).contains(.ideograph) || line.cls(cursor).contains(.digit) { cursor += 1 }
        guard cursor - start >= 3, cursor < end else { return nil }
        let last = line[cursor - 1]
        let agency = last == wire && line[cursor - 2] == dateDay && line.cls(cursor - 3).contains(.digit)
        // A site's news word (`赤壁网消息(记者 王红云 实习生 徐纯)`, za21).
        let site = line[cursor - 2] == newsWord[0] && last == newsWord[1]
        guard last == newsFrom || agency || site else { return nil }
        var open = cursor
        while open < end, open - cursor < 2, line.cls(open).contains(.space) { open += 1 }
        guard open < end, line[open] == U.lparen,
              let close = (open + 1..<min(end, open + 32)).first(where: { line[$0] == U.rparen }),
              credits(line, open + 1, close) else { return nil }
        return open..<close + 1
    }

    /// A bracket's inside made of credit tokens only — set apart by spaces, 、 or commas, at most
    /// six — with a news role among them; a short unknown token stands only right before a role
    /// (the desk's short name: `合公新 記者`).
    static func credits(_ line: LineText, _ from: Int, _ to: Int) -> Bool {
        var tokens: [Range<Int>] = [], index = from
        while index < to {
            while index < to, line.cls(index).contains(.space) || line[index] == U.ideoComma || line[index] == U.comma { index += 1 }
            guard index < to else { break }
            let tokenStart = index
            while index < to, line.cls(index).contains(.ideograph) { index += 1 }
            guard index > tokenStart, index == to || line.cls(index).contains(.space) || line[index] == U.ideoComma || line[index] == U.comma else { return false }
            tokens.append(tokenStart..<index)
        }
        guard (1...6).contains(tokens.count) else { return false }
        let isRole = { (token: Range<Int>) in
            let at = line.matches([U.s("本"), U.s("报")], at: token.lowerBound) ? token.lowerBound + 2 : token.lowerBound
            return BylineShape.creditRoles.prefix(in: line.norm, at: at) > 0
        }
        guard tokens.contains(where: isRole) else { return false }
        for (number, token) in tokens.enumerated() {
            if BylineShape.isCreditToken(line, token.lowerBound, token.upperBound, afterUnit: number > 0) { continue }
            guard number + 1 < tokens.count, isRole(tokens[number + 1]), (2...4).contains(token.count) else { return false }
        }
        return true
    }
}
