/// 两个多小时, 三个多月: 多 or 余 stands inside a compound unit of time (个 + 小时 / 月 …),
/// so the figure reads 2 个小时 with 多, not 2 个 before a word 多小时.
extension QuantityScanner {
    static func innerQualifier(_ line: LineText, unitStart: Int, unitLength: Int) -> (qualifier: String, measure: String, length: Int)? {
        guard unitLength == 1, line[unitStart] == U.s("个"), line[unitStart + 1] == yu || line[unitStart + 1] == duo else { return nil }
        // The longest rest that makes, with 个, a unit the vocabulary knows whole (个月, 个小时,
        // 个工作日), not 个 + any unit. The rest need not be a unit alone: 月 is none (a date's
        // month), 个月 is (三个多月, metrics19).
        var restLength = 0
        for length in 1...3 where unitStart + 2 + length <= line.count {
            let compound = [line[unitStart]] + Array(line.norm[(unitStart + 2)..<(unitStart + 2 + length)])
            if Vocabulary.units.prefix(in: compound, at: 0) == compound.count { restLength = length }
        }
        guard restLength > 0 else { return nil }
        let compound = [line[unitStart]] + Array(line.norm[(unitStart + 2)..<(unitStart + 2 + restLength)])
        return (line.normString((unitStart + 1)..<(unitStart + 2)), String(String.UnicodeScalarView(compound.compactMap(Unicode.Scalar.init))),
                2 + restLength)
    }
}
