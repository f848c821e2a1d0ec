/// Twenty-fifth pass (blanks19): marks that look like blanks but belong to a token of the page —
/// the separators of a spam keyword chain, a letter of a forum's anti-copy noise, a masked value
/// after a label. Each is told by its neighbours, not by the words around it.
extension PlaceholderRule {
    /// 人流价格表_医院网站建设的目的_app拉新一手渠道_今日热搜头条, 在线观看 _久久…_国产…: an
    /// injected keyword chain or a page title joins words with single underscores, so a word of
    /// the chain runs from one underscore to the next with nothing but letters between them. A
    /// template's blanks stand in a sentence (开展活动_余场次,设有_个): punctuation parts them, or
    /// the words beside them are short (于_月_日). An underscore is a joint when the words on both
    /// sides hold `chainWordLength` letters and one of them reaches another single underscore.
    static func joinsKeywordChain(_ line: LineText, _ index: Int) -> Bool {
        let left = segment(line, from: index - 1, step: -1), right = segment(line, from: index + 1, step: 1)
        guard left.length >= chainWordLength, right.length >= chainWordLength else { return false }
        return left.joint || right.joint
    }

    static let chainWordLength = 3

    /// The letters (ideographs, Latin letters, digits; a space next to the underscore) read from
    /// `start` away from an underscore, and whether they end at another single underscore.
    private static func segment(_ line: LineText, from start: Int, step: Int) -> (length: Int, joint: Bool) {
        var cursor = start, length = 0
        if line.cls(cursor).contains(.space) { cursor += step }
        while cursor >= 0, cursor < line.count,
              line.cls(cursor).contains(.ideograph) || line.cls(cursor).contains(.latin) || line.cls(cursor).contains(.digit) {
            length += 1
            cursor += step
        }
        if line.cls(cursor).contains(.space) { cursor += step }
        let joint = cursor >= 0 && cursor < line.count && line[cursor] == U.underscore
            && line[cursor + step] != U.underscore && (cursor - step < 0 || line[cursor - step] != U.underscore)
        return (length, joint)
    }

    /// `o6 x深入`, `9 X 在`: discuz pages scatter short Latin-and-punctuation tokens through the text
    /// against copying. A letter run whose left neighbour, across one space, is a Latin letter or a
    /// digit continues that noise; a template's blank follows Chinese text or punctuation (共 xx 人).
    static func noiseToken(_ line: LineText, _ start: Int) -> Bool {
        guard line.cls(start - 1).contains(.space) else { return false }
        let beyond = line.cls(start - 2)
        return beyond.contains(.latin) || beyond.contains(.digit)
    }

    /// 上传人:太**, 会员:l**: the stars follow a token of one to three letters that a label's colon opens.
    static func labelledToken(_ line: LineText, before start: Int) -> Bool {
        var cursor = start
        while cursor > 0, start - cursor < 3, !line.cls(cursor - 1).contains(.space), line[cursor - 1] != U.colon { cursor -= 1 }
        return cursor < start && cursor > 0 && line[cursor - 1] == U.colon
    }
}

extension PlaceholderRule {
    /// xuey****n398, b****0: stars inside a token of Latin letters and digits that holds a letter
    /// are a site's masked account name. A template's blank stands for a figure or a Chinese word
    /// and touches Chinese text or a figure's digits (201*年, 3*.*7%), never a Latin letter.
    static func maskedAccount(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        let before = line.cls(start - 1), after = line.cls(end)
        let alphanumeric = { (c: CharClass) in c.contains(.latin) || c.contains(.digit) }
        return alphanumeric(before) && alphanumeric(after) && (before.contains(.latin) || after.contains(.latin))
    }

    /// 救字[XX]10号, 活动[X]场: an x run that fills a pair of square brackets (or 【】) whole, the pair
    /// set in Chinese text (an ideograph right before it or right after it), stands for a year, a
    /// name or a count. A Latin code in brackets holds other letters ([XL]).
    static func bracketedBlank(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        let open = line[start - 1], close = line[end]
        guard open == U.lbracket && close == U.rbracket || open == lenticular && close == lenticularClose else { return false }
        return line.cls(start - 2).contains(.ideograph) || line.cls(end + 1).contains(.ideograph)
    }
}
