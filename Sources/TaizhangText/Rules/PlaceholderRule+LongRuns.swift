/// 坚持以XXXXXXX为指导: a template writes a long name it leaves blank (a doctrine's, an
/// organisation's) as one long run of the same letter. Runs of x/X longer than six are read as a
/// blank only when both neighbours are ideographs — the run sits inside a Chinese sentence where a
/// word belongs — and the run is of one letter (XXXXXXX, not a Latin code such as XXXL or XXXXY).
///
/// Why it generalises: the slot is told by the characters on both sides, not by the length of the
/// run: a run between two ideographs cannot be a Latin word or a code, and no Chinese text writes
/// seven identical letters for anything but a blank; a run against Latin letters, digits or a line's
/// edge (rows of XXXXXXXX drawn as rules) stays unread.
extension PlaceholderRule {
    static let longestNameSlot = 12

    static func longNameSlot(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start <= longestNameSlot, line.cls(start - 1).contains(.ideograph), line.cls(end).contains(.ideograph) else {
            return false
        }
        for index in start..<end where line[index] != line[start] { return false }
        return true
    }
}
