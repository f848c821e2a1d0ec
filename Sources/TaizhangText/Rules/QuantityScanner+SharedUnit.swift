/// 收窄1.7、0.7、8.3个百分点: figures listed with 、 before one unit share it. Only decimal
/// lists (one member at least has a point): whole numbers with 、 are mostly items and
/// ordinals (1、2、3类, 4、5、6月份), and a decimal is never an item number.
extension QuantityScanner {
    static func withSharedUnits(_ line: LineText, _ hits: [QuantityHit]) -> [QuantityHit] {
        guard line.contains(scalar: U.ideoComma), line.contains(scalar: U.dot) else { return hits }
        var result = [QuantityHit]()
        result.reserveCapacity(hits.count)
        for hit in hits {
            var members = [QuantityHit]()
            var end = hit.start
            if hit.start == hit.number.start, !hit.number.isChinese {
                while line[end - 1] == U.ideoComma {
                    var start = end - 1
                    while start > 0, line.cls(start - 1).contains(.digit) || line[start - 1] == U.dot { start -= 1 }
                    guard start < end - 1, !line.cls(start - 1).contains(.latin),
                          let number = NumberParser.arabic(line, at: start), number.end == end - 1, number.magnitudeText.isEmpty else { break }
                    members.append(QuantityHit(number: number, start: start, end: number.end, unit: hit.unit, measure: hit.measure,
                                               qualifier: nil, prefixQualifier: nil, postQualifier: nil, change: hit.change, subject: hit.subject))
                    end = start
                }
            }
            let decimal = (end..<hit.number.end).contains { line[$0] == U.dot }
            if decimal { result.append(contentsOf: members.reversed()) }
            result.append(hit)
        }
        return result
    }
}
