/// Session 20 (precision20): a blank range — `xx-xx年`, `20xx-20xx年`, `x~x月` — is one blank, the
/// span of years or months a template left open, not two. Read as two, its first end often stood
/// between punctuation and the dash (`一、xx-xx年`), touched no Chinese text and went unread, so an
/// office was shown the second end only; a range's ends are told by the dash that joins two blank
/// runs, whatever the words around them.
extension PlaceholderRule {
    static let rangeDashes = ScalarSet([U.hyphen, U.enDash, U.emDash, U.tilde, U.wave])

    /// The end of a second blank run joined to one ending at `end` by a range dash (x runs, or
    /// one to three digits and x/X marks, as in 20xx), or nil.
    static func blankRangeEnd(_ line: LineText, after end: Int) -> Int? {
        guard rangeDashes.contains(line[end]) else { return nil }
        var cursor = end + 1
        while line.cls(cursor).contains(.digit), cursor - end <= 3 { cursor += 1 }
        let marks = cursor
        while line[cursor] == x || line[cursor] == bigX { cursor += 1 }
        guard cursor > marks, !line.cls(cursor).contains(.latin), !line.cls(cursor).contains(.digit) else { return nil }
        return cursor
    }
}
