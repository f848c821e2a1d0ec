/// Labels that partition a range of ages: 0-17岁、18-34岁、35-59岁、60岁及以上 (or 17岁以下 /
/// 不满18岁 first). Bands that start at 0 (or are open below), follow each other without a gap
/// (the next starts at the last one's end or one after it) and end open (以上) cover every
/// age, so counts listed for them must add up to the whole (twenty-first pass, sumshapes).
/// Structure, not vocabulary: the numbers and the two directions (以上 / 以下) are all it reads.
enum AgeBands {
    /// The number of bands when the 、-list in `range` partitions all ages, else 0.
    static func partition(_ line: LineText, _ range: Range<Int>) -> Int {
        var bands = [(low: Int, high: Int?)]()
        var itemStart = range.lowerBound
        for index in range.lowerBound...range.upperBound where index == range.upperBound || line[index] == U.ideoComma || line[index] == U.s("和") {
            guard let band = band(line, itemStart..<index) else { return 0 }
            bands.append(band)
            itemStart = index + 1
        }
        return partitions(bands) ? bands.count : 0
    }

    /// Two bands or more, the first from 0, each starting where the last ends (or one after), the
    /// last open: every age is in exactly one (`TotalParts.nextSentence` reads them from clauses).
    static func partitions(_ bands: [(low: Int, high: Int?)]) -> Bool {
        guard bands.count >= 2, bands[0].low == 0, bands.last?.high == nil else { return false }
        for (a, b) in zip(bands, bands.dropFirst()) {
            guard let high = a.high, b.low == high || b.low == high + 1 else { return false }
        }
        return true
    }

    /// The measure of an age (岁): a bound, never a total or a part.
    static let ageMeasure = "岁"
    static let age = U.s("岁"), above = [U.s("以"), U.s("上")], below = [U.s("以"), U.s("下")]
    static let short: Set<UInt32> = [U.s("不"), U.s("未")]
    static let dashes: Set<UInt32> = [U.hyphen, U.enDash, U.emDash, U.tilde, U.wave, U.s("至"), U.s("到")]

    /// One label: a-b岁, a岁(及)以上, a岁(及)以下, 不满/未满a岁 (the head noun after it ignored).
    static func band(_ line: LineText, _ item: Range<Int>) -> (low: Int, high: Int?)? {
        var numbers = [(value: Int, start: Int, end: Int)]()
        var index = item.lowerBound
        while index < item.upperBound {
            guard line.cls(index).contains(.digit) else { index += 1; continue }
            var value = 0
            let start = index
            while index < item.upperBound, line.cls(index).contains(.digit), value < 1000 {
                value = value * 10 + Int(line[index]) - 0x30; index += 1
            }
            numbers.append((value, start, index))
        }
        // 岁 or 周岁 right after the last number.
        guard let last = numbers.last, numbers.count <= 2, last.end < item.upperBound else { return nil }
        let unit = line[last.end] == U.s("周") ? last.end + 1 : last.end
        guard line[unit] == age else { return nil }
        let after = unit + 1
        let rest = line[after] == U.s("及") ? after + 1 : after
        if numbers.count == 2 {
            guard dashes.contains(line[numbers[0].end]), numbers[0].end + 1 == last.start else { return nil }
            return numbers[0].value <= last.value ? (numbers[0].value, last.value) : nil
        }
        if line.matches(above, at: rest) { return (last.value, nil) }
        // 不满18岁 / 未满18岁: below the figure.
        let opensShort = last.start - 2 >= item.lowerBound && short.contains(line[last.start - 2]) && line[last.start - 1] == U.s("满")
        if line.matches(below, at: rest) || opensShort { return (0, last.value) }
        return nil
    }
}
