/// The first bracketed marker written with a dash (outline-wild5 004, a weather bureau's page from
/// a document site: `一、工作开展情况(-)坚守第一道防线,…` and then `(二)全力应对高温干旱天气`).
/// A PDF or OCR converter takes the single stroke of 一 for a hyphen or a dash, so `(-)`, `(—)`,
/// `(–)`, `(ー)` stand where (一) stood. Read as (一) only where the outline already wants (一) — the
/// list's second item (二) is a heading and no (一) was read — so the dash never opens a list of its
/// own: a title's `工作方案(-)》` with no (二) after it stays text. Without this the page's (二) was
/// reported as a list opening at (二).
extension OutlineTracker {
    static let firstStrokes: ScalarSet = [U.hyphen, U.enDash, U.emDash, 0x2015, 0x2212, 0x30FC]

    /// `line` (in `range`) holds `(-)` where a bracketed list's first marker (一) is wanted.
    static func holdsDashedFirst(_ line: LineText, _ heading: Heading, number: Int, in range: Range<Int>? = nil) -> Bool {
        // Only for (二): after (-) a (三) still lost its (二), and stays a skip.
        guard number == 1, heading.number == 2, heading.style == .cjkParen, line.mayContain(U.lparen) else { return false }
        let range = range ?? 0..<line.count
        var open = line.nextIndex(from: range.lowerBound, classes: 0, or: U.lparen)
        while open + 2 < range.upperBound {
            if firstStrokes.contains(line.norm[open + 1]), line.norm[open + 2] == U.rparen { return true }
            open = line.nextIndex(from: open + 1, classes: 0, or: U.lparen)
        }
        return false
    }
}
