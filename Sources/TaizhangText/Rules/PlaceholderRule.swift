/// Unfilled template blanks: 20xx年, 20__年, 201*年, x月, xx个, XX亿元, ___, ××, **, *市, AA区.
///
/// Latin x/X counts only as a standalone run next to Chinese text (not inside a word,
/// not 4x100, not X光); a single * only when it touches a Chinese character.
enum PlaceholderRule {
    static let x = U.s("x"), bigX = U.s("X"), square = U.s("□")
    static let xRayFollowers: Set<UInt32> = Set("光射线轴".unicodeScalars.map(\.value))

    static func isMark(_ s: UInt32) -> Bool { s == x || s == bigX || s == U.times || s == U.star || s == U.underscore }

    static func scan(_ line: LineText) -> [Hit] {
        var hits = [Hit]()
        var index = 0
        let count = line.count
        while index < count {
            let scalar = line[index]
            let cls = CharClass.of(scalar)
            if cls.contains(.digit) {
                // 20xx, 20__, 201*: 1–3 digits directly followed by blank marks.
                var end = index
                while CharClass.of(line[end]).contains(.digit) { end += 1 }
                let digits = end - index
                var markEnd = end
                while isMark(line[markEnd]) { markEnd += 1 }
                if digits <= 3, markEnd > end, !CharClass.of(line[index - 1]).contains(.digit),
                   !CharClass.of(line[markEnd]).contains(.digit), !CharClass.of(line[markEnd]).contains(.latin),
                   !(markEnd - end == 1 && (line[end] == U.times || line[end] == U.star) && !isYearContext(line, markEnd)) {
                    hits.append(hit(line, index, markEnd))
                    index = markEnd
                    continue
                }
                index = end
                continue
            }
            if scalar == x || scalar == bigX {
                var end = index
                while line[end] == x || line[end] == bigX { end += 1 }
                if end - index <= 4, standalone(line, index, end), !xRayFollowers.contains(line[end]) {
                    hits.append(hit(line, index, end))
                }
                index = end
                continue
            }
            if scalar == U.underscore || scalar == U.times || scalar == U.star || scalar == square {
                var end = index
                while line[end] == scalar { end += 1 }
                let length = end - index
                if length >= 2 || touchesChinese(line, index, end) {
                    if !(scalar == U.times && length == 1 && CharClass.of(line[index - 1]).contains(.digit)) {
                        hits.append(hit(line, index, end))
                    }
                }
                index = end
                continue
            }
            if cls.contains(.latin), scalar >= 0x41, scalar <= 0x5A {
                // AA区, BB市: a repeated capital letter standing for a name.
                var end = index
                while line[end] == scalar { end += 1 }
                let runEnd = end
                while CharClass.of(line[end]).contains(.latin) { end += 1 }
                if end == runEnd, runEnd - index >= 2, runEnd - index <= 3, !CharClass.of(line[index - 1]).contains(.latin),
                   CharClass.of(line[runEnd]).contains(.ideograph), line[runEnd] != U.s("级") {
                    hits.append(hit(line, index, runEnd))
                }
                index = end
                continue
            }
            index += 1
        }
        return hits
    }

    private static func isYearContext(_ line: LineText, _ end: Int) -> Bool {
        line[end] == U.s("年")
    }

    private static func standalone(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        let before = CharClass.of(line[start - 1]), after = CharClass.of(line[end])
        if before.contains(.latin) || after.contains(.latin) || before.contains(.digit) || after.contains(.digit) { return false }
        return before.contains(.ideograph) || after.contains(.ideograph) || line[end] == U.percent
            || line[start - 1] == U.dot && after.contains(.ideograph)
    }

    private static func touchesChinese(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        CharClass.of(line[start - 1]).contains(.ideograph) || CharClass.of(line[end]).contains(.ideograph)
            || line[start - 1] == U.lbook
    }

    private static func hit(_ line: LineText, _ start: Int, _ end: Int) -> Hit {
        let token = line.string(start..<end)
        return Hit(kind: .placeholder, severity: .error, start: start, end: end,
                   message: "未填写的模板占位符“\(token)”,请填入实际内容")
    }
}
