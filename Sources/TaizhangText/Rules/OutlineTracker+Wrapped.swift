/// A PDF or a narrow page wraps a sentence right inside a list of numbers: …主要集中在第 ⏎
/// 三、四季度。 or …开展了志愿服务活动,其中 ⏎ 2、3月份… The new line opens with what looks
/// like a marker (三、 2、), but it is the rest of the sentence: the line before stops
/// mid-clause — on 、, or on a letter at the end of a long line of body text —, and the "marker" is
/// followed by the next number of the same script (三、四, 2、3) — an enumeration of
/// numbers, not a heading with a title. Taking it as a heading reported a skip (一、 … 三、)
/// and then a repeat at the real 二、.
extension OutlineTracker {
    static let wrappedLineLength = 20

    static func continuesWrappedLine(_ heading: Heading, _ line: LineText, previous: LineText?) -> Bool {
        guard heading.style == .cjk || heading.style == .arabic, let previous, previous.number == line.number - 1,
              line[heading.markerEnd - 1] == U.ideoComma else { return false }
        let next = line.cls(heading.markerEnd)
        guard heading.style == .cjk ? next.contains(.cjkNumeral) : next.contains(.digit) else { return false }
        var end = previous.count
        while end > previous.contentStart, previous.cls(end - 1).contains(.space) { end -= 1 }
        guard previous.mask.contains(.clauseBreak) else { return false }
        let length = end - previous.contentStart, last = previous.cls(end - 1)
        // A line ending on 、 stops inside a list whatever its length (not a marker alone: 一、 ⏎ 主要工作).
        if previous[end - 1] == U.ideoComma { return length >= 8 }
        return length >= wrappedLineLength && last.contains(.ideograph) && !last.contains(.clauseBreak)
    }
}
