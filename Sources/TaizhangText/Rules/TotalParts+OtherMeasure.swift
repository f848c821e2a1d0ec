/// Whether a 分别为 list can be the whole of the total before it (twentieth pass, zfix).
///
/// 分别为 pairs the figures with the subjects named in its own clause; it says those subjects
/// make a whole only when they are the total's own things. 交易额达2377.7亿元。A类、B类和C类销售额
/// 分别为350.6亿元、315.9亿元和306.2亿元: the list names a measure of its own (销售额) that is not the
/// total's (交易额), so it gives that measure of some kinds, not the total broken down; and
/// A、B等分别为… names examples (等), not the set. A shortfall proves nothing then; parts that
/// exceed the total are still judged elsewhere, and 共有学生500人,男、女生人数分别为… (no measure
/// noun at the total) stays covering.
extension TotalParts {
    /// Last letters of a noun that names a measure: 销售额, 交易量, 人数, 产值.
    static let measureNounEnds: Set<UInt32> = [U.s("额"), U.s("量"), U.s("数"), U.s("值")]
    /// Adverbs that may stand between a subject and 分别 (销售额也分别为 …).
    static let respectivelyAdverbs: Set<UInt32> = [U.s("也"), U.s("均"), U.s("则"), U.s("亦"), U.s("又")]
    /// How far before its figure a total's measure noun may end (交易额累计达到2377.7亿元: 5).
    static let totalNounReach = 6

    static func namesOtherMeasureOrExamples(_ line: LineText, total: QuantityHit, marker: Int) -> Bool {
        var end = marker
        while end > 0, respectivelyAdverbs.contains(line[end - 1]) { end -= 1 }
        let subject = Sentences.clauseStart(line, before: end)..<end
        if listsExamples(line, subject) { return true }
        guard let parts = measureNoun(line, endingBefore: subject.upperBound, from: subject.lowerBound),
              let whole = totalMeasureNoun(line, total) else { return false }
        return line[parts] != line[whole] || line[parts - 1] != line[whole - 1]
    }

    /// The position of a measure noun's last letter closing `end` (its first letter an ideograph).
    static func measureNoun(_ line: LineText, endingBefore end: Int, from start: Int) -> Int? {
        guard end - 2 >= start, measureNounEnds.contains(line[end - 1]), line.cls(end - 2).contains(.ideograph) else { return nil }
        return end - 1
    }

    /// The measure noun a total's figure follows within a few letters (交易额达, 总量为), if any.
    static func totalMeasureNoun(_ line: LineText, _ total: QuantityHit) -> Int? {
        let clauseStart = Sentences.clauseStart(line, before: total.start)
        var index = total.start - 1
        while index >= max(clauseStart + 1, total.start - totalNounReach) {
            if measureNounEnds.contains(line[index]), line.cls(index - 1).contains(.ideograph) { return index }
            index -= 1
        }
        return nil
    }

    /// A、B等 (or A、B等产品) before 分别: a list closed by 等 gives examples. 等级, 等于 and 等同
    /// are words, not the list's end.
    static func listsExamples(_ line: LineText, _ subject: Range<Int>) -> Bool {
        let deng = U.s("等")
        let words: Set<UInt32> = [U.s("级"), U.s("于"), U.s("同"), U.s("次")]
        return subject.contains { index in
            line[index] == deng && index > subject.lowerBound && line.cls(index - 1).contains(.ideograph)
                && (index + 1 >= subject.upperBound || !words.contains(line[index + 1]))
                && subject.upperBound - index <= 5
        }
    }
}
