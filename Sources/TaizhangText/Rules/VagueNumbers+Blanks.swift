/// 约有xxx余亩, 近XX多人: a figure left blank in a template and still qualified twice —
/// an approximation before the blank (约, 近, 大约, optionally followed by 有) and 余/多
/// after it, before a unit. The blank is reported as a placeholder by `PlaceholderRule`;
/// the two qualifiers stay wrong whatever number is filled in, so they are reported too.
extension VagueNumbers {
    /// Prefix qualifiers that approximate (达, 超, 突破 … state a floor, not an estimate).
    static let approximations: Set<String> = ["约", "近"]

    /// Every blank is a run of marks (x X × * _), all of the placeholder trigger: a line
    /// without one has none (`blankFiguresAll` is the scan without this precheck).
    static func blankFigures(_ line: LineText) -> [Hit] {
        line.mayHavePlaceholderMarks ? blankFiguresAll(line) : []
    }

    static func blankFiguresAll(_ line: LineText) -> [Hit] {
        var hits = [Hit]()
        var index = 1
        while index < line.count {
            guard PlaceholderRule.isMark(line[index]), !PlaceholderRule.isMark(line[index - 1]) else { index += 1; continue }
            var end = index
            while end < line.count, PlaceholderRule.isMark(line[end]) { end += 1 }
            defer { index = end }
            let unit = Vocabulary.units.prefix(in: line.norm, at: end + 1)
            guard end - index >= 2, line[end] == U.s("余") || line[end] == U.s("多"), unit > 0 else { continue }
            // 约有xxx余亩: 有 may stand between the qualifier and the blank.
            let qualifierEnd = line[index - 1] == U.s("有") ? index - 1 : index
            let length = Vocabulary.prefixQualifiers.suffix(in: line.norm, endingAt: qualifierEnd)
            guard length > 0, Vocabulary.falseQualifierContext.suffix(in: line.norm, endingAt: qualifierEnd) <= length else { continue }
            let word = Vocabulary.canonicalPrefix(line.normString((qualifierEnd - length)..<qualifierEnd))
            guard approximations.contains(word) else { continue }
            let post = line.normString(end..<(end + 1))
            hits.append(Hit(kind: .doubledQualifier, severity: .warning, start: qualifierEnd - length, end: end + 1 + unit,
                            message: "约数修饰重复:“\(word)”与“\(post)”不应同时使用",
                            en: "Doubled approximation: “\(word)” and “\(post)” should not be used together"))
        }
        return hits
    }
}
