/// Numbers followed by a measure word that are not counts, recognised by their shape:
/// - a Chinese-numeral count next to another numeral pair: patterned idioms and
///   ordinals (三位一体, 一户一档, 十六届三中全会, 五个一);
/// - reduplicated measures (一台台好戏, 一个个);
/// - ranks: 前/后 + number + 位/名 (前三位, 排名前10名);
/// - project phases: 一期/二期/三期 beside 工程, 项目, 建设 … (项目一期, 二期工程);
/// - years (2023年) read as durations;
/// - units that form words after a Chinese numeral (一片, 一道, 四方; `Vocabulary.arabicOnlyUnits`;
///   一方面).
enum QuantityExclusions {
    static let phaseNouns = Lexicon(["工程", "项目", "建设", "改造", "扩建", "工地", "厂房", "用地", "规划", "园区"])
    static let rankUnits: Set<String> = ["位", "名"]
    /// `Vocabulary.arabicOnlyUnits` and `rankUnits` as scalars, for `isOneOf`.
    static let arabicOnlyScalars = ScalarSet(Vocabulary.arabicOnlyUnits.compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first?.value : nil })
    static let rankScalars: ScalarSet = [0x4F4D, 0x540D]   // 位 名

    static func excluded(_ line: LineText, number: ParsedNumber, measure: String, unitStart: Int, unitEnd: Int) -> Bool {
        let start = number.start
        if number.isChinese {
            if isOneOf(measure, arabicOnlyScalars, Vocabulary.arabicOnlyUnits) { return true }
            // 一方面…另一方面: a connective, not one aspect.
            if number.value < 2, QuantityHit.sameWord(measure, "方面") { return true }
            // 三位一体 / 十六届三中全会: a numeral right after the measure.
            if line.cls(unitEnd).contains(.cjkNumeral), !isMagnitudeLike(line[unitEnd]) { return true }
            // 一户一档: the second half of a numeral–character pair.
            if unitEnd - unitStart == 1, line.cls(start - 2).contains(.cjkNumeral), line.cls(start - 1).contains(.ideograph),
               !line.cls(start - 1).contains(.cjkNumeral), number.end - start == 1 {
                return true
            }
            // 一台台, 一个个: a reduplicated measure.
            if unitEnd - unitStart == 1, line[unitEnd] == line[unitStart] { return true }
            if number.value <= 9, number.magnitude == 1, line[start] != U.s("两"), QuantityHit.sameWord(measure, "期"),
               phaseNouns.prefix(in: line.norm, at: unitEnd) > 0 || phaseNouns.suffix(in: line.norm, endingAt: start) > 0 {
                return true
            }
        }
        // 2023年: a year, not a duration. (The figures and letters are tested before the
        // measure: a String comparison of ideographs costs more than all of them.)
        if !number.isChinese, number.decimals == 0, number.value >= 1900, number.value <= 2100, QuantityHit.sameWord(measure, "年") { return true }
        if line[start - 1] == U.s("前") || line[start - 1] == U.s("后"), isOneOf(measure, rankScalars, rankUnits) { return true }
        return false
    }

    /// `words.contains(measure)` for a set of one-letter words, each one plain scalar of three
    /// UTF-8 bytes (`scalars`: the same letters). Plain scalars (`LineText.isPlain`) neither
    /// combine nor decompose, so a plain measure is canonically equivalent to such a word only
    /// when it is that one letter: answered from the bytes. `Set<String>` hashes the
    /// normalised form (≈ 2,300 instructions per lookup of an ideograph measure, 1 % of the
    /// worker); it still answers for any measure that is not plain.
    static func isOneOf(_ measure: String, _ scalars: ScalarSet, _ words: Set<String>) -> Bool {
        let known: Bool?? = measure.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard QuantityHit.plainUTF8(bytes) else { return nil }
            guard bytes.count == 3, bytes[0] >= 0xE0 else { return false }
            return scalars.contains(UInt32(bytes[0] & 0x0F) << 12 | UInt32(bytes[1] & 0x3F) << 6 | UInt32(bytes[2] & 0x3F))
        }
        if case .some(.some(let answer)) = known { return answer }
        return words.contains(measure)
    }

    /// 万/亿/千 after a numeral continue the number, they do not start a new one.
    private static func isMagnitudeLike(_ scalar: UInt32) -> Bool { NumberParser.isMagnitude(scalar) }
}
