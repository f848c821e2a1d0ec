/// Markdown heading marks before an outline marker (outline-wild5 018, an article stored as one
/// line: `…英勇事迹。 ## 第一节:消防中队的使命与责任 … ### 1.1 预防火灾 … ## 第二节:…`; outline-wild3
/// 028 at line starts: `## 一、…`, `### 1.…`). One to six `#` and a space are markdown's syntax for
/// a heading, so the marker after them opens a heading: at a line's start, and inside a line when
/// a space sets the marks apart (the line breaks a one-line extraction lost were there). The marks
/// themselves are never a number; a `#` glued to letters (`#话题#`, `C#`, a URL's `#top`) or seven
/// marks are none of this. Inside a line, a part (第一节, 第二章) is read too — after `##` nothing
/// but a heading stands — besides the styles every glued heading may have; `1.1` stays a section
/// number (no marker), as on its own line.
extension GluedHeadings {
    static let hashMark = UInt32(0x23)

    /// The index after the markdown marks and their spaces at `index`, or nil.
    @inline(__always) static func afterHashMarks(_ line: LineText, _ index: Int) -> Int? {
        var end = index
        while end < line.count, line.norm[end] == hashMark { end += 1 }
        guard (1...6).contains(end - index), line.cls(end).contains(.space) else { return nil }
        while line.cls(end).contains(.space) { end += 1 }
        return end < line.count ? end : nil
    }

    /// A line opening on markdown marks (`## 一、主要工作`): where its marker starts, if one parses there.
    static func markdownMarkerStart(_ line: LineText) -> Int? {
        let start = line.contentStart
        guard start < line.count, line.norm[start] == hashMark, let at = afterHashMarks(line, start),
              HeadingParser.parse(line, at: at) != nil else { return nil }
        return at
    }

    /// A heading behind markdown marks set apart by a space at `start` inside a line (`。 ## 第一节:…`).
    static func markdownGlued(_ line: LineText, at start: Int) -> (start: Int, heading: Heading)? {
        guard start < line.count, line.norm[start] == hashMark, line.cls(start - 1).contains(.space),
              let at = afterHashMarks(line, start), let heading = HeadingParser.parse(line, at: at) else { return nil }
        if heading.style == .part { return (at, heading) }
        return glued(line, at: at).map { (at, $0) }
    }
}
