/// Chrome19: a news lead's credit glued between its dateline and its first sentence —
/// `本报讯(记者 王朝朝)近年来,…` (zd19), `本網訊(通訊員 李永明王臘梅)今年以來,…` (zd22),
/// `本报讯(通讯员赵仕锐)2017年上半年,…` (a dev text moved into another by the metamorphic probe).
/// `reporterCredit` reads a credit bracket that ends its line; here the bracket stands right
/// after a dateline ending in 讯 (本报讯, 本网讯, 新华社讯) at the start of the lead, where a
/// document's sentence never opens a bracket: so the names inside may run together (two names
/// glued, a role glued to its name), as long as every part is a reporter's role and a name.
extension BoilerplateRule {
    static let newsFrom = U.s("讯")

    /// The dateline and its credit, as a finding on the bracket; nil when the bracket holds
    /// anything but roles and names (工作简讯(第3期), 本报讯(记者节特刊)…).
    func datelineCredit(_ line: LineText, _ start: Int, _ end: Int) -> Hit? {
        guard let mark = (start..<min(end, start + 6)).first(where: { line[$0] == BoilerplateRule.newsFrom }),
              mark + 1 < end, line[mark + 1] == U.lparen else { return nil }
        var cursor = mark + 2, pairs = 0
        while cursor < end, cursor - mark <= 28, line[cursor] != U.rparen {
            let role = BoilerplateRule.reporterRoles.prefix(in: line.norm, at: cursor)
            guard role > 0 else { return nil }
            cursor += role
            while cursor < end, line.cls(cursor).contains(.space) { cursor += 1 }
            let name = cursor
            while cursor < end, line.cls(cursor).contains(.ideograph), BoilerplateRule.reporterRoles.prefix(in: line.norm, at: cursor) == 0 { cursor += 1 }
            guard (2...8).contains(cursor - name) else { return nil }
            pairs += 1
            while cursor < end, line.cls(cursor).contains(.space) { cursor += 1 }
        }
        guard pairs > 0, cursor < end, line[cursor] == U.rparen else { return nil }
        let close = cursor + 1
        return Hit(kind: .boilerplate, severity: .warning, start: mark + 1, end: close,
                   message: "网页残留:新闻电头的署名(记者、通讯员)", en: "Web residue: the byline in the news lead's dateline (reporter)")
    }
}
