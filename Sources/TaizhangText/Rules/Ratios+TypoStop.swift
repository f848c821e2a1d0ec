/// 我县秋粮已收获94.18万亩.占应收面积142.38万亩的66.13%: an ASCII full stop typed after a measure
/// word where the clause goes on (xrate20; series ze's `.` for a comma). 占 has no subject of its
/// own, so a clause that opens with it right after such a stop takes its part from the words before
/// the stop: the share's figures are read as if the stop were a comma. Only `.` after an ideograph
/// and only before 占 — a 。 and a decimal point keep their meaning.
extension Ratios {
    static func isTypoStop(_ line: LineText, at index: Int) -> Bool {
        index >= 1 && index + 1 < line.count && line[index] == U.dot && line.cls(index - 1).contains(.ideograph)
            && line[index + 1] == U.s("占")
    }

    /// The clause of a share starts after a typo stop inside it (the stop is no clause break in the
    /// character classes, so the clause found reaches back over it).
    static func afterTypoStop(_ line: LineText, _ clause: Int, _ end: Int) -> Int {
        guard let stop = (clause..<end).last(where: { isTypoStop(line, at: $0) }) else { return clause }
        return stop + 1
    }
}
