/// Deleted numbers next to an approximation or a magnitude, and in fixed slots:
/// - 多/余 then 万/亿 and a unit with no number before (投入多万元, 资金余万元 was `余`'s rule);
/// - 万/亿 then 多/余 and a unit with no number before (投入经费万多元);
/// - a measure word between a noun and 多 + a unit that always takes a number
///   (参观人员批多人次: both the 批 and the 多人次 lost their numbers);
/// - 了个 before a noun (设置了个职能窗口: 了 + a measure needs a number in writing);
/// - 月份 after 自/从/于/至/到 with no month (自月份运行以来).
extension MissingNumberRule {
    static let magnitudes: Set<UInt32> = [U.s("万"), U.s("亿")]
    static let approximations: Set<UInt32> = [U.s("多"), U.s("余")]
    static let monthSlots = ScalarSet("自从于至到".unicodeScalars.map(\.value))
    static let geBlockers = ScalarSet("人别体性案子头".unicodeScalars.map(\.value))

    static let duo = U.s("多"), yu = U.s("余"), wan = U.s("万"), yi = U.s("亿"), le = U.s("了"), yue = U.s("月")

    /// Where `approximate` stops: the six characters as one bitset (`CandidateMask`: one bit
    /// test a letter, where six comparisons were made, cli18).
    static let approximateStops = CandidateMask(Lexicon(["多", "余", "万", "亿", "了", "月"]))

    /// The rest runs only at those six characters.
    static func approximate(_ line: LineText) -> [Hit] {
        var hits = [Hit]()
        let count = line.count
        let (le, yue, stops) = (Self.le, Self.yue, Self.approximateStops)
        var index = 1
        while index < count - 1 {
            // Skip to the next of the six characters (the mask also stops beyond the BMP: none of them).
            index = stops.next(in: line.norm, from: index, to: count - 1)
            guard index < count - 1 else { break }
            let scalar = line.norm[index]
            if scalar >= 0x10000 { index += 1; continue }
            if scalar != le && scalar != yue {
                if let hit = magnitudeWithoutNumber(line, index) {
                    hits.append(hit)
                    if hit.end == index, let unit = Optional(MissingNumberSlots.strongUnits.prefix(in: line.norm, at: index + 1)), unit > 0 {
                        // 批多人次: the figure before 多 is gone too.
                        hits.append(make(line, index, index + 1 + unit, measure: line.string((index + 1)..<(index + 1 + unit)),
                                         what: "“多”前缺少数字", en: "no number before “多”"))
                        index += 1 + unit; continue
                    }
                    index = max(hit.end, index + 1); continue
                }
            } else if scalar == le, line[index + 1] == U.s("个"), line.cls(index + 2).contains(.ideograph),
                      !geBlockers.contains(line[index + 2]), !line.cls(index + 2).contains(.cjkNumeral) {
                hits.append(make(line, index + 1, index + 2, measure: "个", what: "“了个”之间缺少数字", en: "no number before “个”"))
            } else if scalar == yue, line[index + 1] == U.s("份"), monthSlots.contains(line[index - 1]) {
                hits.append(make(line, index, index + 2, measure: "月份", what: "“月份”前缺少月数", en: "no month before “月份”"))
            }
            index += 1
        }
        return hits
    }

    /// 多万元 / 万多元 / 余万元 with a plain character before; 批多人次 with a noun before 批.
    private static func magnitudeWithoutNumber(_ line: LineText, _ index: Int) -> Hit? {
        let first = line[index], second = line[index + 1]
        let firstApprox = first == duo || first == yu, secondApprox = second == duo || second == yu
        let firstMagnitude = first == wan || first == yi, secondMagnitude = second == wan || second == yi
        guard firstApprox || secondApprox else { return nil }   // 5万元: nothing to look up
        let pair = firstApprox && secondMagnitude || firstMagnitude && secondApprox
        if pair {
            let unit = Vocabulary.units.prefix(in: line.norm, at: index + 2)
            guard unit > 0, plainBefore(line, index) else { return nil }
            if first == U.s("余"), wordsEndingInYu.suffix(in: line.norm, endingAt: index + 1) > 0 { return nil }
            let magnitude = firstMagnitude ? first : second
            let measure = String(Character(Unicode.Scalar(magnitude)!)) + line.string((index + 2)..<(index + 2 + unit))
            return make(line, index, index + 2 + unit, measure: measure, what: "“\(line.string(index..<(index + 2 + unit)))”前缺少数字",
                        en: "no number before “\(measure)”")
        }
        // 人员批多人次: a measure word with a noun before it, then 多 and a unit that needs a number.
        guard firstApprox, MissingNumberSlots.strongUnits.prefix(in: line.norm, at: index + 1) > 0 else { return nil }
        let measure = index - 1
        guard MissingNumberSlots.measures.prefix(in: line.norm, at: measure) == 1, plainBefore(line, measure) else { return nil }
        return make(line, measure, measure + 1, measure: line.string(measure..<index), what: "“\(line.string(measure..<index))”前缺少数字",
                    en: "no number before “\(line.string(measure..<index))”")
    }

    /// An ideograph that is not a numeral or a word of quantity (几, 数, 百 …).
    private static func plainBefore(_ line: LineText, _ index: Int) -> Bool {
        index > 0 && CharClass.of(line[index - 1]).contains(.ideograph) && !numeralLike.contains(line[index - 1])
            && !line.cls(index - 1).contains(.cjkNumeral)
    }
}
