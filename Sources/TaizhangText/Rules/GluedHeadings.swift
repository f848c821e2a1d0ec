/// Outline headings that lost their line break: a web page or a PDF extraction glued
/// them into the paragraph before them (…报告如下:一、主要工作…。二、夯实基础…;
/// …机耕道。(二)积极谋划…; …万美元。 1.城市建设…). They belong to the outline like any
/// heading, so 一、…。二、…。四、 in one paragraph is a skip, and the next line's 三、
/// continues from them.
///
/// Only the styles of section headings are taken here — 一、 (一) and 1. — and only
/// right after a sentence end or a colon (spaces allowed), followed by a letter that
/// starts a title (an ideograph that is no numeral: not 。一、二、三等奖, not 。1.5万元).
/// 1、 and (1) inside a paragraph are items of a list (`InlineEnumeration.numberedMarkers`).
enum GluedHeadings {
    static func scan(_ line: LineText, after headingEnd: Int, inPart: Bool = false, parent: HeadingStyle? = nil) -> [(start: Int, heading: Heading)] {
        var result = [(start: Int, heading: Heading)]()
        if inPart, let first = afterSpace(line, from: headingEnd) { result.append(first) }
        if let parent, line.mask.contains(.digit) || line.mask.contains(.clauseBreak) { appendChildren(line, parent: parent, after: headingEnd, into: &result) }
        // A glued marker needs a sentence end or a colon before it, and a numeral or a bracket.
        guard line.mask.contains(.clauseBreak), line.mask.contains(.cjkNumeral) || line.mask.contains(.digit) else {
            if line.mask.contains(.cjkNumeral) { angleMarkers(line, after: headingEnd, into: &result) }
            return result
        }
        let count = line.count
        var index = line.nextIndex(from: headingEnd, classes: CharClass.sentenceEnd.rawValue, or: U.colon, ellipsis)
        while index < count {
            var next = index + 1
            if let (start, heading) = markerStart(line, after: index).flatMap({ s in glued(line, at: s).map { (s, $0) } ?? markdownGlued(line, at: s) }),
               !result.contains(where: { $0.start == start }) {
                result.append((start, heading))
                appendChildren(line, parent: heading.style, after: heading.markerEnd, into: &result)
                next = result[result.count - 1].heading.markerEnd
            }
            index = line.nextIndex(from: next, classes: CharClass.sentenceEnd.rawValue, or: U.colon, ellipsis)
        }
        if line.mask.contains(.cjkNumeral) { angleMarkers(line, after: headingEnd, into: &result) }
        return result
    }

    /// 第六章 信用合作第一节 农村信用合作社 一、存款: a part's heading line (a book or a PDF
    /// page) runs on to its first section after a space; that 一、 or (一) opens the outline.
    /// So does a document site's first page chunk (1、某县工作汇报 一、基本情况…): the title
    /// the site set after the chunk number runs on to the first section.
    private static func afterSpace(_ line: LineText, from headingEnd: Int) -> (start: Int, heading: Heading)? {
        var index = headingEnd
        while index < line.count {
            if line.cls(index).contains(.sentenceEnd) { return nil }
            if line.cls(index).contains(.space) {
                var start = index
                while line.cls(start).contains(.space) { start += 1 }
                if let heading = glued(line, at: start), heading.style != .arabic { return (start, heading) }
                index = start
                continue
            }
            index += 1
        }
        return nil
    }

    /// 〈一〉 and <一> wherever they stand: angle brackets round a numeral mark nothing but a
    /// sub-heading, so one glued to the title before it (一、上半年工作总结〈一〉扎实推进…) is
    /// read as well as one after a sentence end — else its 〈二〉 looked like a list opening at 2.
    private static func angleMarkers(_ line: LineText, after headingEnd: Int, into result: inout [(start: Int, heading: Heading)]) {
        var index = line.nextIndex(from: headingEnd, classes: 0, or: U.langleCJK, U.langle)
        var added = false
        while index < line.count {
            if !result.contains(where: { $0.start == index }), let heading = HeadingParser.parse(line, at: index),
               heading.style == .cjkParen, line.cls(heading.markerEnd).contains(.ideograph) {
                result.append((index, heading))
                added = true
            }
            index = line.nextIndex(from: index + 1, classes: 0, or: U.langleCJK, U.langle)
        }
        if added { result.sort { $0.start < $1.start } }
    }

    static func glued(_ line: LineText, at start: Int) -> Heading? {
        let first = line[start]
        guard first == U.lparen || HeadingParser.angleClose(first) != nil || line.cls(start).contains(.cjkNumeral) || line.cls(start).contains(.digit) else { return nil }
        guard let heading = HeadingParser.parse(line, at: start), heading.number <= 20 else { return nil }
        switch heading.style {
        case .cjk, .cjkParen: break
        case .arabic where line[heading.markerEnd - 1] == U.dot: break
        default: return nil
        }
        // A title follows: an ideograph that is no numeral; after 一、 and (一) also a year (二、2021年…).
        // A space or two may stand between (…的准备。三、 抓好文艺作品创作: a heading line written
        // 三、␣title, glued to the paragraph above when the break was lost).
        var after = heading.markerEnd
        while after < heading.markerEnd + 2, line.cls(after).contains(.space) { after += 1 }
        let next = line.cls(after)
        let title = next.contains(.ideograph) && !next.contains(.cjkNumeral) || heading.style != .arabic && next.contains(.digit)
            || opensMaskedName(line, after)
        guard title else { return nil }
        return heading
    }
}
