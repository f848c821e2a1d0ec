/// 收窄1.7、0.7、8.3个百分点: figures listed with 、 before one unit share it. Only decimal
/// lists (one member at least has a point): whole numbers with 、 are mostly items and
/// ordinals (1、2、3类, 4、5、6月份), and a decimal is never an item number — unless
/// 分别为 opens the list (分别为120、130、150人: values of things named before). The last link,
/// next to the unit, may be 和 or 与 (分别回落2.16和1.66个百分点; eighteenth pass, corpus-u).
extension QuantityScanner {
    static let lastLinks: Set<UInt32> = [U.ideoComma, U.s("和"), U.s("与")]

    static func withSharedUnits(_ line: LineText, _ hits: [QuantityHit]) -> [QuantityHit] {
        guard line.contains(scalar: U.ideoComma) || line.contains(scalar: U.s("和")) || line.contains(scalar: U.s("与")),
              line.contains(scalar: U.dot) || line.contains(scalar: U.s("别")) else { return hits }
        var result = [QuantityHit]()
        result.reserveCapacity(hits.count)
        for hit in hits {
            var members = [QuantityHit]()
            var end = hit.start
            if hit.start == hit.number.start, !hit.number.isChinese {
                while line[end - 1] == U.ideoComma || end == hit.start && QuantityScanner.lastLinks.contains(line[end - 1]) {
                    var start = end - 1
                    while start > 0, line.cls(start - 1).contains(.digit) || line[start - 1] == U.dot { start -= 1 }
                    guard start < end - 1, !line.cls(start - 1).contains(.latin),
                          var number = NumberParser.arabic(line, at: start), number.end == end - 1, number.magnitudeText.isEmpty else { break }
                    // 分别为0.15、-5.64、1.34个百分点: a member's minus sign (after 、 or the list's
                    // opening word, never after a digit: 1-5 is a range) makes it negative, and
                    // the list goes on before it.
                    if line[start - 1] == U.hyphen || line[start - 1] == 0x2212, !line.cls(start - 2).contains(.digit),
                       !line.cls(start - 2).contains(.latin) {
                        number.value = -number.value
                        start -= 1
                    }
                    members.append(QuantityHit(number: number, start: start, end: number.end, unit: hit.unit, measure: hit.measure,
                                               qualifier: nil, prefixQualifier: nil, postQualifier: nil, change: hit.change, subject: hit.subjectText))
                    end = start
                }
            }
            let decimal = (end..<hit.number.end).contains { line[$0] == U.dot }
            if decimal || !members.isEmpty && afterRespectively(line, end) { result.append(contentsOf: members.reversed()) }
            result.append(hit)
        }
        return result
    }

    /// 分别为120、130、150人: after 分别(为/是/达/有) a list of whole numbers is the values of
    /// the things named before, not item numbers.
    private static func afterRespectively(_ line: LineText, _ start: Int) -> Bool {
        var at = start
        if [U.s("为"), U.s("是"), U.s("达"), U.s("有")].contains(line[at - 1]) { at -= 1 }
        return at >= 2 && line[at - 2] == U.s("分") && line[at - 1] == U.s("别")
    }
}
