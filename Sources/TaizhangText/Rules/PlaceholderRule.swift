/// Unfilled template blanks: 20xx年, 20__年, 201*年, x月, xx个, XX亿元, ___, ××, **, *市, AA区.
///
/// Latin x/X counts only as a standalone run next to Chinese text (not inside a word,
/// not 4x100, not X光); a single * only when it touches a Chinese character.
enum PlaceholderRule {
    static let x = U.s("x"), bigX = U.s("X")
    static let xRayFollowers = ScalarSet("光射线轴".unicodeScalars.map(\.value))

    static func isMark(_ s: UInt32) -> Bool { s == x || s == bigX || s == U.times || s == U.star || s == U.underscore }

    static func scan(_ line: LineText) -> [Hit] {
        // Every hit of the marks holds a blank mark or a capital letter (`LineText.placeholderGroup`):
        // a line with none of them has no such hit; the forms have their own precheck.
        merged(line.mayHavePlaceholderMarks ? marks(line) : [], forms(line))
    }

    /// `scan` without the prechecks (the tests compare the two).
    static func scanAll(_ line: LineText) -> [Hit] {
        merged(marks(line), formsAll(line))
    }

    private static func merged(_ a: [Hit], _ b: [Hit]) -> [Hit] {
        b.isEmpty ? a : a.isEmpty ? b : (a + b).sorted { $0.start < $1.start }
    }

