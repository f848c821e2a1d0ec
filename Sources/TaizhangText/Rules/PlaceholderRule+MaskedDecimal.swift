/// 1X.6%, 3*.*7%, 0.×4%, 1×.×7公里 (issue #14, mnprobe): a blank mark glued to a decimal
/// point inside a figure. One mark between two digits stays a multiplication (4x100, 3×4米),
/// but a product never has a factor ending or starting at a decimal point with a mark on
/// its other side, so a mark touching the point stands for a digit left unfilled.
extension PlaceholderRule {
    static func maskedDecimalEnd(_ line: LineText, from start: Int) -> Int? {
        guard !line.cls(start - 1).contains(.latin), line[start - 1] != U.dot else { return nil }
        var end = start, touching = false
        while true {
            let scalar = line[end]
            if scalar == U.dot {
                let before = line[end - 1], after = line[end + 1]
                let sides = [before, after].map { isMark($0) && $0 != U.underscore || CharClass.of($0).contains(.digit) }
                guard end > start, sides[0], sides[1] else { break }
                if isMark(before) || isMark(after) { touching = true }
            } else if !(line.cls(end).contains(.digit) || isMark(scalar) && scalar != U.underscore) {
                break
            }
            end += 1
        }
        guard touching, isMark(line[start - 1]) == false, line[end - 1] != U.dot,
              line.cls(end).contains(.ideograph) || line[end] == U.percent else { return nil }
        return end
    }
}
