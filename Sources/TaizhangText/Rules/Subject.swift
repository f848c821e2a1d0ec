/// Finds the phrase a quantity measures: the words of its clause before the number
/// (放映公益电影 in 累计放映公益电影1526场), or after it when the clause starts with
/// the number (两次监测的所有项目 → 监测的所有项目).
enum Subject {
    static let maxLength = 16

    static func phrase(_ line: LineText, for hit: QuantityHit) -> SubjectText {
        SubjectText(line, range(line, for: hit))
    }

    /// The norm range of the phrase (`phrase` keeps it with the line's scalars, not as a String).
    static func range(_ line: LineText, for hit: QuantityHit) -> Range<Int> {
        var start = hit.start
        while start > 0, hit.start - start < maxLength {
            let scalar = line[start - 1]
            let cls = CharClass.of(scalar)
            if cls.contains(.clauseBreak) || cls.contains(.space) || cls.contains(.digit) || cls.contains(.quote) && start < hit.start - 1 { break }
            start -= 1
        }
        var end = hit.start
        while true {
            let lead = Vocabulary.subjectLeadingNoise.prefix(in: line.norm, at: start)
            if lead > 0 && start + lead <= end { start += lead } else { break }
        }
        while end > start {
            let trail = Vocabulary.subjectTrailingNoise.suffix(in: line.norm, endingAt: end)
            if trail > 0 && end - trail >= start { end -= trail } else { break }
        }
        if end > start { return start..<end }
        var forwardEnd = hit.end
        if line[forwardEnd] == U.s("的") { forwardEnd += 1 }
        let forwardStart = forwardEnd
        while forwardEnd < line.count, forwardEnd - forwardStart < 12,
              !line.cls(forwardEnd).contains(.clauseBreak), !line.cls(forwardEnd).contains(.digit) {
            forwardEnd += 1
        }
        return forwardStart..<forwardEnd
    }
}
