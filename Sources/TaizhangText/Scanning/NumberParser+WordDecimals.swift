/// A decimal written in Chinese numerals, its point the letter 點/点 or a dot (numerals21 probe,
/// Taiwan county budgets and a column on health spending): 二七七點三一億餘元 (277.31 亿元),
/// 二十六點八一億元, 增幅約十點七%, 卅五.一%, 十二.七%.
///
/// Why it generalises and what it leaves: the fraction after the point is read letter by letter
/// (三一 = .31), as it is spoken, and the figure must end on 万, 亿, % or ‰ right after the
/// fraction — the shapes of an amount or a share. 点 is also the hour (十点五十分, 八点一刻) and a
/// count of points (三点希望, 一点意见): none of those has a magnitude or % after one digit letter
/// run, so none is read; a point followed by anything else is left to the other readers.
extension NumberParser {
    static func wordDecimal(_ line: LineText, at start: Int) -> ParsedNumber? {
        var point = start
        while line.cls(point).contains(.cjkNumeral) || line[point] == 0x25CB { point += 1 }
        guard point > start, line[point] == 0x70B9 || line[point] == U.dot else { return nil }   // 点 (點 folded) or .
        let whole = spelledRun(line, at: start)
        guard let integer = whole.end == point ? whole.value : evaluate(line.norm, start..<point) else { return nil }
        let fraction = spelledRun(line, at: point + 1)
        guard fraction.count > 0 else { return nil }
        let value = integer + fraction.value / pow10(fraction.count)
        let next = line[fraction.end]
        if next == U.percent || next == U.permille {
            return ParsedNumber(value: value, start: start, end: fraction.end, decimals: fraction.count, isChinese: true)
        }
        guard let big = bigUnit(next) else { return nil }
        return ParsedNumber(value: value, start: start, end: fraction.end + 1, decimals: fraction.count, isChinese: true,
                            magnitude: big, magnitudeText: big == 10_000 ? "万" : "亿")
    }

    private static func pow10(_ count: Int) -> Double {
        var result = 1.0
        for _ in 0..<count { result *= 10 }
        return result
    }
}
