/// 阅览区、借阅区。二部分 / 分为理论、实操两部分: 部分 counts parts after a numeral, but the
/// scanner reads no quantity there (部分 alone means "some"), so such counts are added here
/// for the list rules (a list before the count, or the sentence before it).
extension NamedLists {
    static let part: [UInt32] = [0x90E8, 0x5206]   // 部分

    static func partCounts(_ line: LineText) -> [QuantityHit] {
        guard line.mask.contains(.cjkNumeral), line.contains(part) else { return [] }
        var counts = [QuantityHit]()
        var from = 1
        while let at = line.firstIndex(of: part, in: from..<line.count) {
            from = at + part.count
            guard line.cls(at - 1).contains(.cjkNumeral) else { continue }
            var start = at - 1
            while start > 0, line.cls(start - 1).contains(.cjkNumeral) { start -= 1 }
            let run = line[start] == U.s("两") && at - start == 1 ? (value: 2, end: at) : HeadingParser.chineseRun(line, start)
            guard let run, run.end == at, run.value >= 2, run.value <= 12 else { continue }
            let number = ParsedNumber(value: Double(run.value), start: start, end: at, decimals: 0, isChinese: true)
            counts.append(QuantityHit(number: number, start: start, end: at + part.count, unit: "部分", measure: "部分", qualifier: nil,
                                      prefixQualifier: nil, postQualifier: nil, change: nil, subject: .empty))
        }
        return counts
    }
}
