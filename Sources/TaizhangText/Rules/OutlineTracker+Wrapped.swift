/// A line that opens with a list of numbers, not with a marker: 三、四季度, 1、2月份 (N、 then
/// N+1 in the same script). It is a heading unless something says otherwise: a third number
/// follows (1、2、3月), a short phrase and a comma open a sentence (3、4月份,组织开展了…;
/// 三、四季度,我镇将…), or the line before stops mid-clause — on 、, or on a letter at the end
/// of a long line of body text — so that the line is the rest of a sentence a PDF or a narrow
/// page wrapped (…主要集中在第 ⏎ 三、四季度。). Taking such a line for a heading reported a skip
/// (一、 … 三、) and then a repeat at the real 二、. Headings whose title opens with a number
/// stay headings: 一、二季度工作开展情况 (the summary writer's own), 2、3个重点项目加快推进.
extension OutlineTracker {
    static let wrappedLineLength = 20

    static func opensNumberList(_ heading: Heading, _ line: LineText, previous: LineText?) -> Bool {
        guard heading.style == .cjk || heading.style == .arabic, line[heading.markerEnd - 1] == U.ideoComma else { return false }
        let run = heading.style == .cjk ? HeadingParser.chineseRun(line, heading.markerEnd) : HeadingParser.arabicRun(line, heading.markerEnd)
        guard let run, run.value == heading.number + 1 else { return false }
        if line[run.end] == U.ideoComma { return true }
        // 3、4月份,组织开展了… / 三、四季度,我镇将…: a short phrase and a comma open a sentence.
        if let comma = (run.end..<min(line.count, run.end + 5)).first(where: { line[$0] == U.comma }),
           (run.end..<comma).allSatisfy({ line.cls($0).contains(.ideograph) && !line.cls($0).contains(.cjkNumeral) }) { return true }
        guard let previous, previous.number == line.number - 1, previous.mask.contains(.clauseBreak) else { return false }
        var end = previous.count
        while end > previous.contentStart, previous.cls(end - 1).contains(.space) { end -= 1 }
        let length = end - previous.contentStart, last = previous.cls(end - 1)
        // A line ending on 、 stops inside a list whatever its length (not a marker alone: 一、 ⏎ 主要工作).
        if previous[end - 1] == U.ideoComma { return length >= 8 }
        return length >= wrappedLineLength && last.contains(.ideograph) && !last.contains(.clauseBreak)
    }
}
