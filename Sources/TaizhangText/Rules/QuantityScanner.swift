/// Finds quantities on a line: number, magnitude, qualifier and measure word.
///
/// Grammar (after full-width folding):
///   [prefix qualifier] number [余|多] [万|亿|千…] [余|多] unit [(次)] [以上|左右…]
/// Dates, years, ordinals (第三届), ranges (1-5月), document numbers ([2008]46号),
/// and numbers glued to Latin letters (H7N9) are skipped because no unit follows or
/// the context rules them out.
enum QuantityScanner {
    static let yu = U.s("余"), duo = U.s("多"), di = U.s("第"), ci = U.s("次"), fen = U.s("份")
    static let zuoyou = [UInt32](literal: "左右")
    static let latinMagnitudes = Lexicon(["百万", "千万", "万亿", "万", "亿", "千"])
    static let incidentVerbs = Lexicon(["发生", "查处", "处理", "受理", "办理", "侦破", "办结", "立案", "调处", "破获", "查办", "处置"])

    static func scan(_ line: LineText) -> [QuantityHit] {
        var hits = [QuantityHit]()
        // Fast pre-check: a line without digits or numerals has no quantity.
        guard !line.mask.isDisjoint(with: [.digit, .cjkNumeral]) else { return hits }
        var index = 0
        let count = line.count
        let digitBit = CharClass.digit.rawValue, numeralBit = CharClass.cjkNumeral.rawValue
        // Room for eight figures at the first (a line with figures usually has several):
        // growing one by one allocated at 1, 2, 4 and 8 and copied every hit each time (cli20).
        var reserved = false
        while index < count {
            index = line.nextIndex(from: index, classes: digitBit | numeralBit)
            guard index < count else { break }
            let bits = line.classes[index]
            if bits & digitBit != 0 {
                if let hit = arabicQuantity(line, at: index) {
                    if !reserved { hits.reserveCapacity(8); reserved = true }
                    hits.append(hit)
                    index = hit.end
                } else {
                    index = skipNumber(line, from: index)
                }
            } else {
                var runEnd = index
                while runEnd < count, line.classes[runEnd] & numeralBit != 0 { runEnd += 1 }
                if let hit = chineseQuantity(line, at: index) {
                    if !reserved { hits.reserveCapacity(8); reserved = true }
                    hits.append(hit)
                    index = hit.end
                } else { index = runEnd }
            }
        }
        return withSharedUnits(line, hits)
    }

    /// Skips a number and anything glued to it ("1-5", "2023-07-24", "10:45:28").
    private static func skipNumber(_ line: LineText, from start: Int) -> Int {
        var index = start
        while index < line.count {
            let scalar = line[index]
            if line.cls(index).contains(.digit) || scalar == U.dot || scalar == U.hyphen || scalar == U.colon
                || scalar == U.tilde || scalar == U.slash || scalar == U.comma && line.cls(index + 1).contains(.digit) {
                index += 1
            } else { break }
        }
        return max(index, start + 1)
    }

    private static func isRangeJoiner(_ scalar: UInt32) -> Bool {
        scalar == U.hyphen || scalar == U.tilde || scalar == U.enDash || scalar == U.emDash || scalar == U.wave
            || scalar == U.s("至") || scalar == U.s("到") || scalar == U.s("－")
    }

