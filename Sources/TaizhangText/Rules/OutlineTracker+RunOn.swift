/// 一、总体要求 ⏎ (一)指导思想 ⏎ (二)主要目标 ⏎ 二、全面建设… ⏎ (三)健全…: an 意见, 通知 or 方案
/// numbers its items on across its parts, so the first child under a new parent goes on from the
/// list the parent's previous sibling closed. A child list that opens at exactly that list's last
/// number + 1, in the same style, is that convention, not a skip. Only the next number: a child
/// opening past it (一、(一)(二) 二、(四)) or repeating it (二、(一)…(六) 三、(六)) still skips, and a
/// first child under a parent whose earlier siblings had no children still must open at 1. The
/// closed list must have held two items at least: 一、(一)… 二、(二) stays a skip, as the rules have
/// read it since the second pass (`GeneralisationTests`: a lone first child is no count run on).
extension OutlineTracker {
    static func runsOn(_ parent: Level, _ heading: Heading) -> Bool {
        guard let closed = parent.closedChild, closed.last >= 2 else { return false }
        return closed.style == heading.style && heading.number == closed.last + 1
    }
}
