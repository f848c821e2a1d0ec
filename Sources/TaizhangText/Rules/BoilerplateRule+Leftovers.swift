/// Sixteenth pass (chrome7): residue told by the shape of its characters and by its neighbours.
///
/// - A forum's anti-copy noise (`scrambledRun`): a run of four or more tokens of one to three
///   ASCII characters split by spaces, half of them with punctuation of three kinds or more
///   and a third with a letter or digit (. Q! h) n9 S+ Y9 [5 F) — the random marks a forum
///   hides in its posts. Read on the raw text (full-width punctuation is no ASCII there),
///   glued before or after the text of a line.
///   Chinese prose never splits such tokens by spaces; Latin words, figures and table rows
///   (12 35 7.5 100) carry no punctuation in most tokens.
/// - A row of bars alone (`barsOnly`, `framesBars`): after a long line of text (or the page's chrome) it is
///   the page's frame around the post; after a table's cell (现行有效件数 |), a row of bars or
///   a heading it is the table's own empty cells.
extension BoilerplateRule {
    /// The raw range of a scrambled run at the line's start or end, if any.
    static func scrambledRun(_ line: LineText) -> Range<Int>? {
        let raw = line.raw
        // Cheap first: a short ASCII token set apart by a space at either end of the line.
        let isBlank = { (s: UInt32) in s == 0x20 || s == 0x3000 || s == 0x09 }
        var first = 0, last = raw.count
        while first < last, isBlank(raw[first]) { first += 1 }
        while last > first, isBlank(raw[last - 1]) { last -= 1 }
        let shortASCII = { (range: Range<Int>) -> Bool in
            range.contains { isBlank(raw[$0]) } && range.allSatisfy { isBlank(raw[$0]) || raw[$0] >= 0x21 && raw[$0] <= 0x7E }
        }
        guard last - first >= 7, shortASCII(first..<first + 4) || shortASCII(last - 4..<last) else { return nil }
        var tokens: [Range<Int>] = []
        var index = 0
        while index < raw.count {
            while index < raw.count, isBlank(raw[index]) { index += 1 }
            let from = index
            while index < raw.count, !isBlank(raw[index]) { index += 1 }
            if index > from { tokens.append(from..<index) }
        }
        let isNoise = { (token: Range<Int>) -> Bool in
            token.count <= 3 && token.allSatisfy { raw[$0] >= 0x21 && raw[$0] <= 0x7E }
        }
        let alnum = { (token: Range<Int>) -> Bool in token.contains { BoilerplateRule.isASCIIAlnum(raw[$0]) } }
        let punctuation = { (token: Range<Int>) -> Bool in token.contains { !BoilerplateRule.isASCIIAlnum(raw[$0]) } }
        // Half the tokens carry punctuation, a third a letter or digit, and the marks vary
        // (three kinds or more): a list of markers ((1) (2) (3), 1. 2. 3.) repeats one or two.
        func accept(_ run: ArraySlice<Range<Int>>) -> Range<Int>? {
            guard run.count >= 4, run.filter(punctuation).count * 2 >= run.count, run.filter(alnum).count * 3 >= run.count,
                  let first = run.first, let last = run.last else { return nil }
            let marks = Set(run.flatMap { $0.map { raw[$0] } }.filter { !BoilerplateRule.isASCIIAlnum($0) })
            return marks.count >= 3 ? first.lowerBound..<last.upperBound : nil
        }
        // At the start: the leading noise tokens, before the text (or the whole line).
        let head = tokens.prefix(while: isNoise)
        if let range = accept(head) { return range }
        // At the end: the trailing noise tokens (a mark glued to the sentence end, 办结件。., stays
        // with the text).
        let tail = tokens.reversed().prefix(while: isNoise)
        return accept(ArraySlice(tail.reversed()))
    }

    static func isASCIIAlnum(_ scalar: UInt32) -> Bool {
        scalar >= 0x30 && scalar <= 0x39 || scalar >= 0x41 && scalar <= 0x5A || scalar >= 0x61 && scalar <= 0x7A
    }

    /// The anti-copy noise inside a line of text (a line of noise alone is `WebChrome`'s).
    func scrambledResidue(_ line: LineText, _ start: Int, _ end: Int) -> Hit? {
        guard line.mask.contains(.latin) || line.mask.contains(.digit), let range = BoilerplateRule.scrambledRun(line) else { return nil }
        // Norm indices of the raw range (the norm form may have dropped spaces).
        let from = (start..<end).first { line.rawIndex($0) >= range.lowerBound } ?? start
        let to = (from..<end).first { line.rawIndex($0) >= range.upperBound } ?? end
        guard to > from else { return nil }
        return Hit(kind: .boilerplate, severity: .warning, start: from, end: to,
                   message: "网页残留:论坛防复制乱码", en: "Web residue: a forum's anti-copy noise")
    }

    /// Whether a line is bars and spaces only (|, ||, |||).
    static func barsOnly(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        // Without a bar only a blank range is "bars only" (the triggers answer for most lines).
        guard line.mayHaveBars else { return (start..<end).allSatisfy { line.cls($0).contains(.space) } }
        return (start..<end).allSatisfy { line[$0] == 0x7C || line.cls($0).contains(.space) }
    }

    /// Whether a line, as the one before a row of bars, makes that row the page's frame: a
    /// line of 20 letters or more with no bar but a trailing one (a table's cell is short, a
    /// table's row holds bars between its cells).
    static func framesBars(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        var tail = end
        // No bar in the line (most lines, from the triggers): only spaces are trimmed, and the
        // rest holds no bar.
        if !line.mayHaveBars {
            while tail > start, line.cls(tail - 1).contains(.space) { tail -= 1 }
            return tail - start >= 20
        }
        while tail > start, line[tail - 1] == 0x7C || line.cls(tail - 1).contains(.space) { tail -= 1 }
        guard tail - start >= 20 else { return false }
        // Read over the raw buffer: this runs for every line, and the subscript's bounds test per
        // letter cost ≈ 1.3 % of the check (positions outside the line read as 0, never a bar).
        let lower = max(start, 0), upper = min(tail, line.norm.count)
        guard lower < upper else { return true }
        return line.norm.withUnsafeBufferPointer { !$0[lower..<upper].contains(0x7C) }
    }

    /// Whether a whole line of chrome ending in a colon ends with a key of page metadata (索引号:,
    /// • 发文机构:, 邮箱/手机:, 关 键 词:) whose value the page sets on the next line; a button's
    /// label (分享:) has no value, and a table's header cell may follow it.
    static func endsWithMetadataKey(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 2, line[end - 1] == U.colon else { return false }
        var letters: [UInt32] = []
        var index = end - 2
        while index >= start, letters.count < 12,
              line.cls(index).contains(.ideograph) || line.cls(index).contains(.space) || line[index] == U.slash {
            if line.cls(index).contains(.ideograph) || line[index] == U.slash { letters.insert(line[index], at: 0) }
            index -= 1
        }
        guard letters.count >= 2 else { return false }
        return WebChrome.metadataKeys.prefix(in: letters, at: 0) > 0 || WebChrome.metadataKeys.suffix(in: letters, endingAt: letters.count) >= 2
    }
}