    private static func arabicQuantity(_ line: LineText, at start: Int) -> QuantityHit? {
        let before = line[start - 1]
        let abbreviated = line.cls(start - 1).contains(.latin) && afterAbbreviation(line, at: start)
        if line.cls(start - 1).contains(.latin) && !abbreviated || before == U.dot || before == U.plus || before == U.lbracket
            || before == U.lbracketCJK || before == di || before == U.middleDot || before == U.katakanaDot { return nil }
        if isRangeJoiner(before), line.cls(start - 2).contains(.digit) { return nil }
        guard var number = NumberParser.arabic(line, at: start) else { return nil }
        // 增速-4.7%: a minus sign (not a range: no digit before it) makes the value negative.
        if before == U.hyphen || before == 0x2212, !line.cls(start - 2).contains(.digit), !line.cls(start - 2).contains(.latin) {
            number.value = -number.value
        }
        let next = line[number.end]
        if isRangeJoiner(next), line.cls(number.end + 1).contains(.digit) || line.cls(number.end + 1).contains(.cjkNumeral) { return nil }
        // 21.66km, 500m²: a unit symbol glued to the figure (`QuantityScanner+LatinUnits`); any
        // other Latin letters make it part of a name or code (5G, 3D, H7N9).
        if line.cls(number.end).contains(.latin) && !(latinUnitLength(line, at: number.end) > 0 && latinUnitContext(line, figureStart: start))
            || next == U.plus || next == U.middleDot || next == U.katakanaDot || next == U.times { return nil }
        // 6千4百54萬元, 2万6千多人: Arabic digits with the place letters of a numeral (numerals21).
        if !abbreviated, let mixed = mixedPlaces(line, number: number), let hit = finish(line, number: mixed) { return hit }
        return abbreviated ? abbreviatedValue(finish(line, number: number)) : finish(line, number: number)
    }

    private static func chineseQuantity(_ line: LineText, at start: Int) -> QuantityHit? {
        let before = line[start - 1]
        // 百分之八十五, 千分之三: a share in words, its measure before the number.
        if let share = percentInWords(line, at: start) { return share }
        // 二○○八年: ○ written for 〇 splits a year; what follows it is no count. 周一 is a weekday,
        // 每周两次 a count per week (`countsPerWeek`).
        if before == di || before == U.s("星") || before == 0x25CB { return nil }
        if before == U.s("周"), !countsPerWeek(line, numeralAt: start) { return nil }
        // Words such as 统一, 唯一, 之一, 万一 are not counts.
        if line[start] == U.s("一"), notCountBefore(before) { return nil }
        guard var number = NumberParser.wordDecimal(line, at: start) ?? NumberParser.chinese(line, at: start)
            ?? NumberParser.digitByDigit(line, at: start) else { return nil }   // 十點七%, 九八八三億元: numerals21
        // A bare 十/百/千/万 counts only when approximated: 百余幅, 逾万人, 上千人.
        let isTen = line[start] == U.s("十") || line[start] == U.s("拾")
        if isTen && number.end - number.start == 1 && line[number.end] == U.s("分") { return nil }   // 十分 = very
        let bare = number.end - number.start == 1 && NumberParser.chineseUnit(line[start]) != nil && !isTen
        let bareMagnitude = number.end - number.start == 1 && number.magnitude > 1
            || number.end - number.start == 2 && !isTen && NumberParser.chineseUnit(line[start]) != nil && number.magnitude > 1
            && number.value == NumberParser.chineseUnit(line[start])   // 千万, 百万
        if bare || bareMagnitude {
            let after = line[number.end]
            let approximatedAfter = after == yu || after == duo
            let approximatedBefore = approximatingBefore(before) || before == U.s("破") && breaksThrough(line, at: start - 1)
            if !(approximatedAfter || approximatedBefore) { return nil }
            if before == U.s("数") { return nil }
            // 近百名, 逾万人, 过千万元: a bare magnitude is one of it (1 百名, 1 万人, 1 千万元).
            if bare || number.end - number.start == 2 {
                number.magnitude *= number.value
                number.magnitudeText = line.normString(number.start..<number.end)
                number.value = 1
            }
        }
        // 发生一起火灾: 一起 after an incident verb is a count, not “together”.
        if line[number.end] == U.s("起"), number.value == 1, number.end - number.start == 1,
           incidentVerbs.suffix(in: line.norm, endingAt: number.start) > 0 {
            number.isChinese = false
        }
        return finish(line, number: number)
    }

