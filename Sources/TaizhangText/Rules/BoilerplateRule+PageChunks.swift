/// A download page that splits a text into numbered chunks (1、… 2、… 3、…) cuts it where
/// the chunk is full, mid-word: "…整治环境的责任。街" then "2、道办事处针对…". Structure
/// tells such a number from a list item: the line before is a long paragraph of body text
/// that stops on a letter (no closing punctuation), and the numbered line is long body
/// text too — a real item follows a finished sentence or a heading. The first chunk's
/// number carries the site's banner between hyphens (1、-精品推荐- ), which is chrome by its
/// own shape: a few letters wrapped in hyphens, set apart by a space. Only a page that
/// signed its first chunk so is read for the next numbers, each one more than the last:
/// the dev corpus cuts texts mid-word before a "2、" elsewhere too, and its annotators
/// left those numbers as text. A banner on its own line right above a first chunk that is
/// itself cut mid-word signs the chunks too, and so does a first chunk cut mid-word that
/// opens the text itself (no body line above it, only chrome or nothing): a list's first
/// item does not open a page before any title. The cut may fall before a comma, so a
/// later chunk may start with one (2、,中层…).
extension BoilerplateRule {
    static let chunkLength = 80

    /// Whether a line is long body text that stops mid-word (the state for the next line).
    /// The cut may fall right after a comma (…明显改观, ⏎ 2、社会新风…): a paragraph of a
    /// summary ends on a full stop, never on a comma, so a letter and a comma end a cut too.
    /// So does a letter and an enumeration comma (…经验交流、安全专题、 ⏎ 3、班主任职责…): a
    /// list never ends a paragraph on 、, its next item is still to come.
    static func endsCut(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start >= chunkLength, line.contains(scalar: U.ideoStop) else { return false }
        let last = line[end - 1] == U.comma || line[end - 1] == U.ideoComma ? end - 2 : end - 1
        return line.cls(last).contains(.ideograph) && !line.cls(last).contains(.cjkNumeral) || endsInDecimal(line, start, end)
    }

    /// …累计金额72.91462 ⏎ 3、4万元: a cut inside a figure. A decimal with no unit after it
    /// never ends a paragraph (its unit or a stop follows), so a long line ending on one was
    /// cut there (twenty-first pass, zafix).
    static func endsInDecimal(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        var cursor = end
        while cursor > start, line.cls(cursor - 1).contains(.digit) { cursor -= 1 }
        return cursor < end && cursor - 1 > start && line[cursor - 1] == U.dot && line.cls(cursor - 2).contains(.digit)
    }

    /// A chunk that opens on a year glued to a word (1、2022最新民政局…): a site's file title,
    /// four digits and a letter, is prose as a letter is.
    static func opensOnYear(_ line: LineText, _ marker: Int) -> Bool {
        (marker..<(marker + 4)).allSatisfy { line.cls($0).contains(.digit) } && line.cls(marker + 4).contains(.ideograph)
    }

    /// The end of a leading "k、" marker (Arabic digits), if any.
    static func chunkMarkerEnd(_ line: LineText, _ start: Int) -> Int? {
        var cursor = start
        while line.cls(cursor).contains(.digit), cursor - start < 3 { cursor += 1 }
        return cursor > start && line[cursor] == 0x3001 ? cursor + 1 : nil
    }

