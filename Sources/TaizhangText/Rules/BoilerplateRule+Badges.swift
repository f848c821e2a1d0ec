/// Chrome19: three shapes of chrome that no sentence takes, each met in several unseen series.
///
/// - A chain of a spam page's keywords joined by `_` or `-` (f19 `天天色成人-天天色成人网-…`,
///   zd11 `亚洲…在线_国产…一区_…`, injected inside sentences in w11 and za31): Chinese prose
///   joins its items with 、 and never glues words with an ASCII underscore; a hyphen joins
///   figures (2021-2023) or two names, not five runs of words.
/// - A wiki's label cell `释义 |`, alone or before its entry (zd15, zd21): one short label and
///   one bar, then nothing or a paragraph — a document's table row holds several short cells.
/// - A badge or page marker alone on a line: a capped counter `999+` (zd09), an e-book's `P. 24`
///   (zd23), a document site's `• 5页` (za35, zb37).
extension BoilerplateRule {
    /// The three shapes as a finding: the whole line, or the chain or label cell inside it.
    mutating func chrome19Shapes(_ line: LineText, _ start: Int, _ end: Int) -> Hit? {
        let en = "Web residue: a spam chain, a wiki's label cell or a badge"
        let zh = "网页残留:垃圾关键词串、百科标签栏或计数徽标"
        var span: Range<Int>? = BoilerplateRule.badge(line, start, end) || BoilerplateRule.pageHeader(line, start, end) ? start..<end : nil
        // A label alone (随便看 |) only under a label before its entry or first on the page: a
        // flattened table sets one header cell per line (序号 | ⏎ 单位 | ⏎ …).
        if span == nil, line.mayHaveBars, let cell = BoilerplateRule.labelCell(line, start, end),
           cell < end || entryCellBefore || contentLines == 0 {
            span = start..<cell
            entryCell = cell < end
        }
        if span == nil { span = BoilerplateRule.keywordChain(line, start, end) }
        guard let span else { return nil }
        if span.lowerBound == start && span.upperBound == end {
            return Hit(kind: .boilerplate, severity: .warning, start: 0, end: line.count, message: zh, en: en, text: line.text)
        }
        return Hit(kind: .boilerplate, severity: .warning, start: span.lowerBound, end: span.upperBound, message: zh, en: en)
    }

    /// The span of a keyword chain: three runs or more of letters (two ideographs at least in
    /// each, 【】 around one allowed) joined by single `_` or `-`, one `_` at least or five runs.
    static func keywordChain(_ line: LineText, _ start: Int, _ end: Int) -> Range<Int>? {
        // Cheap gates: an underscore may occur (a trigger bit), or the line holds no 。 (a chain of
        // hyphens alone is a line of its own); then two separators in one tight pass.
        guard line.mayHavePlaceholderMarks || !line.contains(scalar: U.ideoStop) else { return nil }
        let separators = line.norm.withUnsafeBufferPointer { buffer in
            var count = 0
            for scalar in buffer[start..<end] where scalar == U.underscore || scalar == U.hyphen { count += 1 }
            return count
        }
        guard separators >= 2 else { return nil }
        var joins = 0, at = start + 1
        while at + 1 < end, joins < 2 {
            let s = line[at]
            if (s == U.underscore || s == U.hyphen) && wordScalar(line, at - 1) && wordScalar(line, at + 1) { joins += 1 }
            at += 1
        }
        guard joins >= 2 else { return nil }
        var index = start
        while index < end {
            guard let first = run(line, from: index, end) else {
                let from = index
                while index < end, wordScalar(line, index) { index += 1 }
                if index == from { index += 1 }
                continue
            }
            var runs = 1, underscores = 0, chainEnd = first
            while chainEnd + 1 < end, line[chainEnd] == U.underscore || line[chainEnd] == U.hyphen,
                  let next = run(line, from: chainEnd + 1, end) {
                if line[chainEnd] == U.underscore { underscores += 1 }
                runs += 1
                chainEnd = next
            }
            if runs >= 3 && underscores >= 1 || runs >= 5 { return index..<chainEnd }
            index = chainEnd
        }
        return nil
    }

