/// A numbered note of a site's notice that stands between two notes the chrome rules took
/// (1、下载文档前请自行甄别… / 2、"仅部分预览"的文档… / 3、如文档侵犯您的权益…) is part of the same
/// notice, whatever its own words: a document never slips one of its items between two
/// numbered lines of a site's notice.
///
/// Lines arrive in order, so the middle note is known only when the next one is taken.
struct ChromeNotes {
    private var last: (style: HeadingStyle, number: Int)? = nil
    private var pending: (line: Int, text: String, style: HeadingStyle, number: Int)? = nil

    /// A whole line of chrome with `heading` (or none): returns the note between it and the
    /// chrome note before it, when the three are numbered in a row.
    mutating func chrome(_ heading: Heading?) -> (line: Int, text: String)? {
        defer { last = heading.map { ($0.style, $0.number) }; pending = nil }
        guard let heading, let last, let pending, last.style == heading.style, pending.style == heading.style,
              pending.number == last.number + 1, heading.number == pending.number + 1 else { return nil }
        return (pending.line, pending.text)
    }

    /// Any other line with content: a candidate when it is the next note of the chrome list.
    mutating func content(_ line: LineText, heading: Heading?) {
        if pending == nil, let heading, let last, heading.style == last.style, heading.number == last.number + 1 {
            pending = (line.number, line.string(line.contentStart..<line.count), heading.style, heading.number)
        } else {
            last = nil
            pending = nil
        }
    }
}
