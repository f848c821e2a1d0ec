/// Figures written letter by letter in Chinese numerals, as the Taiwan press writes amounts
/// (zf10, a Liberty Times report; numerals21 probe): 九八八三億元 (9,883 亿元), 二五三件, 五五○萬元
/// (550 万元, ○ typed for 〇), and with a lower group 二七九億二○九四萬元 (2,792,094 万元).
///
/// The grammar, each condition for a reason:
/// - only the ten digit letters (零〇○ … 九; not 两, which is no digit of such a figure: 一两个,
///   三三两两 are approximations), and no 十/百/千 inside — a place letter makes it a numeral of
///   the ordinary kind (`NumberParser.evaluate`), and 一二十 is none of either;
/// - at least two letters; of two, not two neighbours or twins: 三四个, 七八万元, 一二年 are
///   approximations ("three or four") and 一一 is "one by one", while a figure of three letters
///   or more (二五三件, 一一二億元) is no approximation mainland or Taiwan writes;
/// - a measure right after (with 万 or 亿 between): a run of digit letters before anything else
///   is a name or a code (五一劳动节, 一二九运动, 九一八事变);
/// - that measure not a date's, an edition's or a score's letter (年 期 届 版 分 度 层 集 节 轮
///   讲 号): 一九九六年, 一一二年度 are years, 一二九期 an issue number.
/// A group after 亿 must be closed by 万 and hold at most four letters (二○九四萬), as the Arabic
/// groups must (`QuantityScanner.lowerGroups`).
extension NumberParser {
    /// A digit letter of such a figure: `chineseDigit` without 两, and ○ (U+25CB) as zero.
    @inline(__always) static func spelledDigit(_ scalar: UInt32) -> Int? {
        if scalar == 0x25CB { return 0 }
        if scalar == 0x4E24 { return nil }
        return chineseDigit(scalar)
    }

    /// The run of digit letters at `start`: its value, letter count and end.
    static func spelledRun(_ line: LineText, at start: Int) -> (value: Double, count: Int, end: Int, first: Int, second: Int) {
        var index = start, value = 0.0, first = -1, second = -1
        while let digit = spelledDigit(line[index]) {
            if index == start { first = digit } else if index == start + 1 { second = digit }
            value = value * 10 + Double(digit); index += 1
        }
        return (value, index - start, index, first, second)
    }

    static let notSpelledMeasures: Set<UInt32> = [
        U.s("年"), U.s("期"), U.s("届"), U.s("版"), U.s("分"), U.s("度"), U.s("层"), U.s("集"), U.s("节"), U.s("轮"),
        U.s("讲"), U.s("号"),
    ]

    /// The figure written letter by letter at `start`, or nil (see the grammar above).
    static func digitByDigit(_ line: LineText, at start: Int) -> ParsedNumber? {
        let run = spelledRun(line, at: start)
        guard run.count >= 2, run.first != 0 else { return nil }
        if run.count == 2, run.first == run.second || abs(run.first - run.second) == 1 { return nil }
        var index = run.end, value = run.value, magnitude = 1.0, magnitudeText = ""
        if chineseUnit(line[index]) != nil { return nil }
        if let big = bigUnit(line[index]) {
            magnitude = big; magnitudeText = big == 10_000 ? "万" : "亿"; index += 1
            if big == 100_000_000, spelledDigit(line[index]) != nil {
                let group = spelledRun(line, at: index)
                guard group.count <= 4, line[group.end] == 0x4E07 else { return nil }
                value = value * 10_000 + group.value; magnitude = 10_000; magnitudeText = "万"; index = group.end + 1
            }
        }
        guard Vocabulary.units.prefix(in: line.norm, at: index) > 0, !notSpelledMeasures.contains(line[index]) else { return nil }
        return ParsedNumber(value: value, start: start, end: index, decimals: 0, isChinese: true,
                            magnitude: magnitude, magnitudeText: magnitudeText)
    }
}
