extension GluedHeadings {
    /// The longest title a first child is looked for behind (letters and figures).
    static let titleReach = 24

    /// A first sub-heading glued to the end of its parent's title, where no stop divides them:
    /// a text flattened onto one line (PDF, a document site) runs 一、1-6月份工作总结(一)经济指标
    ///平稳增长1、工业产值… — the (一) and the 1、 open their lists right after the title. Read
    /// only as a list's first item (number 1) of a deeper style than the parent (a title never
    /// holds (一) or 1、 of its own level), after an ideograph (not 2021年1.5), within the title's
    /// reach (no clause break or sentence end before it), with an ideograph after it.
    /// Else the next section's 2. under 二、 read as a repeat of the list before.
    static func firstChild(_ line: LineText, parent: HeadingStyle, after markerEnd: Int) -> (start: Int, heading: Heading)? {
        guard parent.rawValue < HeadingStyle.circled.rawValue else { return nil }
        let stops = CharClass.clauseBreak.rawValue | CharClass.sentenceEnd.rawValue
        var index = markerEnd + 1, letters = 0
        while index < line.count, letters < titleReach {
            let cls = line.classes[index]
            let before = line.cls(index - 1)
            if line[index] == U.lparen || cls & CharClass.digit.rawValue != 0 && line[index] == 0x31,
               before.contains(.ideograph), !before.contains(.cjkNumeral),
               let heading = HeadingParser.parse(line, at: index), heading.number == 1, heading.style.rawValue > parent.rawValue,
               heading.style.rawValue <= HeadingStyle.arabicParen.rawValue,
               titleFollows(line, heading.markerEnd) {
                return (index, heading)
            }
            if cls & stops != 0 { return nil }
            if cls & CharClass.letters.rawValue != 0 { letters += 1 }
            index += 1
        }
        return nil
    }

    /// A title's first letter after a marker (a space or two between): an ideograph, no numeral.
    static func titleFollows(_ line: LineText, _ markerEnd: Int) -> Bool {
        var after = markerEnd
        while after < markerEnd + 2, line.cls(after).contains(.space) { after += 1 }
        return line.cls(after).contains(.ideograph) && !line.cls(after).contains(.cjkNumeral)
    }

    /// The first children glued after `parent`'s title, each after the one before (一、…(一)…1、…).
    static func appendChildren(_ line: LineText, parent: HeadingStyle, after markerEnd: Int, into result: inout [(start: Int, heading: Heading)]) {
        var style = parent, end = markerEnd
        while let child = firstChild(line, parent: style, after: end), !result.contains(where: { $0.start == child.start }) {
            result.append(child)
            (style, end) = (child.heading.style, child.heading.markerEnd)
        }
    }
}
