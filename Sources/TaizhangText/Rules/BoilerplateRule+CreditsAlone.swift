/// Chrome22 (series zg): two kinds of residue a news page leaves on lines of their own.
///
/// - The reporters' names alone under a paper's title (`namesAlone`): `裴蕾 柴琳琳` between the
///   title lines `前7个月` / `我省交通投资达108亿` and the lead (zg07). Two or three names set apart
///   by spaces, each of two or three letters opening on a common surname, one of them three letters
///   long, nothing else on the line, and only before the text's first sentence: a summary names its
///   people inside sentences, never as a row above its first one. Two names of two letters
///   (`高效 安全`, a slogan) and a name alone (a document's signature) stay.
/// - The same names glued after a paragraph's last sentence (`trailingNames`): `…为年度计划的56.2%等。裴蕾 柴琳琳`
///   (zg07, the paper's credit under its only paragraph) — the bracketless sister of `bracketedByline`.
/// - A photo's caption behind a triangle (`triangleCaption`): `△績優防疫志工。`,
///   `▲縣府表揚「105年工業及服務業普查」獲獎單位` (zg10, deleted-wild) — the mark opens the line and
///   one phrase follows, with no comma, semicolon or colon, at most 60 letters, no sentence end before
///   its last letter. A document's list behind a triangle (`△加强组织领导,落实责任。`) writes clauses.
extension BoilerplateRule {
    static let triangles: Set<UInt32> = [0x25B3, 0x25B2]   // △ ▲
    /// A caption is one phrase: a comma, semicolon or colon makes the line a list's clauses.
    static let captionStops: Set<UInt32> = [U.comma, U.semicolon, U.colon]

    static func namesAlone(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        // The tokens below take ideographs only: a digit or a Latin letter in the range ends the match.
        guard end - start <= 12, line.mask.contains(.space) else { return false }
        var names = 0, long = false, index = start
        while index < end {
            while index < end, line.cls(index).contains(.space) { index += 1 }
            let name = index
            while index < end, line.cls(index).contains(.ideograph) { index += 1 }
            guard index == end || line.cls(index).contains(.space),
                  BylineShape.isName(line, name, index, anySurname: false) else { return false }
            if index - name == 3 { long = true }
            names += 1
        }
        return (2...3).contains(names) && long
    }

    func trailingNames(_ line: LineText, _ start: Int, _ end: Int) -> Hit? {
        guard end - start > 8, line.mask.contains(.space), line.mask.contains(.sentenceEnd) else { return nil }
        guard let stop = (max(start + 1, end - 13)..<end).last(where: { line.cls($0).contains(.sentenceEnd) }) else { return nil }
        var names = stop + 1
        while names < end, line.cls(names).contains(.space) { names += 1 }
        guard names < end, BoilerplateRule.namesAlone(line, names, end) else { return nil }
        return Hit(kind: .boilerplate, severity: .warning, start: names, end: end,
                   message: "网页残留:新闻署名(记者、通讯员)", en: "Web residue: the news site's byline (reporter)")
    }

    static func triangleCaption(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard (4...62).contains(end - start), triangles.contains(line[start]) else { return false }
        for index in start + 1..<end {
            if captionStops.contains(line[index]) { return false }
            if index < end - 1, line.cls(index).contains(.sentenceEnd) { return false }
        }
        return line.mask.contains(.ideograph)
    }
}