    private static func wordScalar(_ line: LineText, _ at: Int) -> Bool {
        !line.cls(at).intersection(.letters).isEmpty || line[at] == U.s("【") || line[at] == U.s("】")
    }

    /// The end of a run of letters at `index` holding two ideographs or more (at most 14
    /// letters, optionally in 【】, ending where the letters end), or nil.
    private static func run(_ line: LineText, from index: Int, _ end: Int) -> Int? {
        var at = index, ideographs = 0
        let bracketed = line[at] == U.s("【")
        if bracketed { at += 1 }
        while at < end, !line.cls(at).intersection(.letters).isEmpty {
            if line.cls(at).contains(.ideograph) { ideographs += 1 }
            at += 1
            if at - index > 15 { return nil }
        }
        if bracketed { guard at < end, line[at] == U.s("】") else { return nil }; at += 1 }
        return ideographs >= 2 ? at : nil
    }

    /// `释义 |` alone or before its entry: the end of the label cell, or nil.
    static func labelCell(_ line: LineText, _ start: Int, _ end: Int) -> Int? {
        var index = start
        while index < end, index - start < 5, line.cls(index).contains(.ideograph) { index += 1 }
        guard index - start >= 2, index < end, line.cls(index).contains(.space) else { return nil }
        while index < end, line.cls(index).contains(.space) { index += 1 }
        guard index < end, BoilerplateRule.isBar(line[index]) else { return nil }
        let cellEnd = index + 1
        // After it: nothing, or a paragraph (20 letters or more) with at most a closing bar.
        var letters = 0, bars = 0
        for at in cellEnd..<end {
            if BoilerplateRule.isBar(line[at]) { bars += 1; if at != end - 1 { return nil } }
            if line.cls(at).contains(.ideograph) { letters += 1 }
        }
        return cellEnd == end || letters >= 20 && bars <= 1 ? cellEnd : nil
    }

    /// `999+`, `P. 24`, `P:01`, `• 5页`: a counter or a page marker and nothing else.
    static func badge(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start <= 8 else { return false }
        var index = start
        if line[index] == U.s("•") { index += 1; while index < end, line.cls(index).contains(.space) { index += 1 } }
        let page = index < end && (line[index] | 0x20) == U.s("p") && index + 1 < end && (line[index + 1] == U.dot || line[index + 1] == U.colon)
        if page { index += 2; while index < end, line.cls(index).contains(.space) { index += 1 } }
        let digits = index
        while index < end, line.cls(index).contains(.digit) { index += 1 }
        guard index > digits, index - digits <= 5 else { return false }
        if page { return index == end && digits > start }
        return index + 1 == end && (line[index] == U.plus || line[index] == U.s("页") && line[start] == U.s("•"))
    }

    /// `Page 45 - 2017 Annual Library Assessment Report`: a page viewer's running header — the
    /// word Page, the page's figure, a dash and the publication's name (ze13, a flipbook; any
    /// paged viewer writes it so). A document's line never opens on an English page marker and a
    /// dash; the figure must be a page's (≤ 4 digits), and the line a header's length.
    static func pageHeader(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start <= 100, end - start >= 10, line.matches(pageWord, at: start) || line.matches(pageWordUpper, at: start) else { return false }
        var index = start + 4
        guard index < end, line.cls(index).contains(.space) else { return false }
        while index < end, line.cls(index).contains(.space) { index += 1 }
        let digits = index
        while index < end, line.cls(index).contains(.digit) { index += 1 }
        guard index > digits, index - digits <= 4 else { return false }
        while index < end, line.cls(index).contains(.space) { index += 1 }
        guard index < end, line[index] == U.hyphen || line[index] == U.emDash || line[index] == 0x2013 else { return false }
        index += 1
        while index < end, line.cls(index).contains(.space) { index += 1 }
        return index < end && !line.contains(scalar: U.ideoStop)
    }

    static let pageWord = [UInt32](literal: "Page"), pageWordUpper = [UInt32](literal: "PAGE")
}
