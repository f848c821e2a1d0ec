/// A template's cover form run into the text (issue #14, sixteenth pass): a document site
/// that extracts a Word file onto one line keeps its cover — 撰写人: ______ 日 期: ______ —
/// between the title and the body. A field is a short key (letters, a spaced key such as
/// 日 期 included), a colon and nothing but an underline; two fields in a row, split only by
/// spaces, are a form. The whole form is residue, its blanks are no placeholders to fill in
/// the summary and its keys no measure words (期). One field alone (负责人:______) inside a
/// sentence is the text's own blank.
extension WebChrome {
    /// The spans of the cover forms in the line (usually none: only lines with an underline).
    static func coverForms(_ line: LineText) -> [Range<Int>] {
        guard line.contains(scalar: U.underscore) else { return [] }
        var forms = [Range<Int>](), previous: Range<Int>?, index = line.contentStart
        while index < line.count {
            guard line[index] == U.colon, let field = coverField(line, colon: index) else { index += 1; continue }
            if let before = previous, (before.upperBound..<field.lowerBound).allSatisfy({ line.cls($0).contains(.space) }) {
                if let last = forms.last, last.upperBound == before.upperBound {
                    forms[forms.count - 1] = last.lowerBound..<field.upperBound
                } else {
                    forms.append(before.lowerBound..<field.upperBound)
                }
            }
            previous = field
            index = field.upperBound
        }
        return forms
    }

    /// The field whose colon is at `colon`: its key (one to six letters, a single space
    /// allowed between one-letter parts) and an underline of at least three after it.
    private static func coverField(_ line: LineText, colon: Int) -> Range<Int>? {
        var keyStart = colon, letters = 0, sinceSpace = 0
        while keyStart > line.contentStart, letters < 6 {
            if line.cls(keyStart - 1).contains(.ideograph) {
                keyStart -= 1; letters += 1; sinceSpace += 1
            } else if line[keyStart - 1] == 0x20, sinceSpace == 1, line.cls(keyStart - 2).contains(.ideograph) {
                keyStart -= 1; sinceSpace = 0
            } else { break }
        }
        guard letters >= 1 else { return nil }
        var cursor = colon + 1
        while cursor < line.count, line.cls(cursor).contains(.space) { cursor += 1 }
        let blank = cursor
        while cursor < line.count, line[cursor] == U.underscore { cursor += 1 }
        guard cursor - blank >= 3 else { return nil }
        return keyStart..<cursor
    }
}
