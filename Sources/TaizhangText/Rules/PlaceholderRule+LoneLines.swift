/// A blank alone on its line: PDF extraction ends a text run at every field of a template, so
/// `完成地区生产总值` ⏎ `XX` ⏎ `亿元,增长` puts the unfilled figure on a line of its own, with no
/// Chinese letter beside it for `standalone` to see. The line is a blank when it sits inside a
/// sentence that runs over it: the line before (if any) does not end the sentence, the line after
/// opens on a Chinese letter (the rest of the sentence), and one of the two is prose (it holds a
/// clause mark or opens on a measure). A run of codes or numerals (XIX ⏎ XX ⏎ XXI), a cell
/// between labels without punctuation (型号 ⏎ XX ⏎ 规格) and a lone X are left alone.
extension PlaceholderRule {
    /// The x/X run (2…6 letters) that a line holds alone, spaces around it allowed.
    static func loneBlank(_ line: LineText) -> Range<Int>? {
        guard line.count <= 12, line.mask.contains(.latin) else { return nil }
        var start = 0, end = line.count
        while start < end, line.cls(start).contains(.space) { start += 1 }
        while end > start, line.cls(end - 1).contains(.space) { end -= 1 }
        guard end - start >= 2, end - start <= 6, (start..<end).allSatisfy({ line[$0] == x || line[$0] == bigX }) else { return nil }
        return start..<end
    }

    /// The placeholder on `blank` (the line right before `after`), given the content line
    /// before it (`before`, nil or not adjacent at a paragraph's start).
    static func loneBlankHit(before: LineText?, blank: LineText, after: LineText) -> Hit? {
        guard blank.number == after.number - 1, let range = loneBlank(blank) else { return nil }
        let first = after.contentStart
        guard first < after.count, after.cls(first).contains(.ideograph), loneBlank(after) == nil else { return nil }
        let opensOnMeasure = Vocabulary.units.prefix(in: after.norm, at: first) > 0
        var prose = opensOnMeasure || after.mask.contains(.clauseBreak)
        if let before, before.number == blank.number - 1 {
            var last = before.count
            while last > 0, before.cls(last - 1).contains(.space) { last -= 1 }
            // The sentence runs on: the line before ends on a letter or a comma-like mark, not a stop.
            guard last > 0, before.cls(last - 1).contains(.ideograph) || before[last - 1] == U.comma || before[last - 1] == U.ideoComma,
                  loneBlank(before) == nil else { return nil }
            prose = prose || before.mask.contains(.clauseBreak)
        }
        return prose ? hit(blank, range.lowerBound, range.upperBound) : nil
    }
}
