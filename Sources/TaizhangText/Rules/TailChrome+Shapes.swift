/// The shapes `TailChrome` reads: by character classes and the layout of an official text's
/// closing and back matter, not by the words of any site.
extension TailChrome {
    /// A paragraph of the body: 20 letters or more with a sentence end or a comma, or a shorter
    /// sentence closed by its end (下半年,我镇将继续抓好各项工作。).
    static func isProse(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        if end - start >= 6, line.cls(end - 1).contains(.sentenceEnd) { return true }
        return end - start >= 20 && (line.mask.contains(.sentenceEnd) || line.contains(scalar: U.comma))
    }

    /// The closing's date alone on its line: 2024年7月5日, 二〇二四年七月, 2024 年 7 月 — digits or
    /// Chinese numerals with 年 and 月 (and 日), nothing else.
    static func closingDate(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 6, end - start <= 16, isNumeral(line, start) else { return false }
        let last = line[end - 1]
        guard last == U.s("日") || last == U.s("月") || last == U.s("号") else { return false }
        var year = false, month = false
        for index in start..<end {
            let scalar = line[index]
            if scalar == U.s("年") { year = true } else if scalar == U.s("月") { month = year } else if scalar == U.s("日") || scalar == U.s("号")
                || isNumeral(line, index) || line.cls(index).contains(.space) { continue } else { return false }
        }
        return year && month
    }

    /// A digit or a Chinese numeral (〇 and the circle ○ that typists put for it too).
    static func isNumeral(_ line: LineText, _ index: Int) -> Bool {
        line.cls(index).contains(.digit) || line.cls(index).contains(.cjkNumeral) || line[index] == 0x25CB
    }

    /// The body goes on after the closing: a heading (or its marker alone, 2、), a bundle's
    /// marker, a table's row or cell, a figure alone, or a long line (a paragraph the page cut).
    static func resumesBody(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        end - start > 40 || HeadingParser.parse(line) != nil || DocumentMarker.isMarker(line)
            || BoilerplateRule.holdsBar(line, start, end) || FooterRun.figure(line, start, end)
            || isNumeral(line, start) && start + 1 < end && (line[start + 1] == U.ideoComma || line[start + 1] == U.dot)
    }

    /// A unit's signature (…人民政府, …街道办事处, …卫生院; ideographs only, the last one a unit's)
    /// or a date: the document's.
    static func signature(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        if FooterRun.signature(line, start, end) { return true }
        guard end - start >= 4, end - start <= 20, HeadChrome.unitEndings.contains(line[end - 1]) else { return false }
        return (start..<end).allSatisfy { line.cls($0).contains(.ideograph) || line.cls($0).contains(.space) }
    }

    /// A label: two to six letters, no sentence or clause punctuation.
    static func label(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        var letters = 0
        for index in start..<end {
            let cls = line.cls(index)
            if cls.contains(.ideograph) || cls.contains(.latin) || cls.contains(.digit) { letters += 1; continue }
            if cls.contains(.clauseBreak) && line[index] != U.colon || cls.contains(.quote) { return false }
        }
        return letters >= 2 && letters <= 6
    }

    /// The records below an official text's closing (GB/T 9704: 附件, 抄送, 印发, 主送 …; a note
    /// in brackets such as (此件公开发布)): the document's own.
    static let backMatterKeys = Lexicon(["附件", "附表", "附图", "抄送", "抄报", "印发", "主送", "报送", "联系人", "联系电话",
                                          "签发人", "主题词", "此件", "此页"])

    static func backMatter(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        let opensBracket = line[start] == U.lparen || line[start] == U.s("【") || line[start] == U.lbracket
        let at = opensBracket && start + 1 < end ? start + 1 : start
        return backMatterKeys.prefix(in: line.norm, at: at) > 0
    }

    /// A signer's name or a closing formula between the last paragraph and the date: two to
    /// four ideographs alone (张三, 特此报告).
    static func shortName(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        let letters = (start..<end).filter { !line.cls($0).contains(.space) }
        return letters.count >= 2 && letters.count <= 4 && letters.allSatisfy { line.cls($0).contains(.ideograph) && !line.cls($0).contains(.cjkNumeral) }
    }
}