    /// 统一, 唯一, 之一 …: characters before 一 that make it part of a word.
    @inline(__always) private static func notCountBefore(_ s: UInt32) -> Bool {
        switch s {
        case 0x7EDF, 0x552F, 0x540C, 0x5355, 0x4E13, 0x5212, 0x9010, 0x5F52, 0x5408, 0x4E4B, 0x5176, 0x521D, 0x671F,
             0x62DC, 0x4E07, 0x5343, 0x767E, 0x5341: return true   // 统唯同单专划逐归合之其初期拜万千百十
        default: return false
        }
    }

    /// 逾近上超约数过 before a bare 十/百/千/万.
    @inline(__always) private static func approximatingBefore(_ s: UInt32) -> Bool {
        switch s {
        case 0x903E, 0x8FD1, 0x4E0A, 0x8D85, 0x7EA6, 0x6570, 0x8FC7: return true
        default: return false
        }
    }

    /// Reads what follows the number (qualifier, magnitude, unit) and what precedes it.
    private static func finish(_ line: LineText, number original: ParsedNumber) -> QuantityHit? {
        var number = original
        var index = number.end
        var postQualifier: String?
        if line[index] == yu || line[index] == duo { postQualifier = line.normString(index..<(index + 1)); index += 1 }
        if let grouped = trillionGroups(line, number: number, at: index) { number = grouped; index = grouped.end }
        if !number.isChinese || number.magnitude == 1 {
            let length = latinMagnitudes.prefix(in: line.norm, at: index)
            // 0.52千瓦时: 千 begins a unit when nothing after it would be one (千米 stays 千 + 米).
            let unitAtMagnitude = length > 0 && Vocabulary.units.prefix(in: line.norm, at: index) > 0
                && Vocabulary.units.prefix(in: line.norm, at: index + length) == 0
            if length > 0, !unitAtMagnitude {
                let text = line.normString(index..<(index + length))
                number.magnitude = magnitudeValue(text)
                number.magnitudeText = text
                index += length
            }
        }
        if postQualifier == nil, line[index] == yu || line[index] == duo {
            postQualifier = line.normString(index..<(index + 1)); index += 1
        } else if postQualifier == nil, number.magnitude > 1, line.matches(zuoyou, at: index),
                  Vocabulary.units.prefix(in: line.norm, at: index + 2) > 0 {
            postQualifier = "左右"; index += 2   // 约五万左右元
        }
        // 4億5,851萬3,000元: the lower groups of an amount written by magnitudes.
        if postQualifier == nil, number.magnitude >= 10_000, line.cls(index).contains(.digit),
           let grouped = lowerGroups(line, number: number, at: index) {
            number = grouped; index = grouped.end
        }
        var unitLength = Vocabulary.units.prefix(in: line.norm, at: index)
        var rate = false
        if unitLength == 0, line.cls(index).contains(.latin) || line[index] == 0x20 && line.cls(index + 1).contains(.latin),
           latinUnitContext(line, figureStart: number.start), let symbol = latinUnit(line, after: index) {
            index = symbol.start; unitLength = symbol.length
        }
        if unitLength == 0, line[index] == U.slash { unitLength = rateLength(line, at: index); rate = unitLength > 0 }
        // 针次, 剂次, 台次: a noun and 次 (or 份) form a unit of events, whatever the noun.
        if unitLength == 0 || unitLength == 1, line.cls(index).contains(.ideograph), !line.cls(index).contains(.cjkNumeral),
           line[index + 1] == ci || line[index + 1] == fen, !line.cls(index + 2).contains(.ideograph) {
            unitLength = 2
        }
        guard unitLength > 0 || unitNamedBefore(line, number: number, end: index) else { return nil }
        if unitLength == 1, let blockers = Vocabulary.unitBlockers[line[index]], blockers.contains(line[index + 1]),
           !UnitBlockers.lifted(line, unitAt: index, number: number) { return nil }
        if line[index] == U.s("起") && number.isChinese && number.value == 1 { return nil }
        var measure = line.normString(index..<(index + unitLength))
        if !rate, QuantityExclusions.excluded(line, number: number, measure: measure, unitStart: index, unitEnd: index + unitLength) {
            return nil
        }
        if postQualifier == nil, let inner = innerQualifier(line, unitStart: index, unitLength: unitLength) {
            postQualifier = inner.qualifier; measure = inner.measure; unitLength = inner.length
        }
        index += unitLength
        if line[index] == U.lparen, line[index + 2] == U.rparen, line[index + 1] == U.s("次") {
            measure += "(次)"; index += 3
        }
        // 15800元/人, 5万元/床位, 5.36批次/千人: a rate's unit is the whole compound (a rate
        // per person is no part of a total in 元); `Products.perMeasure` reads what it is per.
        if !rate, line[index] == U.slash, !QuantityHit.percent(measure), let length = perUnitLength(line, at: index + 1) {
            measure += line.normString(index..<(index + 1 + length)); index += 1 + length
        }
        return assemble(line, number: number, end: index, measure: measure, postQualifier: postQualifier, rate: rate)
    }

