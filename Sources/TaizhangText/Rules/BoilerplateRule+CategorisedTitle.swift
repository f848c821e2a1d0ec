/// A page title filed under the site's category, opening a line:
/// - 幼儿园创城总结-总结 篇一:… — the title, a hyphen and a bare report word (the site's
///   column), then a space or the line's end;
/// - 乡镇政府工作总结|乡镇人民政府五年工作总结 — the column's name, a bar, then the title
///   to the line's end.
/// Both sides name a kind of report (`TitleRepeats.titleWords`) and carry no punctuation,
/// so a table row (项目|数量) or a sentence that goes on after a hyphen is never taken.
extension BoilerplateRule {
    static let maximumCategorised = 40

    /// The end of the site's part of the line (after 总结-总结, or after the bar), else nil.
    func categorisedTitle(_ line: LineText, _ start: Int, _ end: Int) -> Int? {
        var index = start, spaces = 0
        while index < end, index - start <= BoilerplateRule.maximumCategorised {
            let scalar = line[index]
            if scalar == U.hyphen || scalar == 0x7C || scalar == 0xFF5C { break }
            if line.cls(index).contains(.space) { spaces += 1 } else if !line.cls(index).contains(.ideograph)
                && !line.cls(index).contains(.digit) && !line.cls(index).contains(.latin) { return nil }
            index += 1
        }
        guard index < end, index - start >= 4, spaces <= 1, BoilerplateRule.namesReport(line, start, index) else { return nil }
        if line[index] == U.hyphen { return columnAfterHyphen(line, index + 1, end) }
        return titleAfterBar(line, index + 1, end) ? index + 1 : nil
    }

    /// 总结 right after the hyphen, then a space or the end: returns the end of the word.
    private func columnAfterHyphen(_ line: LineText, _ at: Int, _ end: Int) -> Int? {
        let word = TitleRepeats.titleWords.prefix(in: line.norm, at: at)
        guard word > 0, at + word == end || line.cls(at + word).contains(.space) else { return nil }
        return at + word
    }

    /// The rest of the line: a title (letters, digits, a report word), no punctuation, no bar.
    private func titleAfterBar(_ line: LineText, _ at: Int, _ end: Int) -> Bool {
        guard end - at >= 4, end - at <= BoilerplateRule.maximumCategorised else { return false }
        for index in at..<end where !line.cls(index).contains(.ideograph) && !line.cls(index).contains(.digit) {
            return false
        }
        return BoilerplateRule.namesReport(line, at, end)
    }

    static func namesReport(_ line: LineText, _ from: Int, _ to: Int) -> Bool {
        (from..<to).contains { TitleRepeats.titleWords.prefix(in: line.norm, at: $0) > 0 && $0 + TitleRepeats.titleWords.prefix(in: line.norm, at: $0) <= to }
    }
}