    /// Typed blanks: x/X, *, _, ×, capitals.
    static func marks(_ line: LineText) -> [Hit] {
        var hits = [Hit]()
        var index = 0
        let count = line.count
        let relevant = CharClass.digit.rawValue | CharClass.latin.rawValue
        while index < count {
            // Fast path: skip CJK text and punctuation other than the blank marks.
            index = line.nextIndex(from: index, classes: relevant, or: U.underscore, U.times, U.star)
            guard index < count else { break }
            let scalar = line.norm[index]
            let cls = CharClass(rawValue: line.classes[index])
            if cls.contains(.digit) {
                // 20xx, 20__, 201*: 1–3 digits directly followed by blank marks.
                var end = index
                while line.cls(end).contains(.digit) { end += 1 }
                let digits = end - index
                var markEnd = end
                while isMark(line[markEnd]) { markEnd += 1 }
                if digits <= 3, markEnd > end, !line.cls(index - 1).contains(.digit),
                   !line.cls(markEnd).contains(.digit), !line.cls(markEnd).contains(.latin),
                   !(markEnd - end == 1 && (line[end] == U.times || line[end] == U.star) && !isYearContext(line, markEnd)) {
                    let stop = blankRangeEnd(line, after: markEnd) ?? markEnd   // 20xx-20xx年: one blank
                    hits.append(hit(line, index, stop))
                    index = stop
                    continue
                }
                // 1XX32元, 3xx.5万元: letters standing for digits inside a number (one x
                // between digits is a multiplication: 4x100).
                if let tokenEnd = mixedNumberEnd(line, from: index), !maskedDigits(line, from: index, to: tokenEnd) {
                    hits.append(hit(line, index, tokenEnd))
                    index = tokenEnd
                    continue
                }
                if let tokenEnd = maskedDecimalEnd(line, from: index) {
                    hits.append(hit(line, index, tokenEnd))
                    index = tokenEnd
                    continue
                }
                index = end
                continue
            }
            if scalar == x || scalar == bigX {
                var end = index
                while line[end] == x || line[end] == bigX { end += 1 }
                // x.x, xx.x: a blank decimal is one placeholder.
                while line[end] == U.dot, line[end + 1] == x || line[end + 1] == bigX {
                    end += 1
                    while line[end] == x || line[end] == bigX { end += 1 }
                }
                // xx.8万人, xxx.6万元: the whole digits left blank and the decimals kept — one blank
                // figure, read to the last decimal when a unit or text follows it.
                if line[end] == U.dot, line.cls(end + 1).contains(.digit), !line.cls(index - 1).contains(.digit) {
                    var decimals = end + 1
                    while line.cls(decimals).contains(.digit) { decimals += 1 }
                    if line.cls(decimals).contains(.ideograph) || line[decimals] == U.percent { end = decimals }
                }
                // xx-xx年: a blank range is one blank, its ends read together.
                if let rangeEnd = blankRangeEnd(line, after: end), standalone(line, index, rangeEnd) {
                    hits.append(hit(line, index, rangeEnd))
                    index = rangeEnd
                    continue
                }
                if end - index <= 6 || longNameSlot(line, index, end), standalone(line, index, end), !xRayFollowers.contains(line[end]) {
                    hits.append(hit(line, index, end))
                } else if let tokenEnd = mixedNumberEnd(line, from: index), !line.cls(index - 1).contains(.latin) {
                    hits.append(hit(line, index, tokenEnd))   // X00万元
                    index = tokenEnd
                    continue
                }
                index = end
                continue
            }
            if scalar == U.underscore || scalar == U.times || scalar == U.star {
                var end = index
                while line[end] == scalar { end += 1 }
                let length = end - index
                // Exceptions, each for its own mark (a comma here would make the star
                // test guard all three: the file-name and masked-number exceptions never ran).
                if scalar == U.star && (maskedName(line, index, end) || maskedAccount(line, index, end) || maskedRowValue(line, index, end))
                    || length == 1 && noiseToken(line, index)
                    || scalar == U.underscore && length == 1 && (joinsFileName(line, index) || joinsTitleSegments(line, index)
                        || joinsKeywordChain(line, index))
                    || maskedNumber(line, index, end)
                    || scalar == U.underscore && WebChrome.coverForms(line).contains(where: { $0.contains(index) }) {
                    index = end
                    continue
                }
                if length >= 2 || touchesChinese(line, index, end) {
                    if !(scalar == U.times && length == 1 && line.cls(index - 1).contains(.digit)) {
                        hits.append(hit(line, index, end))
                    }
                }
                index = end
                continue
            }
            if cls.contains(.latin), scalar >= 0x41, scalar <= 0x5A {
                // AA区, BB市: a repeated capital letter standing for a name.
                var end = index
                while line[end] == scalar { end += 1 }
                let runEnd = end
                while line.cls(end).contains(.latin) { end += 1 }
                // Exactly two letters: a template doubles a letter for a name (AA区, BB公司); three
                // identical capitals are an acronym or a rating (PPP项目, AAA资信企业, CCC认证).
                if end == runEnd, runEnd - index == 2, !line.cls(index - 1).contains(.latin),
                   line.cls(runEnd).contains(.ideograph), line[runEnd] != U.s("级"), !labelsValue(line, after: runEnd),
                   !coordinatedWord(line, after: runEnd) {
                    hits.append(hit(line, index, runEnd))
                }
                index = end
                continue
            }
            index += 1
        }
        return hits
    }

    /// The end of a number in which x/X stand for digits, or nil: digits and at least two
    /// letters (1XX32, 3xx.5), or letters then digits (X00), followed by a unit or text.
    private static func mixedNumberEnd(_ line: LineText, from start: Int) -> Int? {
        var end = start, letters = 0, digits = 0, maxRun = 0, run = 0
        while true {
            let scalar = line[end]
            if scalar == x || scalar == bigX { letters += 1; run += 1; maxRun = max(maxRun, run) }
            else if line.cls(end).contains(.digit) || scalar == U.dot && line.cls(end + 1).contains(.digit) { digits += 1; run = 0 }
            else { break }
            end += 1
        }
        guard letters > 0, digits > 0, !line.cls(end).contains(.latin), !line.cls(start - 1).contains(.digit) else { return nil }
        let leadingLetter = line[start] == x || line[start] == bigX
        guard maxRun >= 2 || leadingLetter else { return nil }
        return line.cls(end).contains(.ideograph) || line[end] == U.percent ? end : nil
    }

