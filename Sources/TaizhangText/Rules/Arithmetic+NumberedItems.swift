/// A count right after the numbers it counts (eighteenth pass, corpus-u): 6、7、8三个月,
/// 1、2、3三个季度 — Arabic whole numbers joined by 、 with nothing between the last and a
/// count in Chinese numerals with 个. The count must equal the numbers listed (6、7、8两个月
/// is an error). Anything between the list and the count (7、8月两个月, 1、2号楼三个单元)
/// leaves the list unread: the count may then be of something else.
extension Arithmetic {
    static func numberedItemCounts(_ line: LineText, _ hits: [QuantityHit]) -> [ArithmeticCheck] {
        guard line.contains(scalar: U.ideoComma) else { return [] }
        var checks = [ArithmeticCheck]()
        for hit in hits where hit.number.isChinese && QuantityHit.measureStartsWithGe(hit) && hit.start == hit.number.start
            && hit.qualifier == nil && hit.change == nil {
            var items = 0, cursor = hit.start, listStart = hit.start
            while true {
                var from = cursor
                while from > 0, NumberParser.digitValue(line[from - 1]) != nil { from -= 1 }
                guard (1...2).contains(cursor - from) else { break }
                items += 1
                listStart = from
                guard from > 0, line[from - 1] == U.ideoComma else { break }
                cursor = from - 1
            }
            // The whole list: nothing numeric or listed before its first number (100、7、8 is
            // not read from 7 on).
            guard items >= 2, listStart == 0 || line[listStart - 1] != U.ideoComma && line[listStart - 1] != U.dot
                    && NumberParser.digitValue(line[listStart - 1]) == nil else { continue }
            let expected = Int(hit.normalized)
            checks.append(Ratios.make(line, "sum", listStart, hit.end,
                                      "count check: \(expected) announced, \(items) numbers listed", expected == items))
        }
        return checks
    }
}
