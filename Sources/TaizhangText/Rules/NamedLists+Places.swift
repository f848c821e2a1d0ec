/// Place names run together without separators, counted after them: 对A路B巷C路三条背街
/// 小巷进行了改造, 东村西村南村三个村. Chinese place names end in a generic noun (路, 街, 巷,
/// 村, 镇, 乡, 区, 园, 院, 校, 河, 桥, 楼), so the run splits after each of them. Read only
/// when the counted noun itself ends in one, the run splits into exactly the count (the
/// first piece may carry the verb before the list: 对A路), and the other pieces are
/// 2–6 letters. Only agreement is reported.
extension NamedLists {
    static let placeNouns = ScalarSet("路街巷村镇乡区园院校河桥楼".unicodeScalars.map(\.value))

    static func placeList(_ line: LineText, _ hit: QuantityHit, _ n: Int) -> ArithmeticCheck? {
        // The counted noun: the letters after the measure word.
        var nounEnd = hit.end
        while nounEnd < line.count, nounEnd - hit.end < 6, line.cls(nounEnd).contains(.ideograph) { nounEnd += 1 }
        guard nounEnd > hit.end, (hit.end..<nounEnd).contains(where: { placeNouns.contains(line[$0]) }),
              placeNouns.contains(line[hit.start - 1]) else { return nil }
        var start = hit.start
        while start > 0, line.cls(start - 1).contains(.ideograph) { start -= 1 }
        var cuts = [start]
        for index in start..<(hit.start - 1) where placeNouns.contains(line[index]) { cuts.append(index + 1) }
        cuts.append(hit.start)
        let pieces = zip(cuts, cuts.dropFirst()).map { $0..<$1 }.filter { !$0.isEmpty }
        guard pieces.count == n, pieces.dropFirst().allSatisfy({ $0.count >= 2 && $0.count <= 6 }),
              let first = pieces.first, first.count >= 2, first.count <= 12 else { return nil }
        return make(line, first.lowerBound, hit.end, n, pieces.map { line.string($0) }, strict: false, consistent: true)
    }
}
