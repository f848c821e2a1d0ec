/// 几十余人, 数百多名: a vague number (几/数 + 十百千万) that is approximated once more by
/// 余/多 — two approximations on one figure, like 近1500余人.
enum VagueNumbers {
    static func scan(_ line: LineText) -> [Hit] {
        guard line.mask.contains(.cjkNumeral) else { return [] }
        var hits = [Hit]()
        var index = 0
        while index + 2 < line.count {
            // Straight to the next 几 or 数 (nothing else starts a hit).
            index = line.nextIndex(from: index, classes: 0, or: U.s("几"), U.s("数"))
            guard index + 2 < line.count else { break }
            let vague = line[index] == U.s("几") || line[index] == U.s("数")
            if vague, let unit = NumberParser.chineseUnit(line[index + 1]) ?? NumberParser.bigUnit(line[index + 1]), unit >= 10,
               line[index + 2] == U.s("余") || line[index + 2] == U.s("多") {
                let word = line.normString(index..<(index + 1)), post = line.normString((index + 2)..<(index + 3))
                hits.append(Hit(kind: .doubledQualifier, severity: .warning, start: index, end: index + 3,
                                message: "约数修饰重复:“\(word)”与“\(post)”不应同时使用",
                                en: "Doubled approximation: “\(word)” and “\(post)” should not be used together"))
                index += 3
                continue
            }
            index += 1
        }
        return hits
    }
}
