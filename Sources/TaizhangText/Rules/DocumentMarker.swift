/// Recognises the line that starts a bundled summary in a template collection:
/// "…工作总结 篇1", "…总结模板2", "篇三:…", "第2篇", "【范文5】".
enum DocumentMarker {
    static let markerWords = Lexicon(["篇", "模板", "范文", "范例", "例文", "样文", "精选", "示例", "范本"])

    static func isMarker(_ line: LineText) -> Bool {
        let start = line.contentStart
        var end = line.count
        while end > start, line.cls(end - 1).contains(.space) || line[end - 1] == U.colon
                || line[end - 1] == U.s("】") || line[end - 1] == U.rbracket { end -= 1 }
        guard end - start >= 2, end - start <= 50, !line.contains(scalar: U.ideoStop), !line.contains(scalar: U.comma) else { return false }
        // Trailing number after a marker word: "…总结 篇1", "…模板2".
        var numberStart = end
        while numberStart > start, line.cls(numberStart - 1).contains(.digit)
                || NumberParser.chineseDigit(line[numberStart - 1]) != nil || line[numberStart - 1] == U.s("十") { numberStart -= 1 }
        if numberStart < end, numberStart - start <= 50 {
            var wordEnd = numberStart
            while wordEnd > start, line[wordEnd - 1] == 0x20 { wordEnd -= 1 }
            if markerWords.suffix(in: line.norm, endingAt: wordEnd) > 0 { return true }
        }
        // Leading marker: "篇一:…", "第2篇", "【篇3】".
        var index = start
        if line[index] == U.s("【") || line[index] == U.lbracket { index += 1 }
        if line[index] == U.s("第") {
            var cursor = index + 1
            while line.cls(cursor).contains(.digit) || NumberParser.chineseDigit(line[cursor]) != nil || line[cursor] == U.s("十") { cursor += 1 }
            return cursor > index + 1 && line[cursor] == U.s("篇")
        }
        let wordLength = markerWords.prefix(in: line.norm, at: index)
        if wordLength > 0 {
            let cursor = index + wordLength
            let next = line[cursor]
            return CharClass.of(next).contains(.digit) || NumberParser.chineseDigit(next) != nil || next == U.s("十")
        }
        return false
    }
}
