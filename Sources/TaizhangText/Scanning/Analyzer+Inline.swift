/// Numbered items inside one paragraph (一是…二是…, (1)…(2)…) and the intro line before a
/// list: read from the line alone, reported through the analyzer's `record`.
extension Analyzer {
    /// 一是…二是…四是 within one paragraph: skips and repeats are reported.
    /// A list does not run across a heading glued into the line (`sections`): a text flattened
    /// onto one line (…;2、…。(二)企业服务…1、…2、…) numbers each section's items afresh, and
    /// the second section's 1、 glued to its title is often unread. Not at a heading the outline
    /// put below the line's own (1、…一、…3、 of a PDF's page: the 1、 list goes on).
    func checkInline(_ markers: [InlineMarker], _ line: LineText, skipFirst: Bool, sections: [(start: Int, heading: Heading)]) {
        var last: [UInt32: (number: Int, start: Int, end: Int)] = [:]
        var section = 0
        for (offset, marker) in markers.enumerated() {
            if skipFirst && offset == 0 { continue }
            if section < sections.count, sections[section].start < marker.start {
                while section < sections.count, sections[section].start < marker.start { section += 1 }
                last.removeAll(keepingCapacity: true)
            }
            defer { last[marker.family] = (marker.number, marker.start, marker.end) }
            guard let (previous, previousStart, previousEnd) = last[marker.family], marker.number != 1,
                  marker.number != previous + 1 else { continue }
            // 二是…新风。二是…新风。: a PDF extraction doubled the bold heading, marker and
            // clause alike; the copy is no repeated number.
            if marker.number == previous, InlineEnumeration.doubledRun(line, from: previousStart, copyAt: marker.start) { continue }
            let want = InlineEnumeration.label(previous + 1, family: marker.family)
            // …落实3个项目二是突出…: the marker is there, only its punctuation was lost.
            if marker.number == previous + 2, previousEnd < marker.start,
               line.contains([UInt32](literal: want), in: previousEnd..<marker.start) { continue }
            let found = line.string(marker.start..<marker.end)
            let what = marker.number == previous ? "重复" : "不连续"
            record(Hit(kind: .numbering, severity: .warning, start: marker.start, end: marker.end,
                       message: "分项序号\(what):此处应为“\(want)”,实际为“\(found)”",
                       en: "Item number \(marker.number == previous ? "repeated" : "skips"): expected “\(want)” here, found “\(found)”"), line)
        }
    }

    static func looksLikeIntro(_ line: LineText) -> Bool {
        var end = line.count
        while end > 0, line.cls(end - 1).contains(.space) { end -= 1 }
        if end > 0, line[end - 1] == U.colon { return true }
        return line.contains(U.s("如"), followedBy: U.s("下"))
    }

    /// 编写部门工作总结时,应注意以下几点: ⏎ 存在问题;: a short line that ends on a colon (or a
    /// semicolon typed for one) introduces the list below it. Asked only on the line right under
    /// a list's item (`previousHeld`): there a new summary opens with its title, never with a lead-in,
    /// and a salutation (尊敬的领导:) stands under a title, not under an item.
    static let leadInLength = 30

    static func isLeadIn(_ line: LineText) -> Bool {
        var end = line.count
        while end > line.contentStart, line.cls(end - 1).contains(.space) { end -= 1 }
        guard end > line.contentStart, end - line.contentStart <= leadInLength else { return false }
        let last = line[end - 1]
        return last == U.colon || last == U.semicolon || last == 0xFF1A || last == 0xFF1B
    }
}