    /// The hit of a figure whose measure ends at `end`: the qualifier after it (以上, 左右 …), the
    /// one before it (近, 约, 达 …) and the direction of a change; `finish` and the readers of
    /// figures written in words (`QuantityScanner+WordPercent`) end here.
    static func assemble(_ line: LineText, number: ParsedNumber, end: Int, measure: String, postQualifier post: String?,
                         rate: Bool) -> QuantityHit {
        var index = end, postQualifier = post
        let afterLength = Vocabulary.postQualifiers.prefix(in: line.norm, at: index)
        if afterLength > 0 {
            let word = line.normString(index..<(index + afterLength))
            if !QuantityHit.sameWord(word, "上下") { postQualifier = word; index += afterLength }
        }
        var start = number.start
        var prefixQualifier: String?
        let qLength = Vocabulary.prefixQualifiers.suffix(in: line.norm, endingAt: number.start)
        if qLength > 0 {
            let qStart = number.start - qLength
            let word = line.normString(qStart..<number.start)
            let falseContext = Vocabulary.falseQualifierContext.suffix(in: line.norm, endingAt: number.start) > qLength
            // (Words compared by bytes where that is exact: `QuantityHit.sameWord`.)
            // Glued to a word, 过 and 上 are verb suffixes (开展过3次, 会上5人) — but not before a bare
            // magnitude, which only an approximation takes (过千万元, 過億元, 上百名; metrics19).
            let glued = (QuantityHit.sameWord(word, "过") || QuantityHit.sameWord(word, "上")) && line.cls(qStart - 1).contains(.ideograph)
                && !isBareMagnitude(number)
            let onlyForBare = QuantityHit.sameWord(word, "上") && !(number.isChinese && number.end - number.start == 1)
            if !falseContext && !glued && !onlyForBare {
                prefixQualifier = Vocabulary.canonicalPrefix(word)
                start = qStart
            }
        }
        if qLength == 0, let broken = brokenMagnitude(line, number: number, postQualifier: postQualifier) {
            prefixQualifier = broken; start = number.start - 1
        }
        let unit = rate ? measure : (number.magnitudeText.isEmpty ? measure : number.magnitudeText + measure)
        // Two qualifiers (近1500余人, doubled): the one before the number is reported; 达 only
        // when nothing else qualifies the figure.
        let qualifier = prefixQualifier.flatMap { QuantityHit.isExactly($0, "达") ? nil : $0 } ?? postQualifier ?? prefixQualifier
        var hit = QuantityHit(number: number, start: start, end: index, unit: unit, measure: measure,
                              qualifier: qualifier, prefixQualifier: prefixQualifier, postQualifier: postQualifier,
                              change: changeDirection(line, before: start, percent: QuantityHit.isExactly(measure, "%")), subject: .empty)
        if rate { hit.number.magnitude = 1 }
        hit.subjectText = Subject.phrase(line, for: hit)
        return hit
    }