    mutating func pageChunk(_ line: LineText, _ start: Int, _ end: Int, afterCut: Bool) -> Hit? {
        guard let marker = BoilerplateRule.chunkMarkerEnd(line, start) else { return nil }
        let number = (start..<marker - 1).reduce(0) { $0 * 10 + Int(line[$1]) - 0x30 }
        if let banner = hyphenBanner(line, marker, end) {
            nextChunk = number + 1
            return Hit(kind: .boilerplate, severity: .warning, start: start, end: banner,
                       message: "网页残留:分页编号和网站横幅", en: "Web residue: a page chunk number and the site's banner")
        }
        // 1、 right below the site's banner line, itself long body text cut mid-word: the
        // banner signed the chunks from above (由会员分享…请在…上搜索。 ⏎ 1、政府工作报告…).
        if number == 1, chromeBefore || !bodySeen, BoilerplateRule.endsCut(line, marker, end),
           line.cls(marker).contains(.ideograph) || BoilerplateRule.opensOnYear(line, marker) {
            nextChunk = 2
            return Hit(kind: .boilerplate, severity: .warning, start: start, end: marker,
                       message: "网页残留:分页编号混入正文", en: "Web residue: a page chunk number inside the text")
        }
        // 1、 opening the text with the text's own title glued before its first paragraph
        // (1、人民调解评议工作汇报 为了…, 1、…报告汇编(35篇)目录1.…): the site put the title into
        // its first chunk; a list's first item names a task, not the report.
        if number == 1, !bodySeen, BoilerplateRule.titledFirstChunk(line, marker, end) {
            nextChunk = 2
            chunksTitled = true
            return Hit(kind: .boilerplate, severity: .warning, start: start, end: marker,
                       message: "网页残留:分页编号混入正文", en: "Web residue: a page chunk number inside the text")
        }
        // Once the chunks are signed, the last chunk of an excerpt may be short, but it is
        // prose (a comma or a full stop), not a heading (2、道办事处). It may go on with the
        // digits of a figure the cut split (…72.91462 ⏎ 3、4万元).
        // A semicolon is prose too: the last chunk may hold a count's list and no comma
        // (3、6347人;提供免费产检42187人次、…, zf21). The cut may fall before any clause mark, so
        // the chunk may open on a semicolon or 、 as on a comma (2、;封山育林6万亩, zc43).
        let prose = end - start >= BoilerplateRule.chunkLength || line.contains(scalar: U.comma) || line.contains(scalar: U.ideoStop)
            || line.contains(scalar: U.semicolon)
        guard number == nextChunk, afterCut, prose,
              chunksTitled || line.cls(marker).contains(.ideograph) || line[marker] == U.comma || line[marker] == U.semicolon
                || line[marker] == U.ideoComma || line.cls(marker).contains(.digit) else { return nil }
        nextChunk += 1
        return Hit(kind: .boilerplate, severity: .warning, start: start, end: marker,
                   message: "网页残留:分页编号混入正文", en: "Web residue: a page chunk number inside the text")
    }

    /// "-精品推荐-" then a space: 2 to 10 letters between hyphens; returns its end.
    private func hyphenBanner(_ line: LineText, _ at: Int, _ end: Int) -> Int? {
        guard line[at] == U.hyphen else { return nil }
        var cursor = at + 1
        while cursor < end, cursor - at <= 11, line.cls(cursor).contains(.ideograph) { cursor += 1 }
        guard cursor - at - 1 >= 2, line[cursor] == U.hyphen, cursor + 1 == end || line.cls(cursor + 1).contains(.space) else { return nil }
        return cursor + 1
    }

    /// A long first chunk (twice `chunkLength`) that opens on a title: a report word within its
    /// first 40 letters, before any punctuation, set apart from what follows by a space or a
    /// contents label (目录) within 12 letters.
    static func titledFirstChunk(_ line: LineText, _ marker: Int, _ end: Int) -> Bool {
        // The file title may open on its year (1、2023年人防办上年主要工作总结 今年以来…, zf02).
        guard end - marker >= 2 * chunkLength,
              line.cls(marker).contains(.ideograph) || line.cls(marker).contains(.latin) || opensOnYear(line, marker) else { return false }
        var index = marker
        while index < min(end, marker + 40) {
            let scalar = line[index]
            if scalar == U.ideoComma || scalar == U.comma || scalar == U.colon || scalar == U.semicolon
                || line.cls(index).contains(.sentenceEnd) || line.cls(index).contains(.space) { return false }
            let word = TitleRepeats.titleWords.prefix(in: line.norm, at: index)
            if word > 0 {
                let after = index + word
                return (after..<min(end, after + 12)).contains { line.cls($0).contains(.space) || line.matches(contents, at: $0) }
            }
            index += 1
        }
        return false
    }

    static let contents = [U.s("目"), U.s("录")]
}
