/// 1。述职的自我性。… ⏎ 2。论述的确定性。…: an input method's full stop typed for the marker's
/// point (1. written 1。) — the list still reads as 1. 2. 3. A figure never ends a sentence at a
/// line's start and goes on with a short phrase closed at once, so the form is read only so: one
/// or two digits, 。, then a title of 2 to 15 letters (ideographs, quotes) closed by 。 or a colon —
/// not a wrapped sentence's tail (12。全年完成…，… runs on past 15 letters or closes with a comma).
extension HeadingParser {
    static let stopTitleLetters = 2...15

    static func stopMarkerTitle(_ line: LineText, _ from: Int) -> Bool {
        var index = from
        while index < line.count, index - from <= stopTitleLetters.upperBound {
            let cls = line.cls(index)
            if cls.contains(.ideograph) || line[index] == U.s("“") || line[index] == U.s("”") { index += 1; continue }
            break
        }
        guard stopTitleLetters.contains(index - from), index < line.count else { return false }
        return line[index] == U.ideoStop || line[index] == U.colon || line[index] == 0xFF1A
    }
}
