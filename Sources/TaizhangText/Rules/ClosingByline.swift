/// A credit in brackets after the document's last sentence (twenty-first pass, chrome15):
/// "…做出了积极贡献。(冯涛)", "…实现了时间过半任务过半。(胡集镇)", "(县农业局刘广刚)",
/// "(本报记者刘芳滨)". News and government sites sign a reposted text so; a summary ends on its
/// sentence or on its signature line, never on a bracketed name. `BoilerplateRule.bracketedByline`
/// takes the unambiguous forms anywhere (two names, key:value fields); one name or one unit is
/// taken only here, where position decides: the bracket closes the line right after a sentence
/// end (or stands alone below one), holds a credit's shape (`BylineShape`), and no paragraph
/// follows it — a bracketed note in mid-text ("(县教育局)" under a compiled report's section)
/// is left. So the candidate is held and reported when the input or the bundled text ends, and
/// dropped by any later line of prose.
struct ClosingByline {
    private var held: (line: Int, column: Int, text: String)?
    private var sawProse = false

    /// Reads every line (`chrome`: another rule reported something on it).
    mutating func observe(_ line: LineText, chrome: Bool) {
        let start = line.contentStart
        var end = line.count
        while end > start, line.cls(end - 1).contains(.space) { end -= 1 }
        guard end > start else { return }
        // Alone on its line, the credit needs a paragraph above it; glued, its line holds one.
        if !chrome, let open = ClosingByline.creditStart(line, start, end), sawProse || open > start {
            held = (line.number, line.column(of: open), line.string(open..<end))
            return
        }
        // Prose after the held credit: it was no closing. A line another rule took whole is no prose.
        if !chrome, end - start >= 20, line.mask.contains(.sentenceEnd) {
            held = nil
            sawProse = true
        }
    }

    /// The document ended (a bundled text's marker, or the input's end): the held credit, if any.
    mutating func finish() -> Finding? {
        defer { held = nil; sawProse = false }
        guard let held else { return nil }
        return Finding(kind: .boilerplate, severity: .warning, line: held.line, column: held.column, text: held.text,
                       message: "网页残留:文末括号中的署名", messageEn: "Web residue: a credit in brackets after the last sentence")
    }

    /// Where the bracket of a credit closing the line starts, if the line ends with one.
    static func creditStart(_ line: LineText, _ start: Int, _ end: Int) -> Int? {
        guard end - start >= 4, line[end - 1] == U.rparen else { return nil }
        guard let open = (max(start, end - 32)..<(end - 1)).last(where: { line[$0] == U.lparen }) else { return nil }
        if open > start {
            var before = open - 1
            while before > start, line.cls(before).contains(.space) { before -= 1 }
            // Not after a clause (…,(…)) nor a figure: only a sentence closed before it, and a paragraph's worth of it.
            guard line.cls(before).contains(.sentenceEnd), before - start >= 20 else { return nil }
        }
        return BylineShape.isCredit(line, open + 1, end - 1) ? open : nil
    }
}
