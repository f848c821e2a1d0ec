/// 广东、江苏、河南3省 / 上海、江苏、广东6省(市) / 东村、西村2村: an administrative noun (省 市 县
/// 区 镇 乡 村) takes a numeral without a measure word, so the scanner reads no quantity there;
/// such counts are added here for the list rules, like `partCounts`. Only written digits count: a
/// Chinese numeral before 村 or 区 is usually part of a name (二村, 三区). Nothing is added unless a
/// 、-list ends right before the count (its last letter an ideograph), and a noun that goes on into a
/// compound (市场, 村民, 区域, 县委 …) is no count of places.
extension NamedLists {
    static let adminNouns: ScalarSet = [U.s("省"), U.s("市"), U.s("县"), U.s("区"), U.s("镇"), U.s("乡"), U.s("村")]
    /// Letters that make the noun the head of another word (市场, 村民, 区域, 县委, 镇政府, 乡村 …).
    static let compoundTails: ScalarSet = [U.s("场"), U.s("民"), U.s("域"), U.s("委"), U.s("政"), U.s("级"), U.s("长"),
                                           U.s("属"), U.s("容"), U.s("内"), U.s("外"), U.s("直"), U.s("情"), U.s("村"), U.s("镇"), U.s("区"), U.s("县")]

    static func placeCounts(_ line: LineText) -> [QuantityHit] {
        guard line.mask.contains(.digit), line.contains(scalar: U.ideoComma),
              adminNouns.members.contains(where: { line.mayContain($0) }) else { return [] }
        var counts = [QuantityHit]()
        // From one run of digits to the next (`nextIndex` skips the text between in one tight
        // loop): a count of places is a run of digits with the noun right after it.
        var start = line.nextIndex(from: 0, classes: CharClass.digit.rawValue)
        while start < line.count {
            var index = start + 1
            while NumberParser.digitValue(line[index]) != nil { index += 1 }
            defer { start = line.nextIndex(from: index, classes: CharClass.digit.rawValue) }
            guard index < line.count, adminNouns.contains(line[index]),
                  index + 1 >= line.count || !compoundTails.contains(line[index + 1]) else { continue }
            // The count follows a list: an ideograph right before it, a 、 in its clause.
            guard start > 0, line.cls(start - 1).contains(.ideograph), index - start <= 2,
                  (Sentences.listStart(line, before: start)..<start).contains(where: { line[$0] == U.ideoComma }) else { continue }
            let value = (start..<index).reduce(0) { $0 * 10 + (NumberParser.digitValue(line[$1]) ?? 0) }
            guard value >= 2, value <= 30 else { continue }
            let number = ParsedNumber(value: Double(value), start: start, end: index, decimals: 0, isChinese: false)
            let noun = String(String.UnicodeScalarView([Unicode.Scalar(line[index])!]))
            counts.append(QuantityHit(number: number, start: start, end: index + 1, unit: noun, measure: noun, qualifier: nil,
                                      prefixQualifier: nil, postQualifier: nil, change: nil, subject: .empty))
        }
        return counts
    }
}
