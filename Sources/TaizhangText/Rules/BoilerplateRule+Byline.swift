/// A news site's byline in brackets after the paragraph's last sentence:
/// "…带来了方便。(兴盛街道 审稿人:侯会东 发稿人:史越)". Told by structure, not by its
/// words: the bracket closes the line right after a sentence end, and holds two or more
/// space-separated fields "key:value", each a short run of ideographs on both sides
/// (roles and names). A bracket holding one field, or a clause (…,其中…), is not taken:
/// a summary may end on a bracketed note of its own. Reporters' names alone count too — two
/// or more space-separated runs of two or three ideographs, none a numeral ("。 (林国富 翁志鹏)",
/// eighteenth pass, corpus-u) — and spaces may stand between the sentence end and the bracket.
extension BoilerplateRule {
    static let bylineSpan = 48

    func bracketedByline(_ line: LineText, _ start: Int, _ lineEnd: Int) -> Hit? {
        // A closing bracket doubled by the page (`…工作。(王艳 武明竹))`, zg08) closes the same byline.
        let end = lineEnd - start > 5 && line[lineEnd - 1] == U.rparen && line[lineEnd - 2] == U.rparen ? lineEnd - 1 : lineEnd
        guard end - start > 4, line[end - 1] == U.rparen else { return nil }
        guard let open = (max(start, end - BoilerplateRule.bylineSpan)..<(end - 1)).last(where: { line[$0] == U.lparen }),
              open > start else { return nil }
        var before = open - 1
        while before > start, line.cls(before).contains(.space) { before -= 1 }
        guard line.cls(before).contains(.sentenceEnd) else { return nil }
        var fields = 0, names = 0, tokens = 0, cursor = open + 1
        while cursor < end - 1 {
            // One space-separated token: ideographs, optionally "ideographs:ideographs".
            let tokenStart = cursor
            while cursor < end - 1, line.cls(cursor).contains(.ideograph) { cursor += 1 }
            let key = cursor - tokenStart
            if line[cursor] == U.colon {
                cursor += 1
                let valueStart = cursor
                while cursor < end - 1, line.cls(cursor).contains(.ideograph) { cursor += 1 }
                guard (1...5).contains(key), (1...5).contains(cursor - valueStart) else { return nil }
                fields += 1
            } else if key == 0 {
                return nil
            } else if (2...3).contains(key), !(tokenStart..<cursor).contains(where: { line.cls($0).contains(.cjkNumeral) }) {
                names += 1
            }
            tokens += 1
            guard cursor == end - 1 || line.cls(cursor).contains(.space) else { return nil }
            while cursor < end - 1, line.cls(cursor).contains(.space) { cursor += 1 }
        }
        guard fields >= 2 || names >= 2 && names == tokens else { return nil }
        return Hit(kind: .boilerplate, severity: .warning, start: open, end: lineEnd,
                   message: "网页残留:新闻署名(审稿、发稿等)", en: "Web residue: the news site's byline")
    }
}
