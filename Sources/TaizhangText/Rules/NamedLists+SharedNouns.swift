/// A numeral glued to one letter that ends every name of a list earlier in the sentence:
/// 实施新的城镇土地使用税和车船税条例,带动两税分别增长2倍和2.9倍; 东村、西村和南村…,三村均已完成.
/// The letter (税, 村, 院) is the names' common noun, so 两税 counts the names that end in
/// it, joined by 、 和 及 与 (the nearest such run before the numeral). Only agreement is
/// reported: the numeral may count names of an earlier sentence.
extension NamedLists {
    static let nameJoiners: ScalarSet = [U.ideoComma, U.s("和"), U.s("及"), U.s("与")]

    /// 两 … 十 alone (the heading parser reads no 两): its value and the position after it.
    static func singleNumeral(_ line: LineText, _ index: Int) -> (value: Double, end: Int)? {
        guard let value = singleNumerals[line[index]], !line.cls(index + 1).contains(.cjkNumeral) else { return nil }
        return (value, index + 1)
    }
    static let singleNumerals: [UInt32: Double] = [U.s("两"): 2, U.s("二"): 2, U.s("三"): 3, U.s("四"): 4, U.s("五"): 5,
                                                    U.s("六"): 6, U.s("七"): 7, U.s("八"): 8, U.s("九"): 9, U.s("十"): 10]

    static func sharedNouns(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>]) -> [ArithmeticCheck] {
        var checks = [ArithmeticCheck]()
        var index = 1
        while index < line.count - 1 {
            defer { index += 1 }
            guard line.cls(index).contains(.cjkNumeral), !line.cls(index - 1).contains(.cjkNumeral),
                  let run = singleNumeral(line, index) ?? HeadingParser.chineseRun(line, index).map({ (Double($0.value), $0.end) }),
                  run.value >= 2, run.value <= 12, run.end < line.count,
                  line.cls(run.end).contains(.ideograph), !line.cls(run.end).contains(.cjkNumeral),
                  !hits.contains(where: { $0.start <= index && index < $0.end }) else { continue }
            let noun = line[run.end]
            let sentence = sentences[Sentences.sentence(of: index, in: sentences)]
            // The nearest name ending in the noun and followed by a joiner, before the numeral.
            guard let last = stride(from: index - 2, through: sentence.lowerBound + 1, by: -1).first(where: {
                line[$0] == noun && nameJoiners.contains(line[$0 + 1]) }) else { continue }
            // Walk back over names that end in the noun, each 2–10 letters, set apart by joiners.
            var names = [Range<Int>]()
            var end = last + 1
            var cursor = last + 2
            // The name after the last joiner runs to the next occurrence of the noun.
            guard let tailEnd = (cursor..<min(index, cursor + 10)).first(where: { line[$0] == noun }) else { continue }
            names.append(cursor..<(tailEnd + 1))
            while true {
                var start = end - 1
                while start > sentence.lowerBound, line.cls(start - 1).contains(.ideograph), !nameJoiners.contains(line[start - 1]), end - start < 10 { start -= 1 }
                guard end - start >= 2 else { break }
                names.insert(start..<end, at: 0)
                guard start >= 2, nameJoiners.contains(line[start - 1]), line[start - 2] == noun else { break }
                end = start - 1
            }
            cursor = tailEnd + 1
            guard names.count == Int(run.value), names.allSatisfy({ $0.count >= 2 && $0.count <= 10 }) else { continue }
            let items = names.map { line.string($0) }
            checks.append(ifAny: make(line, names[0].lowerBound, run.end + 1, Int(run.value), items, strict: false, consistent: true))
        }
        return checks
    }
}
