/// 一、主要经济指标(一)工业方面 ⏎ 1.… 2.… ⏎ (二)商贸方面: the parent's line holds its first child's
/// marker glued after the title, so the (二) after the deeper 1. 2. list is no skip. Read on
/// heading lines only (a few per document): the bracketed and circled first markers, whose
/// form no figure takes ((一), (1), ①; 1. could be a decimal's).
extension OutlineTracker {
    static let firstChildMarkers: [[UInt32]] = [[UInt32](literal: "(一)"), [UInt32](literal: "(1)"), [U.circledOne]]

    static func holdsFirstChild(_ line: LineText, after start: Int) -> Bool {
        guard start < line.count else { return false }
        return firstChildMarkers.contains { line.contains($0, in: start..<line.count) }
    }
}
