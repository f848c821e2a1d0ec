/// The numbering styles of the Chinese outline, in their usual order of depth.
enum HeadingStyle: Int, Sendable {
    case cjk            // 一、
    case cjkParen       // (一)
    case arabic         // 1. or 1、
    case arabicParen    // (1)
    case circled        // ①
    case shi            // 一是 / 一要 at the start of a paragraph
    case di             // 第一, / 第二、 at the start of a paragraph
    case part           // 第一部分 / 第二章 / 第三节: a part of a long report (eighth pass)
    case qi             // 其一, / 其二、 at the start of a paragraph (twelfth pass)
    case article        // 第一条 / 第二条: a rule's articles (eighteenth pass)
    case letter         // A. / B、: capital letters as items (eighteenth pass)

    /// 一是 / 第一, / 其一,: a list of paragraphs, never the parent of a heading.
    var isParagraphList: Bool { self == .shi || self == .di || self == .qi }
}

/// A numbered marker at the start of a paragraph.
struct Heading {
    var style: HeadingStyle
    var number: Int
    var markerEnd: Int
    /// The line's original scalars and where the marker and the title lie in them: the
    /// strings (`LineText.string` of their ranges) are built when asked for. Most parses
    /// only test for a heading (chrome and title rules, glued headings), and building both
    /// strings was 1.6 % of the check.
    let raw: [UInt32]
    let markerRaw: Range<Int>
    let titleRaw: Range<Int>
    var marker: String { raw.withUnsafeBufferPointer { LineText.utf8String(UnsafeBufferPointer(rebasing: $0[markerRaw])) } }
    var title: String { raw.withUnsafeBufferPointer { LineText.utf8String(UnsafeBufferPointer(rebasing: $0[titleRaw])) } }
}

/// Recognises paragraph-initial outline markers. Dates, years, decimals and quoted
/// names (2022年是…, 1-5月, 4.23世界读书日, “1·26”, 5.12地震) never match because
/// the number must be followed by 、 or . and then a non-digit.
enum HeadingParser {
    static let titleEnds: ScalarSet = [U.ideoStop, U.colon, U.semicolon, U.s("!"), U.s("?"), U.s("!"), U.s("?")]

    /// `titleEnds.contains(_:)` as a switch (no hashing per title scalar).
    @inline(__always) static func isTitleEnd(_ scalar: UInt32) -> Bool {
        switch scalar {
        case U.ideoStop, U.colon, U.semicolon, 0x21, 0x3F: return true   // 。 : ; ! ?
        default: return false
        }
    }

    static func parse(_ line: LineText) -> Heading? { parse(line, at: line.contentStart) }

    /// A year at `index`: 19dd or 20dd and then 年.
    static func yearFollows(_ line: LineText, _ index: Int) -> Bool {
        guard (line[index] == 0x31 && line[index + 1] == 0x39) || (line[index] == 0x32 && line[index + 1] == 0x30) else { return false }
        return line.cls(index + 2).contains(.digit) && line.cls(index + 3).contains(.digit) && line[index + 4] == U.s("年")
    }