    private static func magnitudeValue(_ text: String) -> Double {
        switch text {
        case "千": return 1_000
        case "万": return 10_000
        case "百万": return 1_000_000
        case "千万": return 10_000_000
        case "亿": return 100_000_000
        case "万亿": return 1_000_000_000_000
        default: return 1
        }
    }

    /// The unit after a rate's slash: a measure word, with one magnitude letter before it
    /// (千人, 万人); nil for anything else (a date, a fraction, a second figure).
    private static func perUnitLength(_ line: LineText, at start: Int) -> Int? {
        let magnitude = line[start] == U.s("千") || line[start] == U.s("万") || line[start] == U.s("百") ? 1 : 0
        let length = max(Vocabulary.units.prefix(in: line.norm, at: start + magnitude),
                         perTimeUnits.prefix(in: line.norm, at: start + magnitude))
        guard length > 0, line[start + magnitude] != U.s("%") else { return nil }
        var end = start + magnitude + length
        // 元/平方米·月: a rate per area and per time.
        if line[end] == U.middleDot || line[end] == U.katakanaDot, perTimeUnits.prefix(in: line.norm, at: end + 1) > 0 || line[end + 1] == U.s("年") {
            end += 1 + max(1, perTimeUnits.prefix(in: line.norm, at: end + 1))
        }
        return end - start
    }

    /// Units of time that a rate is per (立方米/秒, 吨/日, 元/平方米·月) but that alone are
    /// no measure of a figure here (15秒接通率 names a rate; 6日 and 6月 are dates).
    static let perTimeUnits = Lexicon(["秒", "日", "月", "周", "季度"])

    /// "/10万", "/万", "/千" after a rate such as 孕产妇死亡率10.21/10万.
    private static func rateLength(_ line: LineText, at slash: Int) -> Int {
        var index = slash + 1
        while line.cls(index).contains(.digit) { index += 1 }
        let length = latinMagnitudes.prefix(in: line.norm, at: index)
        return length > 0 ? index + length - slash : 0
    }


    /// 同比增长13%, 下降5.9%: a change verb right before the quantity (了 allowed).
    private static func changeDirection(_ line: LineText, before start: Int, percent: Bool = false) -> String? {
        var end = start
        if line[end - 1] == U.s("了") { end -= 1 }
        // 增幅为12%, 降幅是5%: a noun of change and a linking verb (达 is read as a qualifier).
        if line[end - 1] == U.s("为") || line[end - 1] == U.s("是"), Vocabulary.changeNouns.suffix(in: line.norm, endingAt: end - 1) > 0 { end -= 1 }
        if Vocabulary.decreaseWords.suffix(in: line.norm, endingAt: end) > 0 { return "decrease" }
        if Vocabulary.increaseWords.suffix(in: line.norm, endingAt: end) > 0 { return "increase" }
        // ,增产12.3%, ,减产5%: a clause opening with 增 or 减 and the one letter of what grew
        // (产, 收, 速 …) states a rate of change (issue #14, corpus-k); percentages only —
        // 增设3个窗口 counts what was added.
        if percent, end >= 2, line[end - 2] == U.s("增") || line[end - 2] == U.s("减"), line.cls(end - 1).contains(.ideograph),
           end == 2 || line.cls(end - 3).contains(.clauseBreak) {
            return line[end - 2] == U.s("增") ? "increase" : "decrease"
        }
        // 比去年同期多20件 / 较去年同期的11000人次多1560人次: 多 and 少 after a comparison (比, 较)
        // in the clause.
        if line[end - 1] == U.s("多") || line[end - 1] == U.s("少") {
            var index = end - 2
            while index >= 0, end - index <= 20, !line.cls(index).contains(.clauseBreak), !line.cls(index).contains(.space) {
                if line[index] == U.s("比") || line[index] == U.s("较") { return line[end - 1] == U.s("多") ? "increase" : "decrease" }
                index -= 1
            }
        }
        return nil
    }
}