    /// 我****, l****: a site's masked user name (a short token, then stars, then a break).
    /// Two stars are enough after a label's colon (上传人:太** ): a field's value that a site
    /// masked, while a template's blank stands inside a clause (具有**特色, **市).
    private static func maskedName(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 3 || end - start == 2 && labelledToken(line, before: start) else { return false }
        var tokenStart = start
        while tokenStart > 0, !line.cls(tokenStart - 1).contains(.space), line[tokenStart - 1] != U.colon, start - tokenStart <= 3 {
            tokenStart -= 1
        }
        let token = start - tokenStart
        let afterBreak = end >= line.count || line.cls(end).contains(.space) || line.cls(end).contains(.clauseBreak)
        return token >= 1 && token <= 3 && afterBreak && (tokenStart == 0 || line.cls(tokenStart - 1).contains(.space) || line[tokenStart - 1] == U.colon)
    }

    /// 总结_第2页, report_2023.doc: one underscore joining the parts of a file name. What
    /// follows decides: a Latin letter, a digit or 第 and a digit. A digit before is not
    /// enough — 20_年 is a year left blank in a template.
    private static func joinsFileName(_ line: LineText, _ index: Int) -> Bool {
        guard index > 0, !line.cls(index - 1).contains(.space) else { return false }
        return line.cls(index + 1).contains(.latin) || line.cls(index + 1).contains(.digit)
            || line[index + 1] == U.s("第") && line.cls(index + 2).contains(.digit)
    }

    private static func isYearContext(_ line: LineText, _ end: Int) -> Bool {
        line[end] == U.s("年")
    }

    private static func standalone(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        let before = line.cls(start - 1), after = line.cls(end)
        if before.contains(.latin) || after.contains(.latin) || before.contains(.digit) || after.contains(.digit) { return false }
        if noiseToken(line, start) { return false }          // o6 x深入: a letter of a forum's anti-copy noise
        if listItemBlank(line, start, end) { return true }   // …,xxx、xx集村
        if before.contains(.ideograph) || after.contains(.ideograph) || line[end] == U.percent
            || line[start - 1] == U.dot && after.contains(.ideograph) { return true }
        // 惠政办发﹝xxxx﹞xx号, 〔XXXX〕: a blank filling the year brackets of a document number;
        // 救字[XX]10号, 活动[X]场: a blank filling a pair of square brackets set in a sentence.
        if line[start - 1] == 0xFE5D && line[end] == 0xFE5E || line[start - 1] == U.lbracketCJK && line[end] == U.rbracketCJK
            || bracketedBlank(line, start, end) {
            return true
        }
        // 别开生面的 xx’“…: a space or a quote mark between the blank and the Chinese text.
        let spacer = { (i: Int) in line.cls(i).contains(.space) || line.cls(i).contains(.quote) || line[i] == 0x2018 || line[i] == 0x2019 }
        guard spacer(start - 1) || spacer(end) else { return false }
        var b = start - 1, a = end
        while b >= 0, start - b <= 2, spacer(b) { b -= 1 }
        while a < line.count, a - end <= 2, spacer(a) { a += 1 }
        let farBefore = line.cls(b), farAfter = line.cls(a)
        if farBefore.contains(.latin) || farAfter.contains(.latin) || farBefore.contains(.digit) || farAfter.contains(.digit) { return false }
        return farBefore.contains(.ideograph) || farAfter.contains(.ideograph)
    }

    private static func touchesChinese(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        line.cls(start - 1).contains(.ideograph) || line.cls(end).contains(.ideograph)
            || line[start - 1] == U.lbook
    }

    static func hit(_ line: LineText, _ start: Int, _ end: Int) -> Hit {
        let token = line.string(start..<end)
        return Hit(kind: .placeholder, severity: .error, start: start, end: end,
                   message: "未填写的模板占位符“\(token)”,请填入实际内容",
                   en: "Unfilled template placeholder “\(token)”: fill in the real content")
    }
}

extension PlaceholderRule {
    /// QQ号:769391511 — letters naming a field whose value follows (one or two ideographs,
    /// a colon, digits) are the field's label, not a blank left for a name.
    static func labelsValue(_ line: LineText, after end: Int) -> Bool {
        var cursor = end
        while cursor < end + 2, line.cls(cursor).contains(.ideograph) { cursor += 1 }
        return line[cursor] == U.colon && line.cls(cursor + 1).contains(.digit)
    }
}