    /// The marker at `start` (a paragraph's start, or a heading glued into the paragraph
    /// before it: `GluedHeadings`).
    static func parse(_ line: LineText, at start: Int) -> Heading? {
        let first = line[start]
        var style: HeadingStyle, number = 0, markerEnd = start
        // PDF extraction spaces markers out (“三 、”, “( 一 )”): spaces inside are skipped.
        if first == U.lparen {
            let open = skipSpaces(line, start + 1)
            if let n = arabicRun(line, open), line[skipSpaces(line, n.end)] == U.rparen {
                (style, number, markerEnd) = (.arabicParen, n.value, skipSpaces(line, n.end) + 1)
            } else if let n = chineseRun(line, open), line[skipSpaces(line, n.end)] == U.rparen {
                (style, number, markerEnd) = (.cjkParen, n.value, skipSpaces(line, n.end) + 1)
            } else { return nil }
            if line[markerEnd] == U.ideoComma || line[markerEnd] == U.dot { markerEnd += 1 }
        } else if let close = angleClose(first) {
            // 〈一〉 <一>、: angle brackets for (一) — a sub-heading of a PDF's one-line extraction
            // or of a village's report; a Chinese numeral only (<1> is a note, <单位> a field).
            guard let n = chineseRun(line, skipSpaces(line, start + 1)), line[skipSpaces(line, n.end)] == close else { return nil }
            (style, number, markerEnd) = (.cjkParen, n.value, skipSpaces(line, n.end) + 1)
            if line[markerEnd] == U.ideoComma { markerEnd += 1 }
        } else if first >= U.circledOne && first <= U.circledTwenty {
            (style, number, markerEnd) = (.circled, Int(first - U.circledOne) + 1, start + 1)
        } else if first >= U.parenthesizedOne && first <= U.parenthesizedTwenty {
            // ⑴ ⑵ …: one character for (1) (2), the same level of the outline.
            (style, number, markerEnd) = (.arabicParen, Int(first - U.parenthesizedOne) + 1, start + 1)
        } else if first >= U.digitStopOne && first <= U.digitStopTwenty {
            // ⒈ ⒉ …: one character for 1. 2. (a word processor's numbering, kept by the copy).
            (style, number, markerEnd) = (.arabic, Int(first - U.digitStopOne) + 1, start + 1)
        } else if first >= U.parenIdeographOne && first <= U.parenIdeographTen {
            // ㈠ ㈡ …: one character for (一) (二).
            (style, number, markerEnd) = (.cjkParen, Int(first - U.parenIdeographOne) + 1, start + 1)
        } else if let n = arabicRun(line, start), line[n.end] == U.rparen, n.end - start <= 2 {
            // 1) 2) …: the half-bracket form of (1) (2).
            (style, number, markerEnd) = (.arabicParen, n.value, n.end + 1)
        } else if let n = arabicRun(line, start) {
            // PDF extraction spaces 1 、 out as it does 三 、 (not 2 . 5: a decimal).
            let comma = skipSpaces(line, n.end)
            let end = line[comma] == U.ideoComma && comma - n.end <= 2 ? comma : n.end
            let sep = line[end]
            // 2、1-5月…: after 、 a digit may follow; after . it would be a decimal (2.5).
            // 1.2023年度…: no decimal takes 年 after four digits — a marker, then a year (a
            // collection's table of contents: 1.2023年上半年工作总结 ⏎ 2.2023年…).
            guard n.end - start <= 2, sep == U.ideoComma || sep == U.dot && (!line.cls(end + 1).contains(.digit) || yearFollows(line, end + 1))
                    || sep == U.ideoStop && stopMarkerTitle(line, end + 1),
                  line[end + 1] != 0 || end + 1 < line.count else { return nil }
            (style, number, markerEnd) = (.arabic, n.value, end + 1)
        } else if first == U.s("第"), let n = chineseRun(line, start + 1), n.end - start <= 3,
                  line[n.end] == U.comma || line[n.end] == U.ideoComma || line[n.end] == U.colon {
            (style, number, markerEnd) = (.di, n.value, n.end + 1)
        } else if first == U.s("其"), let n = chineseRun(line, start + 1), n.end - start <= 2,
                  line[n.end] == U.comma || line[n.end] == U.ideoComma || line[n.end] == U.colon {
            // 其一,…/其二,…: "the first, the second" — a list of its own, like 第一,.
            (style, number, markerEnd) = (.qi, n.value, n.end + 1)
        } else if first == U.s("第"), let n = chineseRun(line, start + 1), n.end - start <= 3, let end = partEnd(line, n.end) {
            (style, number, markerEnd) = (.part, n.value, end)
        } else if first == U.s("第"), let n = chineseRun(line, start + 1), n.end - start <= 3, let end = articleEnd(line, n.end) {
            (style, number, markerEnd) = (.article, n.value, end)
        } else if let n = letterMarker(line, start) {
            (style, number, markerEnd) = (.letter, n.value, n.end)
        } else if let n = chineseRun(line, start) {
            let sep = line[n.end]
            let spaced = skipSpaces(line, n.end)
            if sep == U.ideoComma || sep == U.dot && !line.cls(n.end + 1).contains(.digit) {
                (style, number, markerEnd) = (.cjk, n.value, n.end + 1)
            } else if spaced > n.end, spaced - n.end <= 2, line[spaced] == U.ideoComma {
                (style, number, markerEnd) = (.cjk, n.value, spaced + 1)
            } else if spaced > n.end, spacedTitle(line, start, spaced) {
                // 一 主要工作: a heading whose 、 a page or a PDF turned into a space.
                (style, number, markerEnd) = (.cjk, n.value, spaced)
            } else if (sep == U.s("是") || sep == U.s("要")) && n.end - start <= 2 {
                (style, number, markerEnd) = (.shi, n.value, n.end + 1)
            } else { return nil }
        } else { return nil }
        guard number > 0 else { return nil }
        var titleStart = markerEnd
        while line.cls(titleStart).contains(.space) { titleStart += 1 }
        var titleEnd = titleStart
        while titleEnd < line.count, !isTitleEnd(line[titleEnd]), titleEnd - titleStart < 60 { titleEnd += 1 }
        // 一、诊疗人次␠ at a line's end: the spaces after a title are none of it (corpus-o).
        while titleEnd > titleStart, line.cls(titleEnd - 1).contains(.space) { titleEnd -= 1 }
        return Heading(style: style, number: number, markerEnd: markerEnd, raw: line.raw,
                       markerRaw: line.rawBounds(start..<markerEnd) ?? 0..<0, titleRaw: line.rawBounds(titleStart..<titleEnd) ?? 0..<0)
    }

    /// The closing bracket of an angle-bracket marker opening with `scalar` (〈一〉, <一>), if any.
    @inline(__always) static func angleClose(_ scalar: UInt32) -> UInt32? {
        scalar == U.langleCJK ? U.rangleCJK : scalar == U.langle ? U.rangle : nil
    }

    /// 部分, 章 or 节 after 第N, then a space, a title letter or the line's end: the marker's end.
    static func partEnd(_ line: LineText, _ at: Int) -> Int? {
        let end: Int
        if line[at] == U.s("部") && line[at + 1] == U.s("分") { end = at + 2 }
        else if line[at] == U.s("章") || line[at] == U.s("节") { end = at + 1 }
        else { return nil }
        return end >= line.count || line.cls(end).contains(.space) || line.cls(end).contains(.ideograph) || line[end] == U.colon ? end : nil
    }

    /// 条 after 第N, then a space, a colon, 、 or the line's end: an article of a rule
    /// (第一条 为加强…). Not a letter right after it: 第一条道路 is a road.
    static func articleEnd(_ line: LineText, _ at: Int) -> Int? {
        guard line[at] == U.s("条") else { return nil }
        let end = at + 1
        if end >= line.count || line.cls(end).contains(.space) || line[end] == U.colon { return end }
        return line[end] == U.ideoComma ? end + 1 : nil
    }

    /// A. or B、 (full-width forms folded): a capital letter and a stop or 、, then a title's
    /// ideograph (not A、B两类, A.M., A级). Its number is its place in the alphabet.
    static func letterMarker(_ line: LineText, _ start: Int) -> (value: Int, end: Int)? {
        let first = line[start]
        guard first >= 0x41, first <= 0x5A, line[start + 1] == U.dot || line[start + 1] == U.ideoComma else { return nil }
        var title = start + 2
        while line.cls(title).contains(.space) { title += 1 }
        guard line.cls(title).contains(.ideograph) else { return nil }
        return (Int(first - 0x41) + 1, start + 2)
    }

    /// A short title after a numeral and a space (一 主要工作): two letters in a row (not
    /// letters spaced one by one, 一 季 度), no numeral after the space (二 〇二三年), no sentence.
    static func spacedTitle(_ line: LineText, _ start: Int, _ title: Int) -> Bool {
        guard line.count - start <= 30, !line.mask.contains(.sentenceEnd), title + 1 < line.count else { return false }
        let a = line.cls(title), b = line.cls(title + 1)
        return a.contains(.ideograph) && !a.contains(.cjkNumeral) && b.contains(.ideograph)
    }

    @inline(__always) static func skipSpaces(_ line: LineText, _ index: Int) -> Int {
        var index = index
        while index < line.count, line.cls(index).contains(.space) { index += 1 }
        return index
    }

    static func arabicRun(_ line: LineText, _ start: Int) -> (value: Int, end: Int)? {
        var end = start, value = 0
        while let d = NumberParser.digitValue(line[end]), end - start < 3 { value = value * 10 + d; end += 1 }
        return end > start && NumberParser.digitValue(line[end]) == nil ? (value, end) : nil
    }

    /// Chinese numerals up to 99 (一 … 九十九), which is all an outline uses.
    static func chineseRun(_ line: LineText, _ start: Int) -> (value: Int, end: Int)? {
        // 參、 (参 folded): the capital three of a traditional outline (壹、貳、參、肆、); 参 is
        // a numeral nowhere else, so only as a marker on its own (參、 or (參)).
        if line[start] == U.s("参") { return line[start + 1] == U.ideoComma || line[start + 1] == U.rparen ? (3, start + 1) : nil }
        var end = start
        while end - start < 3, NumberParser.chineseDigit(line[end]) != nil || line[end] == U.s("十") { end += 1 }
        guard end > start, !line.cls(end).contains(.cjkNumeral) else { return nil }
        if end - start >= 2, line[start] != U.s("十"), line[start + 1] != U.s("十") { return nil }
        guard let value = NumberParser.evaluate(line.norm, start..<end), value >= 1, value < 100 else { return nil }
        if line[start] == U.s("两") || line[start] == U.s("零") || line[start] == U.s("〇") { return nil }
        return (Int(value), end)
    }
}
